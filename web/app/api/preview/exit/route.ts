// Leaves the preview: the draft-mode cookie is deleted, so that a draft never follows the editor
// into ordinary browsing, and the page the banner was on opens as visitors see it.
import { portalPathSchema } from '@forum/shared';
import { draftMode } from 'next/headers';
import { redirect } from 'next/navigation';

/** The page the editor left from (the banner's link sends the Referer), if it is a page of this site; else the home page. */
function returnPath(request: Request): string {
  const referer = request.headers.get('referer');
  if (!referer) return '/';
  const from = new URL(referer, request.url);
  return from.host === new URL(request.url).host && portalPathSchema.safeParse(from.pathname).success ? from.pathname : '/';
}

export async function GET(request: Request) {
  (await draftMode()).disable();
  redirect(returnPath(request));
}
