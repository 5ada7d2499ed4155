// Keeps each searchable document's `searchText` (its normalized text, see shared/src/search.ts)
// in step with what editors write, so that the portal's search folds case in Cyrillic on SQLite too.
import type { Core, Modules, UID } from '@strapi/strapi';
import { blocksToPlainText, normalizeSearchText, type Blocks } from '@forum/shared';

/** The fields each searchable type is found by. */
export const searchedFields: Partial<Record<UID.ContentType, string[]>> = {
  'api::association.association': ['name', 'shortDescription', 'description', 'problems', 'needs'],
  'api::event.event': ['title', 'summary', 'description', 'venueName'],
  'api::news-article.news-article': ['title', 'summary', 'body'],
  'api::policy-paper.policy-paper': ['title', 'abstract', 'body', 'addressee'],
};

export function searchTextOf(fields: string[], entry: Record<string, unknown>): string {
  const parts = fields.map((field) => {
    const value = entry[field];
    if (typeof value === 'string') return value;
    if (Array.isArray(value)) return blocksToPlainText(value as Blocks);
    return '';
  });
  return normalizeSearchText(parts.join(' '));
}

export function keepSearchTextUpToDate(strapi: Core.Strapi): Modules.Documents.Middleware.Middleware {
  return async (context, next) => {
    const fields = searchedFields[context.uid];
    if (!fields || (context.action !== 'create' && context.action !== 'update')) return next();
    const params = context.params as { data?: Record<string, unknown>; documentId?: string; locale?: string };
    if (!params.data) return next();
    // An update may carry only the fields that changed: complete them from the current draft.
    let current: Record<string, unknown> = {};
    if (context.action === 'update' && params.documentId && fields.some((field) => !(field in params.data!))) {
      current = ((await strapi.documents(context.uid as 'api::association.association').findOne({
        documentId: params.documentId,
        locale: params.locale,
        status: 'draft',
      })) ?? {}) as Record<string, unknown>;
    }
    params.data.searchText = searchTextOf(fields, { ...current, ...params.data });
    return next();
  };
}

/**
 * Fills `searchText` where it is missing (content written before the field existed), draft and
 * published rows alike, without touching anything else. One query per type when nothing is missing.
 */
export async function backfillSearchText(strapi: Core.Strapi): Promise<void> {
  for (const [uid, fields] of Object.entries(searchedFields) as [UID.ContentType, string[]][]) {
    const rows: Record<string, unknown>[] = await strapi.db.query(uid).findMany({ where: { searchText: { $null: true } } });
    for (const row of rows) {
      await strapi.db.query(uid).update({ where: { id: row.id }, data: { searchText: searchTextOf(fields, row) } });
    }
    if (rows.length > 0) strapi.log.info(`search: indexed ${rows.length} ${uid} rows`);
  }
}
