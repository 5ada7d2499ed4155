// Editors' previews of drafts on the portal. The CMS signs a link to one page of the portal (the
// admin's Preview button asks for it, behind the admin's login); the portal checks the signature and
// the expiry before it turns on draft mode. HMAC with Web Crypto, so the same code runs in both.
import { z } from 'zod';

/** How long a preview link opens the preview: long enough to share with a colleague for a review. */
export const previewLinkLifetimeSeconds = 60 * 60;

/** The header with which the portal, in draft mode, asks the CMS for drafts (its PREVIEW_SECRET). */
export const previewSecretHeader = 'x-preview-secret';

/** A page of the portal in one language, e.g. /ru/associations/gildiya-keramistov (never another site). */
export const portalPathSchema = z
  .string()
  .max(500)
  .regex(/^\/(ru|en)(\/[A-Za-z0-9\-._~%/]*)?$/)
  .refine((path) => !path.split('/').some((segment) => segment === '.' || segment === '..'));

export const previewLinkSchema = z.strictObject({
  path: portalPathSchema,
  /** Unix time, in seconds. */
  expires: z.coerce.number().int().positive(),
  signature: z.string().regex(/^[0-9a-f]{64}$/),
});

export type PreviewLink = z.infer<typeof previewLinkSchema>;

async function hmacHex(secret: string, message: string): Promise<string> {
  const encoder = new TextEncoder();
  const key = await globalThis.crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const signature = new Uint8Array(await globalThis.crypto.subtle.sign('HMAC', key, encoder.encode(message)));
  return Array.from(signature, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

const signedText = (path: string, expires: number) => `${path}\n${expires}`;

/** The query of a preview link to this page, valid for `previewLinkLifetimeSeconds` from `now`. */
export async function signPreviewLink(path: string, secret: string, now = Date.now()): Promise<PreviewLink> {
  const expires = Math.floor(now / 1000) + previewLinkLifetimeSeconds;
  return { path, expires, signature: await hmacHex(secret, signedText(path, expires)) };
}

/** Whether the link was signed with this secret and has not expired (compared in constant time). */
export async function isValidPreviewLink(link: PreviewLink, secret: string, now = Date.now()): Promise<boolean> {
  if (link.expires * 1000 < now) return false;
  const expected = await hmacHex(secret, signedText(link.path, link.expires));
  let difference = expected.length ^ link.signature.length;
  for (let index = 0; index < expected.length; index += 1) difference |= expected.charCodeAt(index) ^ (link.signature.charCodeAt(index) || 0);
  return difference === 0;
}
