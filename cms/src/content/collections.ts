import type { Collection } from '@forum/shared';
import type { Core, UID } from '@strapi/strapi';

/** The content type behind a REST collection name (`associations` -> `api::association.association`), or undefined. */
export function contentTypeUidOf(strapi: Core.Strapi, collection: Collection | string): UID.ContentType | undefined {
  return Object.values(strapi.contentTypes).find((type) => type.uid.startsWith('api::') && type.info.pluralName === collection)?.uid as UID.ContentType | undefined;
}
