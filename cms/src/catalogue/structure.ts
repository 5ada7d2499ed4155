// How the published catalogue is arranged: the associations grouped by sector (in the editors'
// order of sectors), each described once under its first sector and listed in the contents under
// every sector it works in; and an alphabetical index.
import type { Association, Locale, Sector } from '@forum/shared';

export type CatalogueEntry = Association;

export interface CatalogueSection {
  sector: Pick<Sector, 'documentId' | 'name' | 'slug'>;
  /** The associations described in this section. */
  entries: CatalogueEntry[];
  /** Every association of the sector, for the contents (some are described in another section). */
  members: CatalogueEntry[];
}

/** Letters of the index, each with its associations. */
export interface IndexGroup {
  letter: string;
  entries: CatalogueEntry[];
}

const byName = (locale: Locale) => (a: CatalogueEntry, b: CatalogueEntry) => a.name.localeCompare(b.name, locale);

/**
 * The sections of the catalogue. An association's first sector (in the editors' order) is where it
 * is described; one without a sector goes to a last section of its own when `unsorted` is given.
 */
export function catalogueSections(
  entries: readonly CatalogueEntry[],
  sectors: readonly Pick<Sector, 'documentId' | 'name' | 'slug' | 'order'>[],
  locale: Locale,
  unsorted?: CatalogueSection['sector'],
): CatalogueSection[] {
  const ordered = [...sectors].sort((a, b) => (a.order ?? 0) - (b.order ?? 0) || a.name.localeCompare(b.name, locale));
  const rank = new Map(ordered.map((sector, index) => [sector.documentId, index]));
  const home = (entry: CatalogueEntry) =>
    [...(entry.sectors ?? [])].filter((sector) => rank.has(sector.documentId)).sort((a, b) => rank.get(a.documentId)! - rank.get(b.documentId)!)[0];

  const sections: CatalogueSection[] = ordered.map((sector) => ({
    sector: { documentId: sector.documentId, name: sector.name, slug: sector.slug },
    entries: entries.filter((entry) => home(entry)?.documentId === sector.documentId).sort(byName(locale)),
    members: entries.filter((entry) => entry.sectors?.some((candidate) => candidate.documentId === sector.documentId)).sort(byName(locale)),
  }));
  const homeless = entries.filter((entry) => !home(entry)).sort(byName(locale));
  if (unsorted && homeless.length > 0) sections.push({ sector: unsorted, entries: homeless, members: homeless });
  return sections.filter((section) => section.members.length > 0);
}

/** The alphabetical index: every association under its first letter (Ё with Е, as Russian dictionaries do). */
export function catalogueIndex(entries: readonly CatalogueEntry[], locale: Locale): IndexGroup[] {
  const groups = new Map<string, CatalogueEntry[]>();
  for (const entry of [...entries].sort(byName(locale))) {
    const first = entry.name.replace(/^[^\p{L}\p{N}]+/u, '').charAt(0).toLocaleUpperCase(locale).replace('Ё', 'Е') || '#';
    groups.set(first, [...(groups.get(first) ?? []), entry]);
  }
  return [...groups].map(([letter, grouped]) => ({ letter, entries: grouped }));
}
