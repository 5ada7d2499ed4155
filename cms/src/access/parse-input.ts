import { fieldErrors, type Locale } from '@forum/shared';
import { errors } from '@strapi/utils';
import type { z } from 'zod';

/** Parses a request's input with a shared schema, or answers 400 with a sentence per field in the request's language. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, locale: Locale): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) {
    const { message, fields } = fieldErrors(result.error, input, locale);
    throw new errors.ValidationError(message, { fields });
  }
  return result.data;
}
