// Where an old address of an item went (GET /api/slug-redirects/resolve): asked by the portal's proxy.
import { z } from 'zod';
import { addressableCollections } from '../api/sitewide';
import { localeSchema, slugSchema } from './common';

export const slugRedirectQuerySchema = z.strictObject({
  collection: z.enum(addressableCollections),
  locale: localeSchema,
  slug: slugSchema,
});
