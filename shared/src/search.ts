// Search that folds case the same way on SQLite and PostgreSQL: SQLite's $containsi folds Latin
// letters only, so the CMS stores a normalized copy of each document's text (`searchText`) and the
// portal normalizes the query the same way, then asks `$contains` for each word.
import type { QueryParams } from './api/query-string';
import type { Blocks, InlineNode } from './types/strapi';

/** Lower case (Russian rules), ё -> е, punctuation -> spaces, single spaces. */
export function normalizeSearchText(text: string): string {
  return text
    .toLocaleLowerCase('ru')
    .replace(/ё/g, 'е')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function inlineText(nodes: InlineNode[]): string {
  return nodes.map((node) => (node.type === 'text' ? node.text : inlineText(node.children))).join('');
}

/** The plain text of Strapi blocks (paragraphs, headings, lists, quotes), one block per line. */
export function blocksToPlainText(blocks: Blocks | null | undefined): string {
  if (!blocks) return '';
  const lines: string[] = [];
  const walk = (nodes: readonly unknown[]) => {
    for (const node of nodes as Array<{ type: string; children?: unknown[] }>) {
      if (node.type === 'list') walk(node.children ?? []);
      else if (node.type !== 'image' && node.children) lines.push(inlineText(node.children as InlineNode[]));
    }
  };
  walk(blocks);
  return lines.join('\n');
}

/** The words of a visitor's query, normalized; words shorter than two letters are left out. */
export function searchWords(query: string): string[] {
  return [...new Set(normalizeSearchText(query).split(' ').filter((word) => word.length >= 2))].slice(0, 8);
}

/** Strapi filters matching documents that contain every word of the query (empty for no words). */
export function searchFilter(query: string): QueryParams {
  const words = searchWords(query);
  if (words.length === 0) return {};
  return { $and: words.map((word) => ({ searchText: { $contains: word } })) };
}
