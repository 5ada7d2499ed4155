// The CMS calls this after every change to published content (cms/src/revalidation/notify-web.ts):
// the pages that show the changed collection or document are regenerated from the CMS.
import { collectionTag, documentTag, revalidationRequestSchema } from '@forum/shared';
import { sameSecret } from '@forum/shared/server';
import { revalidateTag } from 'next/cache';

/** The CMS's call: it sends the REVALIDATE_SECRET they share. */
function isRevalidateSecret(authorization: string | null): boolean {
  const secret = process.env.REVALIDATE_SECRET;
  if (!secret || !authorization?.startsWith('Bearer ')) return false;
  return sameSecret(authorization.slice('Bearer '.length), secret);
}

export async function POST(request: Request) {
  if (!isRevalidateSecret(request.headers.get('authorization'))) {
    return Response.json({ error: 'Unauthorized: send the CMS\'s REVALIDATE_SECRET as a Bearer token' }, { status: 401 });
  }
  const body: unknown = await request.json().catch(() => undefined);
  const parsed = revalidationRequestSchema.safeParse(body);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`);
    return Response.json({ error: `Invalid body: ${problems.join('; ')}` }, { status: 400 });
  }
  const { collection, documentId } = parsed.data;
  const tags = [collectionTag(collection), documentTag(collection, documentId)];
  // Expired at once, not marked stale ('max'): a stale page regenerating in the background could read
  // cached data that is itself still stale and be stored as fresh, old content included. The CMS has
  // just called, so it is up for the one visitor who waits for the new page.
  for (const tag of tags) revalidateTag(tag, { expire: 0 });
  return Response.json({ revalidated: tags });
}
