import 'server-only';
import { createCmsClient } from '@forum/shared';

const portalSecret = process.env.PORTAL_PROXY_SECRET;

/**
 * The portal's one client of the CMS (server side only: the browser never talks to the CMS). It says
 * it is the portal (the secret it shares with the CMS): what it fetches for everyone, like the
 * catalogue's PDF, is not rate-limited as one visitor; calls for a visitor name them (lib/cms/visitor.ts).
 */
export const cms = createCmsClient({
  baseUrl: process.env.CMS_URL ?? 'http://127.0.0.1:1337',
  init: portalSecret ? { headers: { 'x-portal-proxy-secret': portalSecret } } : undefined,
});
