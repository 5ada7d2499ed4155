// A changed slug keeps its old address working: when a document is published with a new slug, the
// old one is recorded (collection, language, old slug -> document), and the portal's proxy asks
// where an unknown address went before it answers 404. The record goes when the slug is used again
// by the same document, or when the document is deleted.
import { isAddressableCollection, type AddressableCollection, type Locale } from '@forum/shared';
import { contentTypeUidOf } from '../content/collections';
import type { Core, Modules, UID } from '@strapi/strapi';

const redirectUid = 'api::slug-redirect.slug-redirect';

interface PublishedSlug {
  slug: string;
  locale: string;
}

function publishedSlugs(strapi: Core.Strapi, uid: string, documentId: string): Promise<PublishedSlug[]> {
  return strapi.db.query(uid as UID.ContentType).findMany({ where: { documentId, publishedAt: { $notNull: true } }, select: ['slug', 'locale'] });
}

/** Whether this action changes a published version (and so, maybe, its slug). */
function publishesOrDeletes(action: string, params: unknown): 'publish' | 'delete' | null {
  if (action === 'publish') return 'publish';
  if (action === 'update' && (params as { status?: string } | undefined)?.status === 'published') return 'publish';
  if (action === 'delete') return 'delete';
  return null;
}

export function keepOldSlugs(strapi: Core.Strapi): Modules.Documents.Middleware.Middleware {
  return async (context, next) => {
    const collection = context.contentType.info.pluralName;
    const kind = publishesOrDeletes(context.action, context.params);
    const documentId = (context.params as { documentId?: string } | undefined)?.documentId;
    if (!kind || !isAddressableCollection(collection) || !('slug' in context.contentType.attributes) || !documentId) return next();

    const redirects = strapi.db.query(redirectUid);
    if (kind === 'delete') {
      const result = await next();
      const remaining = await strapi.db.query(context.uid as UID.ContentType).count({ where: { documentId } });
      if (remaining === 0) await redirects.deleteMany({ where: { targetDocumentId: documentId } });
      return result;
    }
    const before = await publishedSlugs(strapi, context.uid, documentId);
    const result = await next();
    const after = await publishedSlugs(strapi, context.uid, documentId);
    for (const { slug, locale } of after) {
      // The slug is this document's again: no redirect may lead away from it.
      await redirects.deleteMany({ where: { collection, locale, oldSlug: slug } });
      const previous = before.find((version) => version.locale === locale);
      if (previous && previous.slug !== slug) {
        await redirects.create({ data: { collection, locale, oldSlug: previous.slug, targetDocumentId: documentId } });
      }
    }
    return result;
  };
}

/** Where an old address leads now: the current published slug of the document it belonged to, or null. */
export async function currentSlugOf(strapi: Core.Strapi, collection: AddressableCollection, locale: Locale, oldSlug: string): Promise<string | null> {
  const redirect = await strapi.db.query(redirectUid).findOne({ where: { collection, locale, oldSlug }, orderBy: { id: 'desc' } });
  if (!redirect) return null;
  const uid = contentTypeUidOf(strapi, collection);
  if (!uid) return null;
  const [current] = await strapi.db.query(uid).findMany({
    where: { documentId: redirect.targetDocumentId, locale, publishedAt: { $notNull: true } },
    select: ['slug'],
    limit: 1,
  });
  return (current as { slug?: string } | undefined)?.slug ?? null;
}
