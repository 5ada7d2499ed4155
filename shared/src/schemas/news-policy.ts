// The filters of the news and policy-paper lists, read from the URL's query string. Bad input never
// fails: an unknown or malformed value falls back to "no filter" (or the first page).
import { z } from 'zod';
import { policyPaperKindValues, policyPaperStateValues } from '../types/content';
import { localeSchema, slugSchema } from './common';

/** A query-string value as Next hands it over: the first of repeated values; an empty field is no value. */
const firstValue = (value: unknown) => {
  const first = Array.isArray(value) ? value[0] : value;
  return first === '' ? undefined : first;
};

const optionalSlug = z.preprocess(firstValue, slugSchema.optional()).catch(undefined);

const pageNumber = z.preprocess(firstValue, z.coerce.number().int().min(1).max(10_000).default(1)).catch(1);

export const newsFiltersSchema = z.object({
  sector: optionalSlug,
  association: optionalSlug,
  page: pageNumber,
});
export type NewsFilters = z.output<typeof newsFiltersSchema>;

export const policyFiltersSchema = z.object({
  kind: z.preprocess(firstValue, z.enum(policyPaperKindValues).optional()).catch(undefined),
  status: z.preprocess(firstValue, z.enum(policyPaperStateValues).optional()).catch(undefined),
});
export type PolicyFilters = z.output<typeof policyFiltersSchema>;

/** The public list of endorsements (GET /api/endorsements): a language and a page, nothing else. */
export const endorsementListQuerySchema = z.strictObject({
  locale: localeSchema.optional(),
  pagination: z
    .strictObject({
      page: z.coerce.number().int().min(1).max(10_000).optional(),
      pageSize: z.coerce.number().int().min(1).max(100).optional(),
    })
    .optional(),
});
