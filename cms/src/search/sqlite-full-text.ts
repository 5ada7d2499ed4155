// On SQLite, the portal's searches (`searchText` `$contains` each word, LIKE '%word%') read every
// row's text, twice (the page and its count): 15-20 ms each at 5,000 associations. SQLite's FTS5
// with the trigram tokenizer answers "contains this substring" from an index, so each searchable
// table gets one, kept by triggers in the database itself (every write path, the scale seed and
// Strapi's own included), and the searches are rewritten to read it.
import type { Core, UID } from '@strapi/strapi';
import type { Knex } from 'knex';
import { searchedFields } from './search-text';

interface SearchTable {
  uid: UID.ContentType;
  table: string;
  column: string;
  index: string;
}

function searchTables(strapi: Core.Strapi): SearchTable[] {
  return (Object.keys(searchedFields) as UID.ContentType[]).map((uid) => {
    const { tableName, attributes } = strapi.db.metadata.get(uid);
    const column = (attributes.searchText as { columnName?: string }).columnName ?? 'search_text';
    return { uid, table: tableName, column, index: `${tableName}_search_fts` };
  });
}

const triggerNames = ({ index }: SearchTable) => ['insert', 'delete', 'update'].map((event) => `${index}_${event}`);

/**
 * Creates a table's index and its triggers where either is missing. Missing triggers mean rows may
 * have been written without them (a first start, or Strapi rebuilt the table to alter a column,
 * which drops its triggers), so the index is then rebuilt from the table: well under a second at
 * the Forum's size, 5 s for 20,000 association rows and about 45 s for 100,000 news rows (measured).
 */
async function ensureIndex(knex: Knex, { table, column, index }: SearchTable, names: string[]): Promise<boolean> {
  const existing: Array<{ name: string }> = await knex('sqlite_master').select('name').whereIn('name', [index, ...names]);
  if (existing.length === names.length + 1) return false;
  await knex.transaction(async (trx) => {
    await trx.raw(`CREATE VIRTUAL TABLE IF NOT EXISTS ?? USING fts5(??, content=??, content_rowid='id', tokenize='trigram')`, [index, column, table]);
    const [insert, remove, update] = names;
    const add = `INSERT INTO "${index}"(rowid, "${column}") VALUES (new.id, new."${column}");`;
    const drop = `INSERT INTO "${index}"("${index}", rowid, "${column}") VALUES ('delete', old.id, old."${column}");`;
    await trx.raw(`CREATE TRIGGER IF NOT EXISTS "${insert}" AFTER INSERT ON "${table}" BEGIN ${add} END`);
    await trx.raw(`CREATE TRIGGER IF NOT EXISTS "${remove}" AFTER DELETE ON "${table}" BEGIN ${drop} END`);
    await trx.raw(`CREATE TRIGGER IF NOT EXISTS "${update}" AFTER UPDATE OF "${column}" ON "${table}" BEGIN ${drop} ${add} END`);
    await trx.raw(`INSERT INTO ??(??) VALUES ('rebuild')`, [index, index]);
  });
  return true;
}

/** FTS5 phrase syntax: the word in double quotes (normalized words hold letters and digits only). */
const phrase = (word: string) => `"${word.replace(/"/g, '""')}"`;

type Where = Record<string, unknown>;

/**
 * The same conditions with each `searchText: { $contains: word }` read from the index (`id IN
 * (rows whose text contains the word)`). Words under three letters have no trigram and are left
 * to LIKE, which then reads only the rows the other words found. Only the top level and its
 * `$and`/`$or` are looked at: deeper, `id` would be another table's.
 */
function readFromIndex(where: Where, matching: (word: string) => Knex.QueryBuilder): Where {
  const result: Where = {};
  const conditions: Where[] = [];
  for (const [key, value] of Object.entries(where)) {
    const word = key === 'searchText' ? (value as { $contains?: unknown } | null)?.$contains : undefined;
    if (typeof word === 'string' && [...word].length >= 3 && Object.keys(value as object).length === 1) {
      conditions.push({ id: { $in: matching(word) } });
    } else if ((key === '$and' || key === '$or') && Array.isArray(value)) {
      result[key] = value.map((condition) => (condition && typeof condition === 'object' ? readFromIndex(condition as Where, matching) : condition));
    } else {
      result[key] = value;
    }
  }
  if (conditions.length === 0) return result;
  return { $and: [...(Object.keys(result).length > 0 ? [result] : []), ...conditions] };
}

/** Creates each searchable table's index where it is missing; returns the tables whose index was (re)built. */
export async function ensureFullTextIndexes(strapi: Core.Strapi): Promise<string[]> {
  const rebuilt: string[] = [];
  for (const table of searchTables(strapi)) {
    const started = Date.now();
    if (!(await ensureIndex(strapi.db.connection, table, triggerNames(table)))) continue;
    strapi.log.info(`search: indexed ${table.table} in ${Date.now() - started} ms`);
    rebuilt.push(table.table);
  }
  return rebuilt;
}

/** Builds the indexes (awaited, before the CMS answers) and has the searches read them. */
export async function searchThroughFullTextIndexes(strapi: Core.Strapi) {
  await ensureFullTextIndexes(strapi);
  const knex = strapi.db.connection;
  const byUid = new Map(searchTables(strapi).map((table) => [table.uid, table]));
  const rewrite = (event: { model: { uid: string }; params: { where?: Where } }) => {
    const table = byUid.get(event.model.uid as UID.ContentType);
    if (!table || !event.params.where) return;
    event.params.where = readFromIndex(event.params.where, (word) =>
      knex(table.index).select('rowid').whereRaw('?? MATCH ?', [table.index, phrase(word)]),
    );
  };
  strapi.db.lifecycles.subscribe({ models: [...byUid.keys()], beforeFindMany: rewrite, beforeFindOne: rewrite, beforeCount: rewrite });
}
