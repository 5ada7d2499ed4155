import { z } from 'zod';
import { locales } from '../types/strapi';

export const localeSchema = z.enum(locales);

/** Slugs as the CMS makes them: Latin letters, digits and single hyphens. */
export const slugSchema = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
