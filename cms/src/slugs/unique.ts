import { slugify, type Locale } from '@forum/shared';
import type { Core } from '@strapi/strapi';

/** A slug from the text that no other document of the type has in that language ("name", "name-2"...). */
export async function uniqueSlug(
  strapi: Core.Strapi,
  uid: 'api::news-article.news-article' | 'api::association.association',
  locale: Locale,
  text: string,
): Promise<string> {
  const base = slugify(text);
  for (let attempt = 1; ; attempt += 1) {
    const slug = attempt === 1 ? base : `${base}-${attempt}`;
    const taken = await strapi.documents(uid).findFirst({ locale, status: 'draft', filters: { slug }, fields: ['slug'] });
    if (!taken) return slug;
  }
}
