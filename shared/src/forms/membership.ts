// The public "join the alliance" form: a new or nascent association applies. The application waits
// for the editors; it never becomes a public entry by itself.
import { z } from 'zod';
import { localeSchema, slugSchema } from '../schemas/common';
import { associationKindValues } from '../types/content';

/**
 * A field people never see (hidden from sight and from screen readers) and bots fill in: a filled
 * one marks the application as spam, which is then answered like any other and thrown away.
 */
export const joinHoneypotField = 'fax';

export const membershipApplicationSchema = z.strictObject({
  /** The language the applicant wrote in: the editors answer in it. */
  locale: localeSchema,
  name: z.string().trim().min(2).max(200),
  kind: z.enum(associationKindValues),
  sectors: z.array(slugSchema).min(1).max(5),
  description: z.string().trim().min(20).max(5_000),
  contactName: z.string().trim().min(2).max(200),
  email: z.email().max(200),
  phone: z.string().trim().max(50).optional(),
  website: z.url({ protocol: /^https?$/ }).max(300).optional().or(z.literal('').transform(() => undefined)),
  motivation: z.string().trim().min(20).max(5_000),
  // Checked before this schema by the route (a filled one is thrown away as spam).
  [joinHoneypotField]: z.string().optional(),
});

export type MembershipApplicationData = z.output<typeof membershipApplicationSchema>;
