// Addresses for content the CMS creates itself (news approved from an association's submission, an
// association from an application): Latin slugs, Russian transliterated the way the demo content's
// slugs are ("Ассоциация дизайнеров" -> "assotsiatsiya-dizaynerov").
const cyrillicToLatin: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm',
  н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch',
  ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
};

/** A slug of at most `maxLength` characters, cut at a word; "item" when nothing of the text is left. */
export function slugify(text: string, maxLength = 80): string {
  const latin = [...text.toLowerCase()].map((char) => cyrillicToLatin[char] ?? char).join('');
  const words = latin
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > maxLength) break;
    slug = next;
  }
  return slug || words[0]?.slice(0, maxLength) || 'item';
}
