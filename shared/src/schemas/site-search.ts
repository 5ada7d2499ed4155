import { z } from 'zod';

const firstValue = (value: unknown) => (Array.isArray(value) ? value[0] : value);

/** The site search's query string: a missing, repeated or over-long `q` is cut down, never an error. */
export const siteSearchQuerySchema = z.object({
  q: z
    .preprocess(firstValue, z.string())
    .catch('')
    .transform((q) => q.trim().slice(0, 200)),
});

export function parseSiteSearchQuery(searchParams: Record<string, string | string[] | undefined>): string {
  return siteSearchQuerySchema.parse(searchParams).q;
}
