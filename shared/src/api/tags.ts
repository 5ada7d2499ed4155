// Cache tags: the web caches every CMS answer under these and the CMS names them when content changes.
import type { Collection } from './client';
import type { RevalidatedCollection } from '../schemas/revalidation';

/** Everything read from a collection (lists, counts, pages that show it). */
export const collectionTag = (collection: Collection | RevalidatedCollection) => `cms:${collection}`;

/** One document, whatever its language. */
export const documentTag = (collection: Collection | RevalidatedCollection, documentId: string) => `cms:${collection}:${documentId}`;
