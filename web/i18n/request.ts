import { defaultLocale, isLocale, type Locale } from '@forum/shared';
import { getRequestConfig } from 'next-intl/server';
import { locale as rootLocale } from 'next/root-params';

// The locale comes from the [locale] root segment (next/root-params), not from request headers,
// so pages stay prerenderable under Cache Components without setRequestLocale.
export default getRequestConfig(async ({ locale: explicitLocale }) => {
  const requested: unknown = explicitLocale ?? (await rootLocale());
  const locale: Locale = isLocale(requested) ? requested : defaultLocale;
  return {
    locale,
    timeZone: 'Europe/Moscow',
    messages: (await import(`../messages/${locale}.json`)).default,
  };
});
