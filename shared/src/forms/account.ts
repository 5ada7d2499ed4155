// The account forms: asking for a password link, and setting the password from it (an invitation
// and a reset are the same link).
import { z } from 'zod';
import { localeSchema } from '../schemas/common';

export const passwordMinLength = 10;

export const passwordLinkRequestSchema = z.strictObject({
  email: z.email().max(200),
  /** The language of the e-mail when the address has no account language yet. */
  locale: localeSchema,
});

export const setPasswordSchema = z
  .strictObject({
    code: z.string().min(20).max(200),
    password: z.string().min(passwordMinLength).max(200),
    passwordConfirmation: z.string().max(200),
  })
  .refine((value) => value.password === value.passwordConfirmation, { path: ['passwordConfirmation'], message: 'passwordsDiffer' });

export const loginSchema = z.strictObject({
  email: z.email().max(200),
  password: z.string().min(1).max(200),
});
