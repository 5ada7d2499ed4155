// The catalogue as open data: one row per published association, public fields only, as CSV (see
// lib/csv.ts) and JSON (with the columns explained and the licence).
import type { Association, Locale } from '@forum/shared';
import { toCsv, type CsvRow } from '@/lib/csv';

type CatalogueEntry = Association;

export const openDataLicence = {
  name: 'CC BY 4.0',
  url: 'https://creativecommons.org/licenses/by/4.0/',
};

interface Column {
  name: string;
  description: Record<Locale, string>;
  value: (entry: CatalogueEntry, profileUrl: string) => string | number | null;
}

const lines = (text: string | null | undefined) => (text ?? '').split('\n').map((line) => line.trim()).filter(Boolean).join('; ');

/** The columns, in order, each with what it holds in both languages. */
export const openDataColumns: Column[] = [
  { name: 'name', description: { ru: 'Название', en: 'Name' }, value: (entry) => entry.name },
  { name: 'profile_url', description: { ru: 'Страница объединения на сайте Форума', en: "The association's page on the Forum's website" }, value: (_entry, url) => url },
  { name: 'kind', description: { ru: 'Вид организации (код)', en: 'Kind of organisation (code)' }, value: (entry) => entry.kind },
  { name: 'sectors', description: { ru: 'Отрасли, через «; »', en: 'Sectors, separated by "; "' }, value: (entry) => (entry.sectors ?? []).map((sector) => sector.name).join('; ') },
  { name: 'sector_slugs', description: { ru: 'Коды отраслей, через «; »', en: 'Sector codes, separated by "; "' }, value: (entry) => (entry.sectors ?? []).map((sector) => sector.slug).join('; ') },
  { name: 'short_description', description: { ru: 'Кратко об объединении', en: 'The association in short' }, value: (entry) => entry.shortDescription },
  { name: 'problems', description: { ru: 'Проблемы, названные объединением, через «; »', en: 'Problems the association named, separated by "; "' }, value: (entry) => lines(entry.problems) },
  { name: 'needs', description: { ru: 'Потребности, через «; »', en: 'Needs, separated by "; "' }, value: (entry) => lines(entry.needs) },
  { name: 'founded_year', description: { ru: 'Год основания', en: 'Year founded' }, value: (entry) => entry.foundedYear },
  { name: 'members_count', description: { ru: 'Число членов', en: 'Number of members' }, value: (entry) => entry.membersCount },
  { name: 'alliance_membership', description: { ru: 'Участие в альянсе (код)', en: 'Alliance membership (code)' }, value: (entry) => entry.allianceMembership },
  { name: 'website', description: { ru: 'Сайт', en: 'Website' }, value: (entry) => entry.website },
  { name: 'email', description: { ru: 'Публичная электронная почта', en: 'Public e-mail' }, value: (entry) => entry.email },
  { name: 'phone', description: { ru: 'Телефон', en: 'Phone' }, value: (entry) => entry.phone },
  { name: 'address', description: { ru: 'Адрес', en: 'Address' }, value: (entry) => entry.address },
  { name: 'district', description: { ru: 'Район (код)', en: 'District (code)' }, value: (entry) => entry.district },
  { name: 'updated_at', description: { ru: 'Когда профиль обновлён (UTC)', en: 'When the profile was last updated (UTC)' }, value: (entry) => entry.updatedAt ?? null },
];

export type OpenDataRow = CsvRow;

export function openDataRows(entries: readonly CatalogueEntry[], profileUrl: (entry: CatalogueEntry) => string): OpenDataRow[] {
  return entries.map((entry) => Object.fromEntries(openDataColumns.map((column) => [column.name, column.value(entry, profileUrl(entry)) ?? null])));
}

/** The open data as CSV, one column per field in the order above. */
export function openDataCsv(rows: readonly OpenDataRow[]): string {
  return toCsv(
    openDataColumns.map((column) => column.name),
    rows,
  );
}
