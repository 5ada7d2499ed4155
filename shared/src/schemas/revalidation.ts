// The CMS's "content changed" call to the portal's /api/revalidate: built by the CMS, checked by the web.
import { z } from 'zod';
import type { Collection } from '../api/client';

/**
 * What the portal caches under its own tag: every public collection (REST plural name), `global`, and
 * `catalogue-editions`, which the CMS names when it has typeset a catalogue edition (not a content type).
 */
export const revalidatedCollections = [
  'associations', 'endorsements', 'events', 'indicators', 'need-themes', 'news-articles', 'pages', 'pilot-projects', 'policy-papers',
  'project-stages', 'sectors', 'global', 'catalogue-editions',
] as const satisfies readonly (Exclude<Collection, 'globals'> | 'global' | 'catalogue-editions')[];

export type RevalidatedCollection = (typeof revalidatedCollections)[number];

/** What associations send and editors review: never on a public page, so never revalidated. */
export const reviewedCollections = ['news-submissions', 'profile-changes', 'membership-applications'] as const;

/** The CMS's own records, read by the portal only through their own routes (old slugs, by the proxy). */
export const internalCollections = ['slug-redirects'] as const;

// A collection added to the content model without being added to one of the lists above fails the type check here.
type ForgottenCollection = Exclude<Exclude<Collection, 'globals'>, RevalidatedCollection | (typeof reviewedCollections)[number] | (typeof internalCollections)[number]>;
const everyCollectionListed: [ForgottenCollection] extends [never] ? true : ForgottenCollection = true;
void everyCollectionListed;

export const revalidationRequestSchema = z.object({
  collection: z.enum(revalidatedCollections),
  documentId: z.string().min(1).max(100),
});

export type RevalidationRequest = z.infer<typeof revalidationRequestSchema>;
