import 'server-only';
import { createCmsClient } from '@forum/shared';
import { draftMode } from 'next/headers';

const portalSecret = process.env.PORTAL_PROXY_SECRET;
const previewSecret = process.env.PREVIEW_SECRET;

/** Whether this request is an editor's preview (see app/api/preview); outside a request (the build), never. */
async function isPreview(): Promise<boolean> {
  try {
    return (await draftMode()).isEnabled;
  } catch {
    return false;
  }
}

/**
 * The portal's one client of the CMS (server side only: the browser never talks to the CMS). It says
 * it is the portal (the secret it shares with the CMS): what it fetches for everyone, like the
 * catalogue's PDF, is not rate-limited as one visitor; calls for a visitor name them (lib/cms/visitor.ts).
 * During an editor's preview it reads drafts; Next then neither reads nor stores its cache.
 */
export const cms = createCmsClient({
  baseUrl: process.env.CMS_URL ?? 'http://127.0.0.1:1337',
  init: portalSecret ? { headers: { 'x-portal-proxy-secret': portalSecret } } : undefined,
  draft: previewSecret ? { isEnabled: isPreview, secret: previewSecret } : undefined,
});
