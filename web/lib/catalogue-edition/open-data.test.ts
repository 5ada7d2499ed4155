import type { Association } from '@forum/shared';
import { openDataColumns, openDataCsv, openDataRows } from './open-data';

const association = (fields: Partial<Association>) =>
  ({ documentId: 'a1', name: 'Гильдия керамистов', slug: 'gildiya-keramistov', kind: 'existing_association', sectors: [], ...fields }) as Association;

describe('the open data of the catalogue', () => {
  it('writes CSV with a byte-order mark, a header row and CRLF line ends', () => {
    const csv = openDataCsv(openDataRows([association({})], () => 'https://forum.example/ru/associations/gildiya-keramistov'));
    expect(csv.startsWith('\uFEFFname,profile_url,kind,')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(3);
  });

  it('quotes fields with commas, quotes and line breaks, and keeps empty fields empty', () => {
    const row = openDataRows(
      [association({ name: 'Союз «Свет», мастерская "Тень"', shortDescription: 'Первая строка\nвторая', website: null })],
      () => 'u',
    )[0];
    const line = openDataCsv([row]).split('\r\n')[1];
    expect(line.startsWith('"Союз «Свет», мастерская ""Тень""",u,existing_association,')).toBe(true);
    expect(line).toContain('"Первая строка\nвторая"');
  });

  it('lists problems and needs one per line as "; "-separated items, and every column has a description in both languages', () => {
    const [row] = openDataRows([association({ problems: ' Аренда\n\nКадры ', sectors: [{ name: 'Ремёсла', slug: 'craft' }, { name: 'Дизайн', slug: 'design' }] as never })], () => 'u');
    expect(row.problems).toBe('Аренда; Кадры');
    expect(row.sectors).toBe('Ремёсла; Дизайн');
    expect(row.sector_slugs).toBe('craft; design');
    for (const column of openDataColumns) expect(column.description.ru && column.description.en).toBeTruthy();
  });
});
