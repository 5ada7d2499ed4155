import type { Core } from '@strapi/strapi';

const forumLocales = [
  { code: 'ru', name: 'Русский (ru)' },
  { code: 'en', name: 'English (en)' },
];

/** Russian is the default language of the portal; English is the second one. Idempotent. */
export async function ensureLocales(strapi: Core.Strapi): Promise<void> {
  const locales = strapi.plugin('i18n').service('locales');
  for (const locale of forumLocales) {
    if (!(await locales.findByCode(locale.code))) await locales.create(locale);
  }
  await locales.setDefaultLocale({ code: 'ru' });
}
