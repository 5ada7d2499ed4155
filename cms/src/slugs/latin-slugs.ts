// The admin fills a slug in from the title as the editor types (the uid field's "regenerate"). Strapi
// transliterates Russian its own way ("Ассоциация" -> "assocziacziya"); the portal's addresses use the
// common one ("assotsiatsiya", shared/src/slug.ts), also used for what the CMS creates itself.
import { slugify } from '@forum/shared';
import type { Core } from '@strapi/strapi';

interface GenerateParams {
  contentTypeUID: string;
  field: string;
  data: Record<string, unknown>;
  locale?: string;
}

interface UidService {
  generateUIDField(params: GenerateParams): Promise<string>;
  findUniqueUID(params: { contentTypeUID: string; field: string; value: string; locale?: string }): Promise<string>;
}

export function generateLatinSlugs(strapi: Core.Strapi): void {
  const uids = strapi.plugin('content-manager').service('uid') as UidService;
  uids.generateUIDField = async ({ contentTypeUID, field, data, locale }) => {
    const contentType = strapi.contentTypes[contentTypeUID as keyof typeof strapi.contentTypes];
    const { targetField } = (contentType.attributes as Record<string, { targetField?: string }>)[field];
    const text = targetField ? data?.[targetField] : undefined;
    const value = slugify(typeof text === 'string' && text.trim() ? text : contentType.modelName);
    // Unique in the language being edited ("name", "name-1"...), as Strapi checks it.
    return uids.findUniqueUID({ contentTypeUID, field, value, locale });
  };
}
