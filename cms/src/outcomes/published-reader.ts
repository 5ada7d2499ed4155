// The outcomes' questions (shared/src/api/outcomes.ts) put to the Document Service instead of the
// REST API: the same filters, sorts and counts on the same published documents, without the CMS
// calling itself over HTTP. The portal asks the REST API; both show the same figures.
import type { Collection, FindParams, OutcomesReader } from '@forum/shared';
import type { Core } from '@strapi/strapi';
import { contentTypeUidOf } from '../content/collections';

export function publishedContentReader(strapi: Core.Strapi): OutcomesReader {
  const documentsOf = (collection: Collection) => {
    const uid = contentTypeUidOf(strapi, collection);
    if (!uid) throw new Error(`outcomes: no content type is called ${collection}`);
    return strapi.documents(uid);
  };
  const queryOf = ({ locale, filters, fields, populate, sort }: FindParams) => ({ locale, status: 'published' as const, filters, fields, populate, sort }) as never;

  return {
    async find(collection: Collection, params: FindParams = {}) {
      const { page = 1, pageSize = 25 } = (params.pagination ?? {}) as { page?: number; pageSize?: number };
      const documents = documentsOf(collection);
      const [data, total] = await Promise.all([
        documents.findMany({ ...(queryOf(params) as object), start: (page - 1) * pageSize, limit: pageSize } as never),
        documents.count({ locale: params.locale, status: 'published', filters: params.filters } as never),
      ]);
      return { data, meta: { pagination: { page, pageSize, pageCount: Math.ceil(total / pageSize), total } } };
    },
    findAll(collection: Collection, params: FindParams = {}) {
      return documentsOf(collection).findMany(queryOf(params));
    },
  } as unknown as OutcomesReader;
}
