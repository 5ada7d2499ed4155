import 'server-only';
import { blocksToPlainText, type Association, type Locale } from '@forum/shared';
import { cms } from '@/lib/cms/client';

/** The profile fields a representative may propose changes to, as text (the description's blocks as paragraphs). */
export const profileFields = ['name', 'shortDescription', 'description', 'website', 'email', 'phone', 'address', 'problems', 'needs'] as const;
export type ProfileField = (typeof profileFields)[number];

/** The association's public profile in one language, as the form shows it; null when it is not published in it. */
export async function currentProfile(documentId: string, locale: Locale): Promise<Record<ProfileField, string> | null> {
  const found = await cms.send<{ data: Association[] }>('GET', 'associations', undefined, {
    params: { locale, filters: { documentId: { $eq: documentId } }, fields: [...profileFields] },
  });
  const association = found.data[0];
  if (!association) return null;
  return Object.fromEntries(
    profileFields.map((field) => [field, field === 'description' ? blocksToPlainText(association.description) : String(association[field] ?? '')]),
  ) as Record<ProfileField, string>;
}
