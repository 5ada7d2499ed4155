// The envelope Strapi 5's REST API wraps every document in (flat, v5 style), written once here.

export const locales = ['ru', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'ru';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** The fields every document has, whatever its type. */
export interface DocumentMeta {
  id: number;
  documentId: string;
  locale?: Locale;
  createdAt: string;
  updatedAt: string;
  publishedAt: string | null;
}

/** The same document in another language, as returned by `populate[localizations]`. */
export interface Localization {
  id: number;
  documentId: string;
  locale: Locale;
  slug?: string;
}

export interface MediaFormat {
  url: string;
  width: number;
  height: number;
  mime: string;
  size: number;
}

/** A file of the media library (image, PDF...). */
export interface Media {
  id: number;
  documentId: string;
  name: string;
  alternativeText: string | null;
  caption: string | null;
  url: string;
  mime: string;
  size: number;
  width: number | null;
  height: number | null;
  ext: string | null;
  formats: Partial<Record<'thumbnail' | 'small' | 'medium' | 'large', MediaFormat>> | null;
}

/** Strapi's "blocks" rich text, as rendered by @strapi/blocks-react-renderer. */
export interface TextNode {
  type: 'text';
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  strikethrough?: boolean;
  code?: boolean;
}
export interface LinkNode {
  type: 'link';
  url: string;
  children: TextNode[];
}
export type InlineNode = TextNode | LinkNode;
export interface ListItemNode {
  type: 'list-item';
  children: InlineNode[];
}
export interface ListNode {
  type: 'list';
  format: 'ordered' | 'unordered';
  children: (ListItemNode | ListNode)[];
  indentLevel?: number;
}
export type BlockNode =
  | { type: 'paragraph'; children: InlineNode[] }
  | { type: 'heading'; level: 1 | 2 | 3 | 4 | 5 | 6; children: InlineNode[] }
  | { type: 'quote'; children: InlineNode[] }
  | { type: 'code'; children: InlineNode[]; language?: string }
  | ListNode
  | { type: 'image'; image: { url: string; alternativeText?: string | null; width: number; height: number; name: string; formats?: unknown } & Record<string, unknown>; children: [{ type: 'text'; text: '' }] };
export type Blocks = BlockNode[];

export interface Pagination {
  page: number;
  pageSize: number;
  pageCount: number;
  total: number;
}

export interface ListResponse<T> {
  data: T[];
  meta: { pagination: Pagination };
}

export interface SingleResponse<T> {
  data: T;
  meta: Record<string, unknown>;
}

/** The body Strapi answers an error with. */
export interface ErrorResponse {
  data: null;
  error: { status: number; name: string; message: string; details?: unknown };
}
