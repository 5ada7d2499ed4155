// Endorsements are plain records (no drafts, no languages) that point at a policy paper and an
// association, both of which have drafts and two languages. These helpers read the records and name
// their papers and associations as published in one language, so that nothing unpublished shows.
import type { Locale } from '@forum/shared';
import type { Core, UID } from '@strapi/strapi';

export const endorsementUid = 'api::endorsement.endorsement';

export interface EndorsementRecord {
  id: number;
  documentId: string;
  endorsedAt: string;
  policyPaper: string | null;
  association: string | null;
}

interface StoredEndorsement {
  id: number;
  documentId: string;
  endorsedAt: string;
  policyPaper?: { documentId: string } | null;
  association?: { documentId: string } | null;
}

/** The endorsement records that match `where` (a database query condition), oldest first. */
export async function endorsementRecords(strapi: Core.Strapi, where: Record<string, unknown> = {}): Promise<EndorsementRecord[]> {
  const stored: StoredEndorsement[] = await strapi.db.query(endorsementUid).findMany({
    where,
    select: ['id', 'documentId', 'endorsedAt'],
    populate: { policyPaper: { select: ['documentId'] }, association: { select: ['documentId'] } },
    orderBy: [{ endorsedAt: 'asc' }, { id: 'asc' }],
  });
  return stored.map((record) => ({
    id: record.id,
    documentId: record.documentId,
    endorsedAt: record.endorsedAt,
    policyPaper: record.policyPaper?.documentId ?? null,
    association: record.association?.documentId ?? null,
  }));
}

/** The published versions in `locale` of these documents, by documentId, with these fields only. */
export async function publishedIn<F extends string>(
  strapi: Core.Strapi,
  uid: 'api::policy-paper.policy-paper' | 'api::association.association',
  locale: Locale,
  documentIds: (string | null)[],
  fields: F[],
): Promise<Map<string, Record<F | 'documentId', string>>> {
  const ids = [...new Set(documentIds.filter((id): id is string => Boolean(id)))];
  if (ids.length === 0) return new Map();
  const documents = await strapi.documents(uid).findMany({
    locale,
    status: 'published',
    filters: { documentId: { $in: ids } },
    fields: fields as never,
  });
  // Only what was asked for: the Document Service adds the row's id, which is nobody's business.
  const picked = (document: Record<string, unknown>) => Object.fromEntries(['documentId', ...fields].map((field) => [field, document[field]]));
  return new Map(documents.map((document) => [document.documentId, picked(document) as Record<F | 'documentId', string>]));
}

/** Whether any published language of the document exists (a database check, whatever the language). */
export async function isPublished(strapi: Core.Strapi, uid: UID.ContentType, documentId: string): Promise<boolean> {
  return (await strapi.db.query(uid).count({ where: { documentId, publishedAt: { $notNull: true } } })) > 0;
}
