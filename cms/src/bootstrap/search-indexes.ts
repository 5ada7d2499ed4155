import type { Core, UID } from '@strapi/strapi';
import { searchedFields } from '../search/search-text';
import { searchThroughFullTextIndexes } from '../search/sqlite-full-text';

/**
 * On PostgreSQL, a trigram index on each searchable type's search text: the portal's searches ask for
 * documents whose text contains each word (`$contains`, LIKE '%word%'), which otherwise reads every
 * row's text, twice (the page and its count). With the index, 20,000 rows of Russian text answer in
 * about 1 ms instead of 35. Built once (seconds at thousands of rows), in the background; Strapi's
 * schema sync leaves indexes it did not declare alone. SQLite has no such index for LIKE: there,
 * the searches read a full-text index of its own (search/sqlite-full-text.ts), built before the CMS
 * answers: its rebuild holds SQLite's one write lock (under a second at the Forum's size, up to a
 * minute at 50,000 news articles; on a first start only).
 */
export async function indexSearchText(strapi: Core.Strapi) {
  if (strapi.db.dialect.client === 'sqlite') {
    await searchThroughFullTextIndexes(strapi).catch((error: Error) => strapi.log.warn(`search index not built (${error.message}): searches read every row`));
    return;
  }
  if (strapi.db.dialect.client !== 'postgres') return;
  const knex = strapi.db.connection;
  const build = async () => {
    await knex.raw('CREATE EXTENSION IF NOT EXISTS pg_trgm');
    for (const uid of Object.keys(searchedFields) as UID.ContentType[]) {
      const { tableName, attributes } = strapi.db.metadata.get(uid);
      const column = (attributes.searchText as { columnName?: string }).columnName ?? 'search_text';
      await knex.raw('CREATE INDEX IF NOT EXISTS ?? ON ?? USING gin (?? gin_trgm_ops)', [`${tableName}_search_trgm`, tableName, column]);
    }
  };
  build().catch((error: Error) => strapi.log.warn(`search indexes not built (${error.message}): searches read every row`));
}
