// Calls the portal makes to the CMS for a visitor (an application, an account's submission): the
// CMS rate-limits by the visitor's address, which only the portal knows, so the portal names it and
// proves with the shared PORTAL_PROXY_SECRET that it is the portal speaking.
import 'server-only';
import { CmsError, fieldErrors, type FieldErrors, type Locale } from '@forum/shared';
import { headers } from 'next/headers';
import type { z } from 'zod';

export async function visitorHeaders(): Promise<Record<string, string>> {
  const incoming = await headers();
  // A visitor whose address is unknown still counts as a visitor (all such share one limit): the
  // portal's secret alone would mean the portal asking for itself, which is not limited.
  const address = incoming.get('x-forwarded-for')?.split(',')[0]?.trim() || incoming.get('x-real-ip') || 'unknown-visitor';
  const secret = process.env.PORTAL_PROXY_SECRET;
  return secret ? { 'x-forwarded-for': address, 'x-portal-proxy-secret': secret } : {};
}

/**
 * What a form shows after it was sent: nothing yet, done, or what to correct (in the visitor's
 * language), with what was typed, to fill the form in again (React empties a form after its action).
 */
export type FormResult =
  | { status: 'idle' | 'sent' }
  | ({ status: 'invalid'; values?: Record<string, unknown> } & FieldErrors)
  | { status: 'failed'; message: string; values?: Record<string, unknown> };

/** The form's fields as the shared schemas read them: repeated names (checkboxes) become arrays. */
export function formValues(data: FormData, arrays: string[] = []): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const [name, value] of data.entries()) {
    if (name.startsWith('$ACTION') || typeof value !== 'string') continue;
    values[name] = arrays.includes(name) ? data.getAll(name).filter((item) => typeof item === 'string') : value;
  }
  for (const name of arrays) values[name] ??= [];
  return values;
}

/** Checks the input with a shared schema before the CMS sees it. */
export function checkForm<S extends z.ZodType>(
  schema: S,
  input: Record<string, unknown>,
  locale: Locale,
  /** The fields to fill in again (never passwords); all of them by default. */
  keep?: string[],
): { ok: true; data: z.output<S> } | { ok: false; result: FormResult } {
  const parsed = schema.safeParse(input);
  if (parsed.success) return { ok: true, data: parsed.data };
  const values = keep ? Object.fromEntries(keep.map((name) => [name, input[name]])) : input;
  return { ok: false, result: { status: 'invalid', ...fieldErrors(parsed.error, input, locale), values } };
}

/** The CMS's refusal as the form shows it: its field errors, or its message, or a generic failure. */
export function formResultOf(error: unknown, failedMessage: string, values: Record<string, unknown>): FormResult {
  if (error instanceof CmsError && error.status >= 400 && error.status < 500 && error.reason) {
    const fields = (error.details as { fields?: Record<string, string> } | undefined)?.fields;
    return fields ? { status: 'invalid', message: error.reason, fields, values } : { status: 'failed', message: error.reason, values };
  }
  return { status: 'failed', message: failedMessage, values };
}
