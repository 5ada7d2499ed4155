// The printed catalogue's arrangement (no CMS needed): sections by sector, contents and index.
import { catalogueIndex, catalogueSections, type CatalogueEntry } from '../src/catalogue/structure';

const sectors = [
  { documentId: 'design', name: 'Дизайн', slug: 'design', order: 2 },
  { documentId: 'craft', name: 'Ремёсла', slug: 'craft', order: 1 },
];
const entry = (documentId: string, name: string, sectorIds: string[]) =>
  ({ documentId, name, sectors: sectorIds.map((id) => sectors.find((sector) => sector.documentId === id)) }) as unknown as CatalogueEntry;

describe('the arrangement of the printed catalogue', () => {
  const entries = [entry('1', 'Ёлочная мастерская', ['design', 'craft']), entry('2', 'Гильдия керамистов', ['craft']), entry('3', 'Бюро', []), entry('4', 'Ателье', ['design'])];

  it("describes each association once, under its first sector in the editors' order, and lists it under every sector", () => {
    const sections = catalogueSections(entries, sectors, 'ru', { documentId: 'other', name: 'Другие', slug: 'other' });
    expect(sections.map((section) => section.sector.slug)).toEqual(['craft', 'design', 'other']);
    expect(sections[0].entries.map((item) => item.name)).toEqual(['Гильдия керамистов', 'Ёлочная мастерская']);
    expect(sections[1].entries.map((item) => item.name)).toEqual(['Ателье']);
    expect(sections[1].members.map((item) => item.name)).toEqual(['Ателье', 'Ёлочная мастерская']);
    expect(sections[2].entries.map((item) => item.name)).toEqual(['Бюро']);
    expect(sections.flatMap((section) => section.entries)).toHaveLength(entries.length);
  });

  it('indexes every association under its first letter, Ё with Е', () => {
    expect(catalogueIndex(entries, 'ru').map((group) => [group.letter, group.entries.map((item) => item.documentId)])).toEqual([
      ['А', ['4']],
      ['Б', ['3']],
      ['Г', ['2']],
      ['Е', ['1']],
    ]);
  });
});
