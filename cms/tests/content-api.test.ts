// What the public REST API gives a visitor: both languages of every type, published content only,
// and nothing private, whatever the query asks for.
import request from 'supertest';
import {
  countByRule, indicatorRuleValues, isValidPreviewLink, previewLinkSchema, previewSecretHeader, ruleQuery, searchFilter, searchWords, toQueryString, type Indicator, type IndicatorRule,
} from '@forum/shared';
import { demoContent } from '../src/seed';
import { publicCollections } from '../src/bootstrap/public-permissions';
import { publishedContentReader } from '../src/outcomes/published-reader';
import { previewUrlOf } from '../src/preview/links';
import { ensureFullTextIndexes } from '../src/search/sqlite-full-text';
import { publishDue } from '../src/scheduling/publish-due';
import { startTestCms, usesPostgres, type TestCms } from './strapi-instance';

let cms: TestCms;
const api = () => request(cms.strapi.server.httpServer);

/** The title-like field of each public collection, localized in every one of them. */
const titleField: Record<string, string> = {
  association: 'name', event: 'title', indicator: 'title', 'need-theme': 'title', 'news-article': 'title', page: 'title',
  'pilot-project': 'title', 'policy-paper': 'title', 'project-stage': 'title', sector: 'name',
};
const pluralOf = (name: string) => cms.strapi.contentType(`api::${name}.${name}` as never).info.pluralName;

/** Strings that must never reach the public, in any answer. */
const privateMarkers = ['internalNotes', 'Demo data: fictional association', '"demo"', 'password', 'resetPasswordToken', 'createdBy', 'updatedBy', 'registrationToken'];

function expectNothingPrivate(body: unknown) {
  const text = JSON.stringify(body);
  for (const marker of privateMarkers) expect(text).not.toContain(marker);
}

beforeAll(async () => {
  cms = await startTestCms();
  console.info(`API tests against ${cms.database}`);
});

afterAll(async () => {
  await cms?.stop();
});

describe('the content model', () => {
  const localizedFields: Record<string, string[]> = {
    sector: ['name', 'description'],
    association: ['name', 'slug', 'shortDescription', 'description', 'address', 'problems', 'needs'],
    event: ['title', 'slug', 'summary', 'description', 'venueName', 'address', 'outcomes'],
    'news-article': ['title', 'slug', 'summary', 'body'],
    'policy-paper': ['title', 'slug', 'abstract', 'body', 'addressee', 'statusHistory'],
    'pilot-project': ['title', 'slug', 'description'],
    'project-stage': ['title', 'description'],
    indicator: ['title', 'unit'],
    'need-theme': ['title', 'slug', 'description'],
    page: ['title', 'slug', 'body', 'seo'],
    global: ['siteName', 'tagline', 'footerText', 'contact', 'partners', 'defaultSeo'],
  };

  it.each(Object.entries(localizedFields))('%s exists, with draft & publish and its localized fields', (name, fields) => {
    const contentType = cms.strapi.contentType(`api::${name}.${name}` as never);
    expect(contentType).toBeDefined();
    expect(contentType.options?.draftAndPublish).toBe(true);
    for (const field of fields) {
      const attribute = contentType.attributes[field] as { pluginOptions?: { i18n?: { localized?: boolean } } };
      expect({ field, localized: attribute?.pluginOptions?.i18n?.localized }).toEqual({ field, localized: true });
    }
  });

  it('has Russian as the default locale and English as the second', async () => {
    const locales = await cms.strapi.plugin('i18n').service('locales').find();
    expect(locales.map((locale: { code: string }) => locale.code).sort()).toEqual(['en', 'ru']);
    expect(await cms.strapi.plugin('i18n').service('locales').getDefaultLocale()).toBe('ru');
  });
});

describe('the demo content', () => {
  it('holds the 14 sectors, at least 50 associations, 12 events, 20 news, 6 policy papers', async () => {
    const count = async (plural: string) => (await api().get(`/api/${plural}?locale=ru&pagination[pageSize]=1`)).body.meta.pagination.total;
    expect(await count('sectors')).toBe(14);
    expect(await count('associations')).toBeGreaterThanOrEqual(50);
    expect(await count('events')).toBeGreaterThanOrEqual(12);
    expect(await count('news-articles')).toBeGreaterThanOrEqual(20);
    expect(await count('policy-papers')).toBeGreaterThanOrEqual(6);
    expect(await count('project-stages')).toBe(3);
  });

  it.each(publicCollections)('%s: the same document reads differently in Russian and English', async (name) => {
    const plural = pluralOf(name);
    const field = titleField[name];
    const ru = await api().get(`/api/${plural}?locale=ru&pagination[pageSize]=100`).expect(200);
    expect(ru.body.data.length).toBeGreaterThan(0);
    for (const document of ru.body.data) {
      const en = await api().get(`/api/${plural}/${document.documentId}?locale=en`).expect(200);
      expect(en.body.data.documentId).toBe(document.documentId);
      expect(en.body.data.locale).toBe('en');
      expect(en.body.data[field]).toBeTruthy();
      expect(en.body.data[field]).not.toBe(document[field]);
    }
  });

  it('the site settings exist in both languages', async () => {
    const ru = await api().get('/api/global?locale=ru').expect(200);
    const en = await api().get('/api/global?locale=en').expect(200);
    expect(ru.body.data.siteName).toBe('Форум креативных индустрий Санкт-Петербурга');
    expect(en.body.data.siteName).toBe('St Petersburg Creative Industries Forum');
  });

  it('a second seed adds nothing twice', async () => {
    const before = await cms.strapi.documents('api::association.association').count({ locale: 'ru' });
    const { seedDemoContent } = await import('../src/seed');
    await cms.strapi.store({ type: 'core', name: 'forum', key: 'demo-seed' }).delete({});
    await seedDemoContent(cms.strapi);
    expect(await cms.strapi.documents('api::association.association').count({ locale: 'ru' })).toBe(before);
  });
});

describe('what the public may see', () => {
  let draft: { documentId: string };
  let published: { documentId: string; name: string };

  beforeAll(async () => {
    const documents = cms.strapi.documents('api::association.association');
    draft = await documents.create({
      locale: 'ru',
      data: { name: 'Черновик: союз, которого ещё нет', slug: 'chernovik-test', kind: 'nascent_association', allianceMembership: 'candidate', internalNotes: 'secret note' } as never,
    });
    published = (await documents.findFirst({ locale: 'en', status: 'published' })) as never;
    // An unpublished edit of a published association must stay invisible too.
    await documents.update({ documentId: published.documentId, locale: 'en', data: { name: 'Unpublished rename' } as never });
  });

  it('lists published associations only', async () => {
    const response = await api().get('/api/associations?locale=ru&filters[slug][$eq]=chernovik-test').expect(200);
    expect(response.body.data).toEqual([]);
    await api().get(`/api/associations/${draft.documentId}?locale=ru`).expect(404);
  });

  it('does not reveal an unpublished translation through localizations', async () => {
    const documents = cms.strapi.documents('api::association.association');
    const english = await documents.create({
      locale: 'en',
      data: { name: 'Published in English only', slug: 'english-only-test', kind: 'nascent_association', allianceMembership: 'candidate' } as never,
    });
    await documents.update({
      documentId: english.documentId,
      locale: 'ru',
      data: { name: 'Неопубликованный перевод', slug: 'neopublikovannyy-perevod', kind: 'nascent_association', allianceMembership: 'candidate', internalNotes: 'secret note' } as never,
    });
    await documents.publish({ documentId: english.documentId, locale: 'en' });

    for (const query of ['populate[localizations][populate]=*', 'populate=*', 'populate[localizations][fields][0]=name']) {
      const response = await api().get(`/api/associations/${english.documentId}?locale=en&${query}`).expect(200);
      expect(JSON.stringify(response.body)).not.toContain('Неопубликованный перевод');
      expectNothingPrivate(response.body);
    }
    await api().get(`/api/associations/${english.documentId}?locale=ru`).expect(404);
  });

  it('shows the published version, not a newer draft', async () => {
    const response = await api().get(`/api/associations/${published.documentId}?locale=en`).expect(200);
    expect(response.body.data.name).toBe(published.name);
  });

  it.each(['associations', 'events', 'news-articles', 'policy-papers', 'sectors', 'pages', 'global'])(
    'refuses ?status=draft on /api/%s',
    async (plural) => {
      const response = await api().get(`/api/${plural}?status=draft&locale=ru`).expect(403);
      expect(response.body.error.message).toMatch(/Черновики не публикуются/);
      expect(JSON.stringify(response.body)).not.toContain('chernovik-test');
    },
  );

  it('says so in English to an English request', async () => {
    const response = await api().get('/api/events?status=draft&locale=en').expect(403);
    expect(response.body.error.message).toBe('Drafts are not public: ask for published content.');
  });

  it('refuses ?status=draft on a single document and with populate=*', async () => {
    await api().get(`/api/associations/${draft.documentId}?status=draft&locale=ru`).expect(403);
    await api().get('/api/sectors?status=draft&populate=*').expect(403);
  });

  it('never returns the internal notes, the demo flag or admin users, also with populate=*', async () => {
    for (const path of [
      '/api/associations?populate=*&locale=ru&pagination[pageSize]=100',
      '/api/associations?populate=*&locale=en&pagination[pageSize]=100',
      '/api/sectors?populate=*&locale=ru',
      '/api/events?populate=*&locale=ru',
      '/api/news-articles?populate=*&locale=en',
      '/api/policy-papers?populate=*&locale=ru',
      '/api/pilot-projects?populate=*&locale=ru',
      '/api/global?populate=*&locale=ru',
      '/api/sectors?populate[associations][populate]=*&locale=ru',
      '/api/events?populate[organisers][populate]=*&locale=en',
      '/api/need-themes?populate[associations][populate]=*&locale=ru',
      '/api/endorsements?locale=ru&pagination[pageSize]=100',
    ]) {
      const response = await api().get(path);
      expect({ path, status: response.status }).toEqual({ path, status: 200 });
      expectNothingPrivate(response.body);
    }
  });

  it('does not filter on a private field', async () => {
    const response = await api().get('/api/associations?filters[internalNotes][$contains]=secret');
    expect(response.status).toBe(400);
    expect(response.body.data).toBeNull();
  });

  it('gives no access to users, roles or the admin', async () => {
    for (const path of ['/api/users', '/api/users/me', '/api/users-permissions/roles', '/admin/users']) {
      const response = await api().get(path);
      expect({ path, forbidden: [401, 403, 404].includes(response.status) }).toEqual({ path, forbidden: true });
    }
  });

  it('cannot create, change or delete content', async () => {
    await api().post('/api/associations').send({ data: { name: 'Spam', slug: 'spam' } }).expect(403);
    await api().put(`/api/associations/${published.documentId}`).send({ data: { name: 'Defaced' } }).expect(403);
    await api().delete(`/api/associations/${published.documentId}`).expect(403);
  });

  it('lets an API token (the portal preview) read drafts', async () => {
    const token = await cms.strapi.service('admin::api-token').create({ name: 'preview-test', type: 'read-only', lifespan: null });
    const response = await api()
      .get('/api/associations?status=draft&locale=ru&filters[slug][$eq]=chernovik-test')
      .set('Authorization', `Bearer ${token.accessKey}`)
      .expect(200);
    expect(response.body.data).toHaveLength(1);
    expectNothingPrivate(response.body);
  });
});

describe('search in both alphabets', () => {
  const search = (plural: string, locale: string, query: string) => {
    const filters = searchFilter(query);
    const fields = [plural === 'associations' ? 'name' : 'title'];
    return api().get(`/api/${plural}?locale=${locale}&${toQueryString({ filters, fields, pagination: { pageSize: 100 } })}`);
  };

  it('finds Cyrillic words whatever their case, and ё as е', async () => {
    const upper = await search('associations', 'ru', 'МЕБЕЛИ').expect(200);
    expect(upper.body.data.map((association: { name: string }) => association.name)).toContain('Ассоциация дизайнеров мебели');
    const lower = await search('associations', 'ru', 'мебели').expect(200);
    expect(lower.body.data).toEqual(upper.body.data);
    const yo = await search('associations', 'ru', 'съёмки').expect(200);
    const ye = await search('associations', 'ru', 'СЪЕМКИ').expect(200);
    expect(yo.body.data.length).toBeGreaterThan(0);
    expect(yo.body.data).toEqual(ye.body.data);
  });

  it('finds Latin words in English and searches problems and needs', async () => {
    const response = await search('associations', 'en', 'FURNITURE designers').expect(200);
    expect(response.body.data.map((association: { name: string }) => association.name)).toContain('Furniture Designers Association');
    const needs = demoContent.associations.find((association) => association.key === 'furniture-designers-association')!.needs.ru[0];
    const byNeed = await search('associations', 'ru', needs.split(' ').slice(0, 3).join(' ')).expect(200);
    expect(byNeed.body.data.map((association: { name: string }) => association.name)).toContain('Ассоциация дизайнеров мебели');
  });

  it('keeps the search text up to date when an editor changes a field', async () => {
    const documents = cms.strapi.documents('api::event.event');
    const event = (await documents.findFirst({ locale: 'ru', status: 'draft' }))!;
    await documents.update({ documentId: event.documentId, locale: 'ru', data: { venueName: 'Лофт «Ёжик в тумане»' } as never });
    await documents.publish({ documentId: event.documentId, locale: 'ru' });
    const response = await search('events', 'ru', 'ЕЖИК').expect(200);
    expect(response.body.data.map((found: { documentId: string }) => found.documentId)).toContain(event.documentId);
  });

  (usesPostgres() ? it : it.skip)('on PostgreSQL, reads a trigram index of each searchable type, not every row', async () => {
    const indexed = async () =>
      (await cms.strapi.db.connection.raw("SELECT indexname FROM pg_indexes WHERE indexdef LIKE '%gin_trgm_ops%' ORDER BY indexname")).rows.map(
        (row: { indexname: string }) => row.indexname,
      );
    // Built in the background once the CMS has started.
    for (let tries = 0; (await indexed()).length < 4 && tries < 50; tries += 1) await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await indexed()).toEqual(['associations_search_trgm', 'events_search_trgm', 'news_articles_search_trgm', 'policy_papers_search_trgm']);
  });

  describe('on SQLite, through the full-text index', () => {
    const onSqlite = usesPostgres() ? it.skip : it;
    const knex = () => cms.strapi.db.connection;
    const foundNames = async (locale: string, query: string) =>
      (await search('associations', locale, query).expect(200)).body.data.map((association: { name: string }) => association.name).sort();
    /** What reading every row's text (LIKE) finds for the same words: the answer the index must give. */
    const namesByLike = async (locale: string, query: string) => {
      const rows = knex()('associations').select('name').where({ locale }).whereNotNull('published_at');
      for (const word of searchWords(query)) rows.andWhere('search_text', 'like', `%${word}%`);
      return (await rows).map((row: { name: string }) => row.name).sort();
    };

    onSqlite('finds what reading every row finds, and the SQL reads the index', async () => {
      const statements: string[] = [];
      const listen = (query: { sql: string }) => statements.push(query.sql);
      knex().on('query', listen);
      try {
        for (const [locale, query] of [['ru', 'мебели'], ['ru', 'ассоциация фото'], ['en', 'design 19'], ['ru', 'ыыыы'], ['en', 'of']]) {
          expect(await foundNames(locale, query)).toEqual(await namesByLike(locale, query));
        }
      } finally {
        knex().removeListener('query', listen);
      }
      expect(statements.some((sql) => /associations_search_fts\W* MATCH/.test(sql))).toBe(true);
      expect(await foundNames('ru', 'мебели')).toContain('Ассоциация дизайнеров мебели');
    });

    onSqlite('follows every change: a new word is found, a removed document is not', async () => {
      const associations = cms.strapi.documents('api::association.association');
      const created = await associations.create({ locale: 'en', data: { name: 'Quillwright Binders Guild', slug: 'quillwright-binders-guild', kind: 'existing_association' } as never });
      await associations.publish({ documentId: created.documentId, locale: 'en' });
      expect(await foundNames('en', 'quillwright')).toEqual(['Quillwright Binders Guild']);
      await associations.update({ documentId: created.documentId, locale: 'en', data: { name: 'Vellumwright Binders Guild' } as never });
      await associations.publish({ documentId: created.documentId, locale: 'en' });
      expect(await foundNames('en', 'quillwright')).toEqual([]);
      expect(await foundNames('en', 'vellumwright')).toEqual(['Vellumwright Binders Guild']);
      await associations.delete({ documentId: created.documentId, locale: 'en' });
      expect(await foundNames('en', 'vellumwright')).toEqual([]);
    });

    onSqlite('is rebuilt at start when rows were written without its triggers', async () => {
      await knex().raw('DROP TRIGGER "associations_search_fts_update"');
      const [row] = await knex()('associations').select('id', 'search_text').where({ locale: 'ru' }).whereNotNull('published_at').limit(1);
      await knex()('associations').where({ id: row.id }).update({ search_text: `${row.search_text} зеркальщики` });
      expect(await ensureFullTextIndexes(cms.strapi)).toEqual(['associations']);
      expect(await foundNames('ru', 'зеркальщики')).toHaveLength(1);
      await knex()('associations').where({ id: row.id }).update({ search_text: row.search_text });
      expect(await foundNames('ru', 'зеркальщики')).toEqual([]);
    });
  });
});

describe('the long public lists', () => {
  const knex = () => cms.strapi.db.connection;

  /**
   * How the database plans the SQL that the CMS ran for one page of a public list. On PostgreSQL,
   * reading the table, bitmaps and sorting are ruled out: its tables here are too small for an
   * ordered index to be worth reading, so the plan shows which index gives the order cheapest.
   */
  async function planOfPage(path: string, table: string) {
    const statements: { sql: string; bindings: unknown[] }[] = [];
    const listen = (query: { sql: string; bindings: unknown[] }) => statements.push(query);
    knex().on('query', listen);
    try {
      await api().get(path).expect(200);
    } finally {
      knex().removeListener('query', listen);
    }
    const page = statements.find(({ sql }) => new RegExp(`from (\\S+\\.)?[\`"]${table}[\`"]`, 'i').test(sql) && /order by.*limit/is.test(sql));
    if (!page) throw new Error(`no paged query on ${table} among: ${statements.map(({ sql }) => sql).join('\n')}`);
    const sql = page.sql.replace(/\$\d+/g, '?');
    if (!usesPostgres()) return JSON.stringify(await knex().raw(`EXPLAIN QUERY PLAN ${sql}`, page.bindings as never));
    return knex().transaction(async (transaction) => {
      for (const method of ['seqscan', 'bitmapscan', 'sort']) await transaction.raw(`SET LOCAL enable_${method} = off`);
      return JSON.stringify((await transaction.raw(`EXPLAIN ${sql}`, page.bindings as never)).rows);
    });
  }

  it.each([
    ['the catalogue', '/api/associations?locale=ru&sort[0]=name:asc&pagination[page]=2&pagination[pageSize]=10', 'associations', 'name'],
    ['the events', '/api/events?locale=en&sort[0]=startsAt:desc&pagination[pageSize]=5', 'events', 'starts_at'],
    ['the news', '/api/news-articles?locale=ru&sort[0]=date:desc&sort[1]=title:asc&pagination[page]=2&pagination[pageSize]=5', 'news_articles', 'date'],
  ])('%s: a page reads an index of the published rows alone, not the drafts', async (_list, path, table, orderColumn) => {
    expect(await planOfPage(path, table)).toContain(`${table}_published_${orderColumn}`);
  });
});

const binary = (response: request.Response, callback: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  response.on('data', (chunk: Buffer) => chunks.push(chunk));
  response.on('end', () => callback(null, Buffer.concat(chunks)));
};

describe('the published catalogue (PDF)', () => {
  it('is typeset from the published associations, in the language asked for (a draft is left out)', async () => {
    const associations = cms.strapi.documents('api::association.association');
    const draft = await associations.create({ locale: 'en', data: { name: 'Draft Only Guild', slug: 'draft-only-guild', kind: 'existing_association' } as never });
    const published = await associations.count({ locale: 'en', status: 'published' });
    expect(await associations.count({ locale: 'en', status: 'draft' })).toBe(published + 1);
    const response = await api().get('/api/catalogue.pdf?locale=en').buffer(true).parse(binary).expect(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toBe('inline; filename="catalogue-of-associations.pdf"');
    expect(Number(response.headers['x-catalogue-entries'])).toBe(published);
    expect((response.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');
    await associations.delete({ documentId: draft.documentId, locale: '*' });
  });

  it("a sector's edition has that sector's associations only", async () => {
    const response = await api().get('/api/catalogue.pdf?locale=ru&sector=design').buffer(true).parse(binary).expect(200);
    const inSector = await cms.strapi.documents('api::association.association').count({ locale: 'ru', status: 'published', filters: { sectors: { slug: 'design' } } });
    expect(Number(response.headers['x-catalogue-entries'])).toBe(inSector);
    expect(response.headers['content-disposition']).toContain('katalog-obedinenij-design.pdf');
  });

  it('refuses an unknown sector, a missing language and other parameters, with a sentence', async () => {
    expect((await api().get('/api/catalogue.pdf?locale=en&sector=nonexistent').expect(404)).body.error.message).toBe('There is no such sector in the catalogue.');
    expect((await api().get('/api/catalogue.pdf?locale=en&sector=nonexistent&volume=2').expect(404)).body.error.message).toBe('There is no such sector in the catalogue.');
    await api().get('/api/catalogue.pdf').expect(400);
    await api().get('/api/catalogue.pdf?locale=en&status=draft').expect(400);
    for (const volume of ['0', '-1', '1.5', 'two']) await api().get(`/api/catalogue.pdf?locale=en&volume=${volume}`).expect(400);
  });

  it('a catalogue larger than a volume is printed in volumes, in the order of names, each association in one', async () => {
    process.env.CATALOGUE_VOLUME_SIZE = '20';
    try {
      const published = await cms.strapi.documents('api::association.association').count({ locale: 'ru', status: 'published' });
      const volumes = Math.ceil(published / 20);
      expect(volumes).toBeGreaterThan(1);
      const editions = [];
      for (let volume = 1; volume <= volumes; volume += 1) {
        const response = await api().get(`/api/catalogue.pdf?locale=ru&volume=${volume}`).buffer(true).parse(binary).expect(200);
        expect(response.headers['x-catalogue-volume']).toBe(String(volume));
        expect(response.headers['x-catalogue-volumes']).toBe(String(volumes));
        expect(response.headers['content-disposition']).toContain(`katalog-obedinenij-tom-${volume}.pdf`);
        editions.push(Number(response.headers['x-catalogue-entries']));
      }
      expect(editions.slice(0, -1).every((entries) => entries === 20)).toBe(true);
      expect(editions.reduce((total, entries) => total + entries, 0)).toBe(published);
      // Without a volume, the first; past the last, a 404 that says how many there are.
      const first = await api().get('/api/catalogue.pdf?locale=en').buffer(true).parse(binary).expect(200);
      expect(first.headers['x-catalogue-volume']).toBe('1');
      const past = await api().get(`/api/catalogue.pdf?locale=en&volume=${volumes + 1}`).expect(404);
      expect(past.body.error.message).toBe(`There is no such volume: the catalogue has ${volumes}.`);
    } finally {
      delete process.env.CATALOGUE_VOLUME_SIZE;
    }
    // A catalogue within one volume says so, and its file name has no volume.
    const whole = await api().get('/api/catalogue.pdf?locale=en').buffer(true).parse(binary).expect(200);
    expect(whole.headers['x-catalogue-volumes']).toBe('1');
    expect(whole.headers['content-disposition']).toBe('inline; filename="catalogue-of-associations.pdf"');
  });

  it('is typeset once for everyone who asks, and again after a change to what it is made of', async () => {
    const ask = () => api().get('/api/catalogue.pdf?locale=ru&sector=music').buffer(true).parse(binary).expect(200);
    // Asked twice at once: one typesetting, the same edition to both.
    const [first, second] = await Promise.all([ask(), ask()]);
    expect(Buffer.compare(first.body as Buffer, second.body as Buffer)).toBe(0);
    expect((await ask()).headers['last-modified']).toBe(first.headers['last-modified']);
    // Any change to an association, a sector or the site settings (a draft saved too) makes a new edition.
    const sectors = cms.strapi.documents('api::sector.sector');
    const music = (await sectors.findFirst({ locale: 'ru', status: 'draft', filters: { slug: 'music' } }))!;
    await sectors.update({ documentId: music.documentId, locale: 'ru', data: { name: music.name } as never });
    await new Promise((resolve) => setTimeout(resolve, 1000)); // Last-Modified counts whole seconds
    expect((await ask()).headers['last-modified']).not.toBe(first.headers['last-modified']);
  });
});

describe("what a catalogue edition holds (the catalogue page's question)", () => {
  it('is said at once from a count, and its size and date once the first volume is typeset', async () => {
    const published = await cms.strapi.documents('api::association.association').count({ locale: 'en', status: 'published', filters: { sectors: { slug: 'design' } } });
    const info = await api().get('/api/catalogue-edition?locale=en&sector=design').expect(200);
    expect(info.body.data).toMatchObject({ volumes: 1, entries: published, fileName: 'catalogue-of-associations-design.pdf' });
    // Asking starts the typesetting, behind any a visitor waits for: the PDF asked now is that edition.
    const pdf = await api().get('/api/catalogue.pdf?locale=en&sector=design').buffer(true).parse(binary).expect(200);
    const typeset = (await api().get('/api/catalogue-edition?locale=en&sector=design').expect(200)).body.data.typeset;
    expect(typeset.bytes).toBe((pdf.body as Buffer).byteLength);
    expect(new Date(typeset.madeAt).toUTCString()).toBe(pdf.headers['last-modified']);
  });

  it('counts the volumes of a large catalogue and the first one', async () => {
    process.env.CATALOGUE_VOLUME_SIZE = '20';
    try {
      const published = await cms.strapi.documents('api::association.association').count({ locale: 'ru', status: 'published' });
      const info = (await api().get('/api/catalogue-edition?locale=ru').expect(200)).body.data;
      expect(info).toMatchObject({ volumes: Math.ceil(published / 20), entries: 20, fileName: 'katalog-obedinenij-tom-1.pdf' });
      // The volume the question started to typeset, waited for here.
      const first = await api().get('/api/catalogue.pdf?locale=ru').buffer(true).parse(binary).expect(200);
      expect(first.headers['x-catalogue-entries']).toBe('20');
    } finally {
      delete process.env.CATALOGUE_VOLUME_SIZE;
    }
  });

  it('refuses an unknown sector and other parameters, with a sentence', async () => {
    expect((await api().get('/api/catalogue-edition?locale=ru&sector=nonexistent').expect(404)).body.error.message).toBe('Такой отрасли нет в каталоге.');
    await api().get('/api/catalogue-edition').expect(400);
    await api().get('/api/catalogue-edition?locale=en&volume=2').expect(400);
    await api().get('/api/catalogue-edition?locale=en&status=draft').expect(400);
  });
});

describe('the outcomes', () => {
  const countedRules = indicatorRuleValues.filter((rule): rule is Exclude<IndicatorRule, 'manual'> => rule !== 'manual');
  const period: Pick<Indicator, 'periodStart' | 'periodEnd'> = { periodStart: '2026-01-01', periodEnd: null };

  it.each(['ru', 'en'] as const)('the report counts each rule as the public REST API does (%s), a draft left out', async (locale) => {
    const events = cms.strapi.documents('api::event.event');
    const draft = await events.create({ locale, data: { title: 'Draft session', slug: `draft-session-${locale}`, kind: 'working_session', startsAt: '2026-02-01T10:00:00.000Z' } as never });
    const reader = publishedContentReader(cms.strapi);
    const now = new Date();
    for (const rule of countedRules) {
      const { collection, filters } = ruleQuery(rule, period, now);
      const rest = await api().get(`/api/${collection}?${toQueryString({ locale, filters, pagination: { page: 1, pageSize: 1 } })}`).expect(200);
      expect({ rule, count: await countByRule(reader, locale, rule, period, now) }).toEqual({ rule, count: rest.body.meta.pagination.total });
    }
    await events.delete({ documentId: draft.documentId, locale: '*' });
  });

  it('typesets the report as a dated PDF in the language asked for', async () => {
    const response = await api().get('/api/outcomes-report.pdf?locale=en').buffer(true).parse(binary).expect(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toBe(`inline; filename="outcomes-report-${new Date().toISOString().slice(0, 10)}.pdf"`);
    expect((response.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('refuses a report without a language or with other parameters, with a sentence', async () => {
    expect((await api().get('/api/outcomes-report.pdf').expect(400)).body.error.message).toBeTruthy();
    await api().get('/api/outcomes-report.pdf?locale=en&populate=*').expect(400);
    await api().get('/api/outcomes-report.pdf?locale=de').expect(400);
  });

  it("lists the inventory's need themes in both languages, each with the published associations that named it", async () => {
    const associations = cms.strapi.documents('api::association.association');
    const draft = await associations.create({ locale: 'ru', data: { name: 'Черновое объединение', slug: 'chernovoe-obedinenie', kind: 'existing_association' } as never });
    const themes = cms.strapi.documents('api::need-theme.need-theme');
    const [premises] = await themes.findMany({ locale: 'ru', status: 'draft', filters: { slug: 'pomeshcheniya-i-arenda' }, populate: { associations: { fields: ['documentId'] } } } as never);
    await themes.update({ documentId: premises.documentId, locale: 'ru', data: { associations: [...(premises as unknown as { associations: { documentId: string }[] }).associations.map((a) => a.documentId), draft.documentId] } as never });
    await themes.publish({ documentId: premises.documentId, locale: 'ru' });

    for (const locale of ['ru', 'en']) {
      const response = await api().get(`/api/need-themes?locale=${locale}&populate[associations][fields][0]=name&sort=order:asc`).expect(200);
      expect(response.body.data).toHaveLength(demoContent.needThemes.length);
      expect(response.body.data[0].title).toBe(demoContent.needThemes[0].title[locale as 'ru' | 'en']);
      expect(response.body.data[0].associations.length).toBeGreaterThan(5);
      expectNothingPrivate(response.body);
    }
    const ru = await api().get('/api/need-themes?locale=ru&filters[slug][$eq]=pomeshcheniya-i-arenda&populate[associations][fields][0]=name').expect(200);
    expect(ru.body.data[0].associations.map((association: { name: string }) => association.name)).not.toContain('Черновое объединение');
    await associations.delete({ documentId: draft.documentId, locale: '*' });
  });
});

describe("editors' previews", () => {
  const secret = 'test-preview-secret';
  const uid = 'api::association.association';
  let draftId: string;

  beforeAll(async () => {
    process.env.PREVIEW_SECRET = secret;
    process.env.SITE_URL = 'https://forum.example';
    const draft = await cms.strapi.documents(uid).create({ locale: 'en', data: { name: 'Preview Only Guild', slug: 'preview-only-guild', kind: 'existing_association' } as never });
    draftId = draft.documentId;
  });

  afterAll(async () => {
    await cms.strapi.documents(uid).delete({ documentId: draftId, locale: '*' });
    delete process.env.PREVIEW_SECRET;
    delete process.env.SITE_URL;
  });

  it('give drafts to the portal previewing with the preview secret, and to nobody else', async () => {
    const asked = `/api/associations?locale=en&status=draft&filters[slug][$eq]=preview-only-guild`;
    await api().get(asked).expect(403);
    await api().get(asked).set(previewSecretHeader, 'a-guess').expect(403);
    const answer = await api().get(asked).set(previewSecretHeader, secret).expect(200);
    expect(answer.body.data.map((association: { name: string }) => association.name)).toEqual(['Preview Only Guild']);
    expectNothingPrivate(answer.body);
  });

  it("link a draft to a signed preview of its page in the language edited, and the published version to its public page", async () => {
    const draftUrl = new URL((await previewUrlOf(cms.strapi, uid, { documentId: draftId, locale: 'en', status: 'draft' }))!);
    expect(`${draftUrl.origin}${draftUrl.pathname}`).toBe('https://forum.example/api/preview');
    const link = previewLinkSchema.parse(Object.fromEntries(draftUrl.searchParams));
    expect(link.path).toBe('/en/associations/preview-only-guild');
    expect(await isValidPreviewLink(link, secret)).toBe(true);
    expect(await isValidPreviewLink(link, 'another-secret')).toBe(false);

    const [published] = await cms.strapi.documents(uid).findMany({ locale: 'ru', status: 'published', limit: 1 });
    expect(await previewUrlOf(cms.strapi, uid, { documentId: published.documentId, locale: 'ru', status: 'published' })).toBe(`https://forum.example/ru/associations/${(published as unknown as { slug: string }).slug}`);
  });

  it('show content without a page of its own where the portal shows it, and nothing for what it does not show', async () => {
    const pathOf = async (contentUid: string, locale = 'ru') => {
      const [document] = await cms.strapi.documents(contentUid as never).findMany({ locale, limit: 1 } as never);
      const url = await previewUrlOf(cms.strapi, contentUid, { documentId: (document as unknown as { documentId: string }).documentId, locale, status: 'draft' });
      return url && new URL(url).searchParams.get('path');
    };
    expect(await pathOf('api::global.global')).toBe('/ru');
    expect(await pathOf('api::indicator.indicator', 'en')).toBe('/en/outcomes');
    expect(await pathOf('api::need-theme.need-theme')).toBe('/ru/outcomes/needs');
    expect(await pathOf('api::pilot-project.pilot-project')).toBeNull();
    expect(await previewUrlOf(cms.strapi, uid, { documentId: draftId, locale: 'de', status: 'draft' })).toBeNull();
  });
});

describe('slugs', () => {
  const uid = 'api::association.association';

  it('are made from Russian titles in Latin letters, unique in the language', async () => {
    const uids = cms.strapi.plugin('content-manager').service('uid');
    const generate = (name: string) => uids.generateUIDField({ contentTypeUID: uid, field: 'slug', data: { name }, locale: 'ru' });
    expect(await generate('Ассоциация дизайнеров мебели «Щука»')).toBe('assotsiatsiya-dizaynerov-mebeli-shchuka');
    const [taken] = await cms.strapi.documents(uid).findMany({ locale: 'ru', status: 'draft', limit: 1, fields: ['name', 'slug'] });
    expect(await generate((taken as unknown as { name: string }).name)).not.toBe((taken as unknown as { slug: string }).slug);
  });

  it('changed on publishing keep the old address, which leads to the new one until the slug comes back', async () => {
    const documents = cms.strapi.documents(uid);
    const created = await documents.create({ locale: 'en', data: { name: 'Moving Guild', slug: 'moving-guild', kind: 'existing_association' } as never });
    await documents.publish({ documentId: created.documentId, locale: 'en' });
    const resolve = (slug: string) => api().get(`/api/slug-redirects/resolve?collection=associations&locale=en&slug=${slug}`);
    expect((await resolve('moving-guild').expect(404)).body.error.message).toBe('Nothing was at this address.');

    await documents.update({ documentId: created.documentId, locale: 'en', data: { slug: 'moved-guild' } as never });
    await documents.publish({ documentId: created.documentId, locale: 'en' });
    expect((await resolve('moving-guild').expect(200)).body.data).toEqual({ slug: 'moved-guild' });
    await documents.update({ documentId: created.documentId, locale: 'en', data: { slug: 'moved-again-guild' } as never });
    await documents.publish({ documentId: created.documentId, locale: 'en' });
    expect((await resolve('moving-guild').expect(200)).body.data).toEqual({ slug: 'moved-again-guild' });
    expect((await resolve('moved-guild').expect(200)).body.data).toEqual({ slug: 'moved-again-guild' });

    // The first slug again: its address is the guild's own, no redirect leads away from it.
    await documents.update({ documentId: created.documentId, locale: 'en', data: { slug: 'moving-guild' } as never });
    await documents.publish({ documentId: created.documentId, locale: 'en' });
    await resolve('moving-guild').expect(404);
    // Nor in the other language, nor for another collection.
    await api().get('/api/slug-redirects/resolve?collection=associations&locale=ru&slug=moved-guild').expect(404);
    await api().get('/api/slug-redirects/resolve?collection=events&locale=en&slug=moved-guild').expect(404);

    await documents.delete({ documentId: created.documentId, locale: '*' });
    await resolve('moved-guild').expect(404);
    expect(await cms.strapi.db.query('api::slug-redirect.slug-redirect').count({ where: { targetDocumentId: created.documentId } })).toBe(0);
  });

  it('refuse a malformed question, and the list of old slugs is not public', async () => {
    await api().get('/api/slug-redirects/resolve?collection=users&locale=en&slug=x').expect(400);
    await api().get('/api/slug-redirects/resolve?collection=associations&locale=en&slug=Not%20a%20slug').expect(400);
    await api().get('/api/slug-redirects/resolve?collection=associations&locale=en&slug=x&populate=*').expect(400);
    await api().get('/api/slug-redirects').expect(404);
  });
});

describe('scheduled publishing', () => {
  it('publishes a news draft once its time has come, once, and a later one only then', async () => {
    const news = cms.strapi.documents('api::news-article.news-article');
    const due = await news.create({ locale: 'en', data: { title: 'Scheduled News', slug: 'scheduled-news', date: '2026-11-20T10:00:00.000Z', publishAt: '2026-11-20T09:00:00.000Z', source: 'editorial' } as never });
    const later = await news.create({ locale: 'en', data: { title: 'Later News', slug: 'later-news', date: '2026-11-20T10:00:00.000Z', publishAt: '2099-01-01T09:00:00.000Z', source: 'editorial' } as never });
    const published = (slug: string) => api().get(`/api/news-articles?locale=en&filters[slug][$eq]=${slug}`).then((response) => response.body.data as { publishedAt: string }[]);
    expect(await published('scheduled-news')).toHaveLength(0);

    await publishDue(cms.strapi, new Date('2026-11-20T09:00:30.000Z'));
    const [first] = await published('scheduled-news');
    expect(first).toBeDefined();
    expect(await published('later-news')).toHaveLength(0);

    // A minute later nothing is due again: the same version is not published a second time.
    expect(await publishDue(cms.strapi, new Date('2026-11-20T09:01:30.000Z'))).toBe(0);
    expect((await published('scheduled-news'))[0].publishedAt).toBe(first.publishedAt);

    await news.delete({ documentId: due.documentId, locale: '*' });
    await news.delete({ documentId: later.documentId, locale: '*' });
  });
});
