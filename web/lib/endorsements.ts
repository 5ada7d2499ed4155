// A paper's endorsers, an association's endorsed papers and the counts, from the one public list of
// endorsements (see lib/cms/news-policy.ts), so that every page reads it in the same single request.
import type { Locale, PublicEndorsement } from '@forum/shared';

export type Endorser = PublicEndorsement['association'] & { endorsedAt: string };
export type EndorsedPaper = PublicEndorsement['policyPaper'] & { endorsedAt: string };

/** The associations that endorse a paper, by name in this language. */
export function endorsersOf(endorsements: readonly PublicEndorsement[], paper: string, locale: Locale): Endorser[] {
  return endorsements
    .filter((endorsement) => endorsement.policyPaper.documentId === paper)
    .map((endorsement) => ({ ...endorsement.association, endorsedAt: endorsement.endorsedAt }))
    .sort((a, b) => a.name.localeCompare(b.name, locale));
}

/** The papers an association endorses, by title in this language. */
export function papersEndorsedBy(endorsements: readonly PublicEndorsement[], association: string, locale: Locale): EndorsedPaper[] {
  return endorsements
    .filter((endorsement) => endorsement.association.documentId === association)
    .map((endorsement) => ({ ...endorsement.policyPaper, endorsedAt: endorsement.endorsedAt }))
    .sort((a, b) => a.title.localeCompare(b.title, locale));
}

/** How many associations endorse each paper, by the paper's documentId. */
export function endorsementCounts(endorsements: readonly PublicEndorsement[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { policyPaper } of endorsements) counts.set(policyPaper.documentId, (counts.get(policyPaper.documentId) ?? 0) + 1);
  return counts;
}
