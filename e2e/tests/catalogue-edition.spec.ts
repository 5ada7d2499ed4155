// The published catalogue: the printable PDF (read back with pdf.js, as a reader's software does),
// a sector's edition, and the open data (CSV through a real CSV parser, JSON), all checked against
// what the CMS's public API says is published.
import fs from 'node:fs';
import { parse } from 'csv-parse/sync';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { adminApi, adminUnavailable, cmsUrl } from './admin';
import { readPdf, type OutlineItem } from './pdf';

interface Published {
  documentId: string;
  name: string;
  slug: string;
}

/** What the CMS's public API lists as published in this language (of one sector, if given). */
async function published(request: APIRequestContext, locale: string, sector?: string): Promise<Published[]> {
  const filter = sector ? `&filters[sectors][slug][$eq]=${sector}` : '';
  const response = await request.get(`${cmsUrl}/api/associations?locale=${locale}&fields[0]=name&fields[1]=slug&pagination[pageSize]=100${filter}`);
  expect(response.ok()).toBe(true);
  return (await response.json()).data;
}

const squeeze = (text: string) => text.replace(/\s+/g, '');

const leaves = (items: OutlineItem[]): string[] => items.flatMap((item) => (item.items.length > 0 ? leaves(item.items) : [item.title]));

async function pdfAt(request: APIRequestContext, path: string) {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  expect(response.headers()['content-type']).toBe('application/pdf');
  return readPdf(await response.body());
}

/**
 * Every volume of an edition, in order: a catalogue larger than a volume (CATALOGUE_VOLUME_SIZE of the
 * CMS; `npm test` sets it so that the seeded catalogue takes two) is printed in several.
 */
async function volumesAt(request: APIRequestContext, path: string) {
  const volumes = [await pdfAt(request, path)];
  const separator = path.includes('?') ? '&' : '?';
  for (;;) {
    const next = await request.get(`${path}${separator}volume=${volumes.length + 1}`);
    if (next.status() === 404) return volumes;
    expect(next.status()).toBe(200);
    volumes.push(await readPdf(await next.body()));
  }
}

/** The associations an edition describes: the entries under each sector of its bookmarks. */
const entriesOf = (pdf: Awaited<ReturnType<typeof readPdf>>) => leaves(pdf.outline.filter((item) => item.items.length > 0));

test.describe('the printable catalogue', () => {
  test.describe.configure({ timeout: 120_000 });

  for (const locale of ['ru', 'en'] as const) {
    test(`has one entry for each published association, named in ${locale === 'ru' ? 'Russian' : 'English'}, and nothing private`, async ({ request }) => {
      const [associations, volumes] = await Promise.all([published(request, locale), volumesAt(request, `/${locale}/associations/catalogue.pdf`)]);
      // The reader's bookmarks: introduction, contents, one per sector with its entries, index; each
      // association in one volume, the volumes in the order of names.
      expect(volumes.flatMap(entriesOf).sort()).toEqual(associations.map((association) => association.name).sort());
      const byName = (a: string, b: string) => a.localeCompare(b, locale);
      for (const [index, pdf] of volumes.entries()) {
        expect(pdf.title).toBe(locale === 'ru' ? 'Каталог объединений и профессиональных союзов креативных индустрий Санкт-Петербурга' : "Catalogue of the associations and professional unions of St Petersburg's creative industries");
        expect(pdf.language).toBe(locale);
        // pdf.js may split a line at a quotation mark («Арт Сессии» comes back as « Арт Сессии»): compared without spaces.
        const text = squeeze(pdf.text);
        const entries = entriesOf(pdf).sort(byName);
        if (volumes.length > 1) {
          expect(text).toContain(squeeze(locale === 'ru' ? `Том ${index + 1} из ${volumes.length}` : `Volume ${index + 1} of ${volumes.length}`));
          const next = volumes[index + 1];
          if (next) expect(byName(entries.at(-1)!, entriesOf(next).sort(byName)[0])).toBeLessThan(0);
        }
        // Each association is in the contents and in the index too: its name three times at least.
        for (const name of entries) expect(text.split(squeeze(name)).length - 1).toBeGreaterThanOrEqual(3);
        // Every page but the cover ends with the footer (what the document is, and the page number).
        expect(text.split(squeeze(`· ${locale === 'ru' ? 'Каталог объединений' : 'Catalogue of associations'}`)).length - 1).toBe(pdf.pageCount - 1);
        // Editors' notes and demo flags stay in the admin.
        expect(pdf.text).not.toMatch(/Demo data|Демонстрационные данные|internalNotes|fictional association/);
      }
    });
  }

  test("a sector's edition has that sector's associations only", async ({ request }) => {
    const [inSector, everyone, pdf] = await Promise.all([
      published(request, 'en', 'design'),
      published(request, 'en'),
      pdfAt(request, '/en/associations/catalogue.pdf?sector=design'),
    ]);
    expect(inSector.length).toBeGreaterThan(0);
    expect(entriesOf(pdf).sort()).toEqual(inSector.map((association) => association.name).sort());
    const outside = everyone.filter((association) => !inSector.some((member) => member.documentId === association.documentId));
    for (const association of outside) expect(squeeze(pdf.text)).not.toContain(squeeze(association.name));
  });

  test('an unknown sector or volume is a 404 and a malformed one a 400, said in the visitor language', async ({ request }) => {
    const unknown = await request.get('/ru/associations/catalogue.pdf?sector=no-such-sector');
    expect(unknown.status()).toBe(404);
    expect(await unknown.text()).toBe('Такой отрасли нет в каталоге.');
    const malformed = await request.get('/en/associations/catalogue.csv?sector=Not%20a%20slug');
    expect(malformed.status()).toBe(400);
    expect(await malformed.text()).toContain("sector's code");
    const noVolume = await request.get('/en/associations/catalogue.pdf?volume=99');
    expect(noVolume.status()).toBe(404);
    expect(await noVolume.text()).toBe('The catalogue has no such volume.');
    const badVolume = await request.get('/ru/associations/catalogue.pdf?volume=first');
    expect(badVolume.status()).toBe(400);
    expect(await badVolume.text()).toContain('номер тома');
  });

  test('a draft association is in no edition', async ({ request }) => {
    test.skip(Boolean(adminUnavailable), adminUnavailable ?? '');
    const { api, headers, answer } = await adminApi(request);
    const uid = 'api::association.association';
    const name = `Unpublished Guild ${Date.now().toString(36)}`;
    const draft = await answer<{ data: { documentId: string } }>(
      await request.post(`${api}/collection-types/${uid}?locale=en`, { headers, data: { name, slug: name.toLowerCase().replace(/\s+/g, '-'), kind: 'existing_association' } }),
    );
    try {
      // Typeset now by the CMS (saving a draft changes nothing published, so the portal's cached edition would prove nothing).
      for (const pdf of await volumesAt(request, `${cmsUrl}/api/catalogue.pdf?locale=en`)) {
        expect(squeeze(pdf.text)).not.toContain(squeeze(name));
        expect(pdf.text).toContain('Catalogue of the associations');
      }
    } finally {
      await answer(await request.delete(`${api}/collection-types/${uid}/${draft.data.documentId}?locale=en`, { headers }));
    }
  });
});

test('a new edition follows an editor\'s change, through the portal\'s usual revalidation', async ({ request }) => {
  test.skip(Boolean(adminUnavailable), adminUnavailable ?? '');
  test.setTimeout(120_000);
  const { api, headers, answer } = await adminApi(request);
  const settings = `${api}/single-types/api::global.global`;
  const original = (await answer<{ data: { catalogueIntro: string | null } }>(await request.get(`${settings}?locale=en`, { headers }))).data.catalogueIntro;
  const changed = `This edition was checked by the journey of ${new Date().toISOString().slice(11, 19)}.`;
  const publish = async (catalogueIntro: string | null) =>
    answer(await request.post(`${settings}/actions/publish?locale=en`, { headers, data: { catalogueIntro, locale: 'en' } }));
  await pdfAt(request, '/en/associations/catalogue.pdf');
  await publish(changed);
  try {
    await expect.poll(async () => squeeze((await pdfAt(request, '/en/associations/catalogue.pdf')).text).includes(squeeze(changed)), { timeout: 60_000 }).toBe(true);
  } finally {
    await publish(original);
  }
});

test.describe('the open data', () => {
  test('the CSV opens in a spreadsheet (UTF-8 with a BOM) and a CSV parser gets one row per published association', async ({ request }) => {
    const [associations, response] = await Promise.all([published(request, 'ru'), request.get('/ru/associations/catalogue.csv')]);
    expect(response.headers()['content-type']).toContain('text/csv');
    const body = await response.body();
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parse(body, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows.map((row) => row.name).sort()).toEqual(associations.map((association) => association.name).sort());
    for (const row of rows) expect(row.profile_url).toMatch(/\/ru\/associations\/[a-z0-9-]+$/);
    expect(Object.keys(rows[0])).not.toContain('internalNotes');
  });

  test('the JSON has the same rows, says what each field holds, and carries the licence', async ({ request }) => {
    const [csv, json] = await Promise.all([request.get('/en/associations/catalogue.csv'), request.get('/en/associations/catalogue.json')]);
    const rows = parse(await csv.body(), { bom: true, columns: true, cast: false }) as Record<string, string>[];
    const document = await json.json();
    expect(document.licence).toEqual({ name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' });
    expect(document.count).toBe(rows.length);
    expect(document.fields.map((field: { name: string }) => field.name)).toEqual(Object.keys(rows[0]));
    for (const field of document.fields) expect(field.description).toBeTruthy();
    const asText = (value: unknown) => (value === null ? '' : String(value));
    expect(document.data.map((row: Record<string, unknown>) => Object.fromEntries(Object.entries(row).map(([key, value]) => [key, asText(value)])))).toEqual(rows);
  });
});

test('the pages that offer the PDF stay prerendered and cacheable: they never wait for a typesetting', async ({ request }) => {
  // The first visit after a change may be answered as rendered for that visitor, the next ones from the cache.
  for (const path of ['/ru/associations', '/en/associations', '/en/sectors/design']) {
    await expect.poll(async () => (await request.get(path)).headers()['cache-control'], { message: path, timeout: 15_000 }).toMatch(/^s-maxage=\d+/);
  }
});

test('the catalogue page offers the PDF (each volume of a large one) with its size and edition date, and it downloads', async ({ page, request }) => {
  const volumes = (await volumesAt(request, '/en/associations/catalogue.pdf')).length;
  await page.goto('/en/associations');
  const section = page.locator('section[aria-labelledby="catalogue-downloads"]');
  await expect(section.getByText(/\d+(\.\d)? (kB|MB), edition of \d{1,2} \w+ \d{4}, \d+ associations/)).toBeVisible();
  if (volumes > 1) {
    await expect(section.getByText(`in ${volumes} volumes, in the order of names`)).toBeVisible();
    await expect(section.getByRole('link', { name: /^Volume \d+ of \d+ \(PDF\)$/ })).toHaveCount(volumes);
  }
  const link = volumes > 1 ? section.getByRole('link', { name: `Volume ${volumes} of ${volumes} (PDF)` }) : section.getByRole('link', { name: 'Download the catalogue (PDF)' });
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  expect(download.suggestedFilename()).toBe(volumes > 1 ? `catalogue-of-associations-volume-${volumes}.pdf` : 'catalogue-of-associations.pdf');
  const file = await fs.promises.readFile(await download.path());
  expect(file.subarray(0, 5).toString()).toBe('%PDF-');
});
