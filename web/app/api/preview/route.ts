// The admin's Preview button lands here with a link the CMS signed (cms/src/preview/links.ts): with
// a valid, unexpired signature the visit turns on draft mode (Next's cookie) and goes to the page,
// which then reads drafts from the CMS and is never cached. Anything else is refused, and no cookie is set.
import { isValidPreviewLink, previewLinkSchema } from '@forum/shared';
import { draftMode } from 'next/headers';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';

export async function GET(request: Request) {
  const query = Object.fromEntries(new URL(request.url).searchParams);
  const link = previewLinkSchema.safeParse(query);
  const secret = process.env.PREVIEW_SECRET;
  if (!secret || !link.success || !(await isValidPreviewLink(link.data, secret))) {
    const locale = link.success && link.data.path.startsWith('/en') ? 'en' : 'ru';
    const t = await getTranslations({ locale, namespace: 'Preview' });
    return new Response(t('invalidLink'), { status: 401, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } });
  }
  (await draftMode()).enable();
  redirect(link.data.path);
}
