import type { Locale } from '@forum/shared';

const intlLocale: Record<Locale, string> = { ru: 'ru-RU', en: 'en-GB' };

/** A file size as Strapi gives it (kilobytes) in words a reader knows: "850 kB", "1.2 MB" / "850 кБ", "1,2 МБ". */
export function formatFileSize(kilobytes: number, locale: Locale): string {
  const megabytes = kilobytes / 1024;
  const [value, unit] = megabytes >= 1 ? [megabytes, 'megabyte'] : [Math.max(1, Math.round(kilobytes)), 'kilobyte'];
  return new Intl.NumberFormat(intlLocale[locale], { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 1 }).format(value);
}

/** The file's format for a link text: "PDF", from its extension or, failing that, its MIME type. */
export function fileFormat(file: { ext: string | null; mime: string }): string {
  return (file.ext?.replace(/^\./, '') || file.mime.split('/').at(-1) || '').toUpperCase();
}
