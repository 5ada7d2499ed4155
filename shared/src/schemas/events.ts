import { z } from 'zod';
import { forumEventKindValues } from '../types/content';
import { slugSchema } from './common';

/** A query-string value as Next hands it over: absent, once, or repeated (the first one counts). */
const single = (value: unknown) => (Array.isArray(value) ? value[0] : value);

/**
 * The filters of the events list (/events?kind=seminar&sector=design&page=2). Bad input never
 * fails: an unknown kind or a malformed sector is dropped, a page that is not a number is the first.
 */
export const eventListQuerySchema = z.object({
  kind: z.preprocess(single, z.enum(forumEventKindValues).optional()).catch(undefined),
  sector: z.preprocess(single, slugSchema.optional()).catch(undefined),
  page: z.preprocess(single, z.coerce.number().int().min(1).max(10_000)).catch(1),
});

export type EventListQuery = z.infer<typeof eventListQuerySchema>;

export function parseEventListQuery(searchParams: Record<string, string | string[] | undefined>): EventListQuery {
  return eventListQuerySchema.parse(searchParams);
}
