// The filters of the catalogue of associations (/associations?q=мебель&sector=design&kind=...&page=2),
// read from the URL by the page and by the JSON route its live filtering asks. The page forgives bad
// input (an unknown value falls back to "no filter", a bad page number to the first page); the JSON
// route refuses it with a 400 (`catalogueApiQuerySchema`), so a broken client is noticed.
import { z } from 'zod';
import { associationAllianceMembershipValues, associationKindValues } from '../types/content';
import { localeSchema, slugSchema } from './common';

/** How many associations one page of the catalogue shows. */
export const cataloguePageSize = 12;

/** The longest search query taken (longer ones are cut by the page, refused by the JSON route). */
export const catalogueQueryMaxLength = 200;

/** A query-string value as Next hands it over: the first of repeated values, trimmed; an empty field is no value. */
const firstValue = (value: unknown) => {
  const first = Array.isArray(value) ? value[0] : value;
  const trimmed = typeof first === 'string' ? first.trim() : first;
  return trimmed === '' ? undefined : trimmed;
};

const fields = {
  q: z.string().max(catalogueQueryMaxLength).optional(),
  sector: slugSchema.optional(),
  kind: z.enum(associationKindValues).optional(),
  membership: z.enum(associationAllianceMembershipValues).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
};

/** The catalogue's filters as the JSON route accepts them: any bad value is an error. */
export const catalogueApiQuerySchema = z.object({
  locale: z.preprocess(firstValue, localeSchema),
  q: z.preprocess(firstValue, fields.q),
  sector: z.preprocess(firstValue, fields.sector),
  kind: z.preprocess(firstValue, fields.kind),
  membership: z.preprocess(firstValue, fields.membership),
  page: z.preprocess(firstValue, fields.page),
});

/** The catalogue's filters as the page reads them: a bad value is dropped, a too long query cut. */
export const catalogueFiltersSchema = z.object({
  q: z.preprocess((value) => {
    const first = firstValue(value);
    return typeof first === 'string' ? first.slice(0, catalogueQueryMaxLength).trim() || undefined : first;
  }, fields.q).catch(undefined),
  sector: z.preprocess(firstValue, fields.sector).catch(undefined),
  kind: z.preprocess(firstValue, fields.kind).catch(undefined),
  membership: z.preprocess(firstValue, fields.membership).catch(undefined),
  page: z.preprocess(firstValue, fields.page).catch(1),
});

export type CatalogueFilters = z.output<typeof catalogueFiltersSchema>;


/** A volume of the printable catalogue, from 1 (a large catalogue is printed in volumes). */
export const catalogueVolumeSchema = z.coerce.number().int().min(1).max(1000);

/** What the published catalogue (PDF, CSV, JSON) is asked for: a language, a sector for a one-sector edition, and a volume of the PDF. */
export const catalogueEditionQuerySchema = z.strictObject({
  locale: localeSchema,
  sector: slugSchema.optional(),
  volume: catalogueVolumeSchema.optional(),
});

/** What the catalogue page asks of an edition (its volumes, size and date): a language and a sector for a one-sector edition. */
export const catalogueEditionInfoQuerySchema = catalogueEditionQuerySchema.omit({ volume: true });
