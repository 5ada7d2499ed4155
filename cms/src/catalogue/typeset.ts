// The catalogue's words and structure handed to the renderer; runs in the typesetting worker
// (src/typesetting), started by edition.ts.
import type { Locale, Sector } from '@forum/shared';
import type { Logo } from './logos';
import { renderCatalogue } from './render';
import { catalogueIndex, catalogueSections, type CatalogueEntry } from './structure';
import { catalogueWords } from './texts';

export interface CatalogueJob {
  locale: Locale;
  /** The sector of a one-sector edition. */
  sector?: Pick<Sector, 'documentId' | 'name' | 'slug' | 'order'>;
  /** The entries of this volume, in the order of names. */
  entries: CatalogueEntry[];
  /** This volume of a catalogue printed in several. */
  volume?: { number: number; of: number };
  sectors: Pick<Sector, 'documentId' | 'name' | 'slug' | 'order'>[];
  siteName: string;
  intro: string;
  /** The catalogue's page on the portal. */
  catalogueUrl: string;
  madeAt: string;
  logos: Record<string, Logo>;
}

const paragraphs = (text: string) => text.split(/\n\s*\n/).map((paragraph) => paragraph.trim()).filter(Boolean);

export async function typesetCatalogue(job: CatalogueJob): Promise<Uint8Array> {
  const words = catalogueWords[job.locale];
  const day = new Intl.DateTimeFormat(job.locale === 'ru' ? 'ru-RU' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Moscow' }).format(
    new Date(job.madeAt),
  );
  const intro = paragraphs(job.intro);
  const pdf = await renderCatalogue({
    language: job.locale,
    texts: {
      publisher: job.siteName,
      title: words.title,
      sectorTitle: job.sector?.name,
      edition: words.edition(day),
      count: words.count(job.entries.length),
      volume: job.volume && job.entries.length > 0 ? words.volume(job.volume.number, job.volume.of, job.entries[0].name, job.entries.at(-1)!.name) : undefined,
      website: job.catalogueUrl.replace(/^https?:\/\//, ''),
      introTitle: words.introTitle,
      intro: intro.length > 0 ? intro : [words.defaultIntro],
      dataNote: words.dataNote(job.catalogueUrl, day),
      contents: words.contents,
      index: words.index,
      footer: words.footer(job.siteName),
      seePage: words.seePage,
      kind: (kind) => words.kinds[kind],
      labels: words.labels,
    },
    sections: catalogueSections(job.entries, job.sector ? [job.sector] : job.sectors, job.locale, {
      documentId: 'other',
      name: words.otherAssociations,
      slug: 'other',
    }),
    index: catalogueIndex(job.entries, job.locale),
    logos: Object.fromEntries(Object.entries(job.logos).map(([documentId, logo]) => [documentId, { data: Buffer.from(logo.data), format: logo.format }])),
  });
  return new Uint8Array(pdf);
}
