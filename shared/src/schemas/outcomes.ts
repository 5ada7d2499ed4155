// What the outcomes report (PDF) is asked for: a language, nothing else.
import { z } from 'zod';
import { localeSchema } from './common';

export const outcomesReportQuerySchema = z.strictObject({
  locale: localeSchema,
});
