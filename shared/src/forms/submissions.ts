// What an association's representative sends: news for the editors to publish, and changes to the
// association's public profile. One schema per form, shared by the portal's form and the CMS route
// that stores it: unknown fields are refused, not dropped, so nothing is stored that was not meant.
import { z } from 'zod';
import { localeSchema, slugSchema } from '../schemas/common';
import { associationDistrictValues, associationKindValues, newsSubmissionLanguagesValues } from '../types/content';

export const submissionLimits = {
  title: 200,
  summary: 500,
  body: 20_000,
  sectors: 5,
  /** The cover image: JPEG, PNG or WebP (checked by content), at most this many bytes. */
  coverBytes: 5 * 1024 * 1024,
} as const;

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((text) => (text ? text : undefined));

/** News written by an association, in one language or both (the fields of each language it is written in are required). */
export const newsSubmissionSchema = z
  .strictObject({
    /** Written in Russian, English or both. */
    languages: z.enum(newsSubmissionLanguagesValues),
    titleRu: optionalText(submissionLimits.title),
    summaryRu: optionalText(submissionLimits.summary),
    bodyRu: optionalText(submissionLimits.body),
    titleEn: optionalText(submissionLimits.title),
    summaryEn: optionalText(submissionLimits.summary),
    bodyEn: optionalText(submissionLimits.body),
    sectors: z.array(slugSchema).max(submissionLimits.sectors).default([]),
  })
  .superRefine((value, context) => {
    const written = value.languages === 'both' ? (['Ru', 'En'] as const) : value.languages === 'ru' ? (['Ru'] as const) : (['En'] as const);
    for (const suffix of written) {
      for (const field of [`title${suffix}`, `body${suffix}`] as const) {
        if (!value[field]) context.addIssue({ code: 'custom', path: [field], message: 'fieldsFor' });
      }
    }
  });

export type NewsSubmissionInput = z.input<typeof newsSubmissionSchema>;
export type NewsSubmissionData = z.output<typeof newsSubmissionSchema>;

/** Which image a file is, by its first bytes (never by its name): JPEG, PNG, WebP or none of them. */
export function imageTypeOf(bytes: Uint8Array): 'image/jpeg' | 'image/png' | 'image/webp' | null {
  const ascii = (start: number, end: number) => String.fromCharCode(...bytes.subarray(start, end));
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (ascii(0, 8) === '\x89PNG\r\n\x1a\n') return 'image/png';
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'image/webp';
  return null;
}

/**
 * A proposed change to the association's public profile, in one language (names, descriptions,
 * problems and needs differ per language): only the fields given change, once an editor approves.
 */
export const profileChangeSchema = z
  .strictObject({
    name: z.string().trim().min(2).max(200),
    shortDescription: z.string().trim().max(300),
    description: z.string().trim().max(10_000),
    kind: z.enum(associationKindValues),
    foundedYear: z.coerce.number().int().min(1700).max(2100),
    membersCount: z.coerce.number().int().min(0).max(1_000_000),
    website: z.url({ protocol: /^https?$/ }).max(300),
    email: z.email().max(200),
    phone: z.string().trim().max(50),
    address: z.string().trim().max(300),
    district: z.enum(associationDistrictValues),
    problems: z.string().trim().max(5_000),
    needs: z.string().trim().max(5_000),
    sectors: z.array(slugSchema).min(1).max(submissionLimits.sectors),
    note: z.string().trim().max(2_000),
  })
  .partial()
  .extend({ locale: localeSchema })
  .refine((change) => Object.keys(change).some((key) => key !== 'note' && key !== 'locale'), {
    message: 'required',
    path: ['form'],
    // Said only when the fields themselves are right: unknown ones are reported instead.
    when: (payload) => payload.issues.length === 0,
  });

export type ProfileChangeData = z.output<typeof profileChangeSchema>;
