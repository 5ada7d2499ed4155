// Endorsing a policy paper: an association signs on to a paper that is still open, and may withdraw
// until the paper goes to the authorities. The association is always the logged-in representative's,
// so the form sends the paper only.
import { z } from 'zod';
import type { PolicyPaperState } from '../types/content';

/** A Strapi documentId: lowercase letters and digits. */
export const documentIdSchema = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[a-z0-9]+$/);

export const endorsementSchema = z.strictObject({
  policyPaper: documentIdSchema,
});

/** A paper collects endorsements while it is being drafted; once submitted, its endorsers are final. */
export const isOpenForEndorsement = (state: PolicyPaperState | null | undefined) => state === 'draft';
