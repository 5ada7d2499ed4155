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

/** The plain text of a line of Strapi blocks (its text and its links' words). */
export function inlinePlainText(nodes: InlineNode[]): string {
  return nodes.map((node) => (node.type === 'text' ? node.text : inlinePlainText(node.children))).join('');
}

/** The plain text of Strapi blocks (paragraphs, headings, lists, quotes), one block per line. */
export function blocksToPlainText(blocks: Blocks | null | undefined): string {
  if (!blocks) return '';
  const lines: string[] = [];
  const walk = (nodes: readonly unknown[]) => {
    for (const node of nodes as Array<{ type: string; children?: unknown[] }>) {
      if (node.type === 'list') walk(node.children ?? []);
      else if (node.type !== 'image' && node.children) lines.push(inlinePlainText(node.children as InlineNode[]));
    }
  };
  walk(blocks);
  return lines.join('\n');
}

/** `strict` for the first try; `loose`, the retry when nothing was found, cuts one letter more. */
export type StemStrength = 'strict' | 'loose';

// Russian endings are mostly vowels, й and ь ("мебел-и", "елочн-ые", "театр-ов" once "в" is cut).
const cyrillicEndingLetter = /[аеиоуыэюяйь]/;

/**
 * A crude stem, so that one form of a word finds the others (Russian inflects: "мебель" finds
 * "мебели", "театров" finds "театральный"): words of 6-7 letters lose their last letter, longer
 * ones their last two, then up to two Cyrillic ending letters (vowels, й, ь) go, never below four
 * letters. A stem is a prefix of its word, so it finds everything the word finds. Numbers stay whole.
 */
export function searchStem(word: string, strength: StemStrength = 'strict'): string {
  const letters = [...word];
  if (letters.length < 5 || /^\p{N}+$/u.test(word)) return word;
  const minimum = 4;
  const cut = (letters.length >= 8 ? 2 : letters.length >= 6 ? 1 : 0) + (strength === 'loose' ? 1 : 0);
  const stem = letters.slice(0, Math.max(letters.length - cut, minimum));
  for (let stripped = 0; stripped < 2 && stem.length > minimum && cyrillicEndingLetter.test(stem[stem.length - 1]); stripped += 1) {
    stem.pop();
  }
  return stem.join('');
}

/** The words of a visitor's query, normalized and stemmed; words shorter than two letters are left out. */
export function searchWords(query: string, strength: StemStrength = 'strict'): string[] {
  const words = normalizeSearchText(query)
    .split(' ')
    .filter((word) => word.length >= 2)
    .map((word) => searchStem(word, strength));
  return [...new Set(words)].slice(0, 8);
}

/** Strapi filters matching documents that contain every word of the query (empty for no words). */
export function searchFilter(query: string, strength: StemStrength = 'strict'): QueryParams {
  const words = searchWords(query, strength);
  if (words.length === 0) return {};
  return { $and: words.map((word) => ({ searchText: { $contains: word } })) };
}
