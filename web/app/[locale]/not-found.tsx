import { getLocale } from 'next-intl/server';
import { isLocale, defaultLocale } from '@forum/shared';
import { NotFoundView } from '@/components/site/NotFoundView';

// Rendered for notFound() anywhere under /[locale], with HTTP 404, in the visitor's language. Unknown
// addresses do not get here: proxy.ts answers them with the server-rendered app/[locale]/not-found-page.
export default async function NotFound() {
  const requested = await getLocale();
  const locale = isLocale(requested) ? requested : defaultLocale;
  return <NotFoundView locale={locale} />;
}
