// The admin's Preview button (config/admin.ts): the address on the portal where a document shows.
// A draft gets a signed link to the portal's /api/preview, which turns on draft mode for that visit;
// the published version is the public page itself.
import { isAddressableCollection, itemPath, signPreviewLink } from '@forum/shared';
import type { Core, UID } from '@strapi/strapi';

/** Content without an address of its own, shown on one page of the portal. */
const shownOn: Partial<Record<string, string>> = {
  'api::global.global': '',
  'api::indicator.indicator': '/outcomes',
  'api::project-stage.project-stage': '/outcomes',
  'api::need-theme.need-theme': '/outcomes/needs',
};

interface PreviewParams {
  documentId: string;
  locale?: string;
  status?: string;
}

/** The preview address of a document in one language, or null when the portal does not show it (nothing to preview). */
export async function previewUrlOf(strapi: Core.Strapi, uid: string, { documentId, locale, status }: PreviewParams): Promise<string | null> {
  const secret = process.env.PREVIEW_SECRET;
  const siteUrl = process.env.SITE_URL?.replace(/\/+$/, '');
  if (!secret || !siteUrl || (locale !== 'ru' && locale !== 'en')) return null;
  const published = status === 'published';
  let path = shownOn[uid];
  const collection = strapi.contentType(uid as UID.ContentType)?.info.pluralName ?? '';
  if (path === undefined && isAddressableCollection(collection)) {
    const document = (await strapi.documents(uid as UID.ContentType).findOne({ documentId, locale, status: published ? 'published' : 'draft', fields: ['slug'] } as never)) as { slug?: string } | null;
    if (!document?.slug) return null;
    path = itemPath(collection, document.slug);
  }
  if (path === undefined) return null;
  const localized = `/${locale}${path}`;
  if (published) return `${siteUrl}${localized}`;
  const link = await signPreviewLink(localized, secret);
  return `${siteUrl}/api/preview?${new URLSearchParams({ path: link.path, expires: String(link.expires), signature: link.signature })}`;
}
