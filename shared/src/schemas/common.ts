import { z } from 'zod';
import { locales } from '../types/strapi';

export const localeSchema = z.enum(locales);

/** Slugs as the CMS makes them: Latin letters, digits and single hyphens. */
export const slugSchema = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

/** A page's query string as Next hands it over (`searchParams`). */
export type SearchParams = Record<string, string | string[] | undefined>;

/** A URLSearchParams as Next's `searchParams` object: a repeated parameter keeps all its values. */
export function searchParamsOf(params: URLSearchParams): SearchParams {
  const result: SearchParams = {};
  params.forEach((_value, name) => {
    const values = params.getAll(name);
    result[name] = values.length > 1 ? values : values[0];
  });
  return result;
}

/**
 * A list page's filters as the shortest stable query string: the schema's order, bad and empty values
 * dropped (the schema says how), page 1 left out. The same filters always give the same string, so
 * it can name a cached page.
 */
export function listQueryString(schema: z.ZodType<Record<string, unknown>, unknown>, source: SearchParams): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(schema.parse(source))) {
    if (value === undefined || (name === 'page' && value === 1)) continue;
    params.set(name, String(value));
  }
  return params.toString();
}
