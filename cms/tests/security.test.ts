// The CMS as an attacker sees it: every public endpoint is asked for drafts, private fields and
// admin users in every way the REST API allows, then bodies too big, paths out of the media folder,
// files that would run in a browser, and password guessing. Every attempt is refused with a 4xx, and
// nothing private or unpublished comes back.
import sharp from 'sharp';
import request from 'supertest';
import { editorRoleCode } from '../src/bootstrap/admin-roles';
import { publicCollections, publicSingleTypes } from '../src/bootstrap/public-permissions';
import { adminAuthorization, startTestCms, type TestCms } from './strapi-instance';

let cms: TestCms;
const api = () => request(cms.strapi.server.httpServer);
process.env.PORTAL_PROXY_SECRET = 'test-portal-secret';

const draftName = 'Черновик для проверки безопасности';
const draftNote = 'only-the-editors-know-this';
/** What must never appear in a public answer: a draft, a private field, an admin user. */
const leaks = [draftName, draftNote, 'internalNotes', 'editor@forum.test', 'password', 'resetPasswordToken', 'createdBy', 'updatedBy', 'registrationToken', '$2a$', '$2b$'];

/** The answer's content (an error's message may name the parameter it refuses). */
function expectNoLeak(what: string, body: { data?: unknown; meta?: unknown }) {
  const text = JSON.stringify({ data: body.data, meta: body.meta });
  expect({ what, leaked: leaks.filter((leak) => text.includes(leak)) }).toEqual({ what, leaked: [] });
}

/** Every public endpoint: each collection's list and one of its documents, each single type. */
const endpoints: string[] = [];

beforeAll(async () => {
  cms = await startTestCms();
  // The admin user who edits (createdBy/updatedBy of what they touch) and a draft with a private note.
  await adminAuthorization(cms, editorRoleCode);
  await cms.strapi.documents('api::association.association').create({
    locale: 'ru',
    data: { name: draftName, slug: 'chernovik-bezopasnosti', kind: 'nascent_association', allianceMembership: 'candidate', internalNotes: draftNote } as never,
  });
  for (const name of publicCollections) {
    const uid = `api::${name}.${name}` as const;
    const plural = cms.strapi.contentType(uid as never).info.pluralName;
    const one = await cms.strapi.documents(uid as never).findFirst({ locale: 'ru', status: 'published' });
    endpoints.push(`/api/${plural}`, ...(one ? [`/api/${plural}/${one.documentId}`] : []));
  }
  endpoints.push(...publicSingleTypes.map((name) => `/api/${name}`), '/api/endorsements');
});

afterAll(async () => {
  await cms?.stop();
});

describe('an attacker asking the public API for what is not public', () => {
  it.each(['status=draft', 'status=draft&populate=*', 'publicationState=preview', 'status=draft&locale=*'])(
    'gets no draft with ?%s on any endpoint',
    async (query) => {
      for (const endpoint of endpoints) {
        const response = await api().get(`${endpoint}?${query}`);
        expect({ endpoint, refused: response.status >= 400 && response.status < 500 }).toEqual({ endpoint, refused: true });
        expectNoLeak(`${endpoint}?${query}`, response.body);
      }
    },
  );

  it.each([
    'populate=*',
    'populate[0]=createdBy&populate[1]=updatedBy',
    'populate[createdBy][populate]=*',
    'populate[localizations][populate]=*',
    'locale=*&populate=*',
  ])('gets published content and nothing private with ?%s on any endpoint', async (query) => {
    for (const endpoint of endpoints) {
      const response = await api().get(`${endpoint}?${query}`);
      expect({ endpoint, status: response.status }).toEqual({ endpoint, status: response.status < 500 ? response.status : 'not a 5xx' });
      expectNoLeak(`${endpoint}?${query}`, response.body);
    }
  });

  // CVE-2023-22894: filtering through a relation on an admin user's password or reset token reveals it
  // one character at a time. Every such filter, sort or field selection is refused outright.
  it.each([
    'filters[createdBy][password][$startsWith]=$2',
    'filters[updatedBy][email][$contains]=@',
    'filters[createdBy][resetPasswordToken][$notNull]=true',
    'filters[$or][0][createdBy][email][$startsWith]=e',
    'filters[internalNotes][$contains]=only',
    'filters[localizations][internalNotes][$notNull]=true',
    'sort=createdBy.email',
    'sort[0]=internalNotes:asc',
    'fields[0]=internalNotes',
  ])('is refused, not answered, for ?%s', async (query) => {
    const response = await api().get(`/api/associations?${query}`);
    expect(response.status).toBe(400);
    expect(response.body.data).toBeNull();
    expect(response.body.error.message).toEqual(expect.any(String));
    expectNoLeak(query, response.body);
  });

  it('cannot reach the users, the roles, the admin users or the submissions through the API', async () => {
    for (const path of [
      '/api/users', '/api/users?populate=*', '/api/users-permissions/roles', '/api/users-permissions/permissions', '/admin/users', '/admin/roles',
      '/api/news-submissions', '/api/profile-changes', '/api/membership-applications', '/api/slug-redirects', '/api/upload/files',
    ]) {
      const response = await api().get(path);
      expect({ path, refused: [401, 403, 404, 405].includes(response.status) }).toEqual({ path, refused: true });
      expectNoLeak(path, response.body);
    }
  });

  it('is told which query parameter is unknown, instead of having it ignored', async () => {
    for (const endpoint of ['/api/associations', '/api/global', '/api/catalogue.pdf', '/api/catalogue-edition', '/api/slug-redirects/resolve']) {
      const response = await api().get(`${endpoint}?locale=en&debug=1`);
      expect({ endpoint, status: response.status }).toEqual({ endpoint, status: 400 });
      expect(response.body.error.message).toEqual(expect.any(String));
      expect(JSON.stringify(response.body.error)).toContain('debug');
    }
  });
});

describe('an attacker sending what the CMS must not take', () => {
  const visitor = (address: string) => ({ 'x-forwarded-for': address, 'x-portal-proxy-secret': 'test-portal-secret' });

  it('is refused a body larger than the limits (413), and nothing is stored', async () => {
    const applications = () => cms.strapi.db.query('api::membership-application.membership-application').count();
    const before = await applications();
    const huge = 'x'.repeat(2 * 1024 * 1024);
    await api().post('/api/membership-applications?locale=en').set(visitor('198.51.100.1')).send({ name: huge, email: 'a@example.org' }).expect(413);
    await api().post('/api/auth/local').set(visitor('198.51.100.1')).type('form').send({ identifier: huge, password: 'x' }).expect(413);
    expect(await applications()).toBe(before);
  });

  it('opens uploaded files under a policy that runs nothing', async () => {
    const [file] = await cms.strapi.db.query('plugin::upload.file').findMany({ limit: 1 });
    const response = await api().get(file.url).expect(200);
    expect(response.headers['content-security-policy']).toMatch(/^default-src 'none';/);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });

  it('cannot read files outside the media folder', async () => {
    for (const path of ['/uploads/../package.json', '/uploads/..%2f..%2fpackage.json', '/uploads/%2e%2e/%2e%2e/config/database.ts', '/uploads/....//....//.env', '/..%2f..%2fpackage.json']) {
      const response = await api().get(path);
      expect({ path, refused: [400, 403, 404].includes(response.status) }).toEqual({ path, refused: true });
      expect(response.text ?? '').not.toMatch(/devDependencies|DATABASE_|APP_KEYS/);
    }
  });

  it.each([
    ['an SVG with a script', 'logo.svg', 'image/svg+xml', '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'],
    ['an SVG named .png', 'logo.png', 'image/png', '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'],
    ['an HTML page', 'page.html', 'text/html', '<!doctype html><script>alert(1)</script>'],
    ['an HTML page named .jpg', 'photo.jpg', 'image/jpeg', '<!doctype html><script>alert(1)</script>'],
  ])("cannot put %s in the media library, even as an editor", async (_what, filename, contentType, content) => {
    const files = () => cms.strapi.db.query('plugin::upload.file').count();
    const before = await files();
    const response = await api()
      .post('/upload')
      .set(await adminAuthorization(cms, editorRoleCode))
      .attach('files', Buffer.from(content), { filename, contentType });
    expect(response.status).toBe(400);
    expect(await files()).toBe(before);
  });

  it('an editor still uploads real images and documents', async () => {
    const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#0f4c81' } }).png().toBuffer();
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
    for (const [content, filename, contentType] of [[png, 'cover.png', 'image/png'], [pdf, 'paper.pdf', 'application/pdf']] as const) {
      const response = await api().post('/upload').set(await adminAuthorization(cms, editorRoleCode)).attach('files', content, { filename, contentType });
      expect({ filename, status: response.status }).toEqual({ filename, status: 201 });
    }
  });

  it('guessing passwords is stopped after 10 tries a minute, for that visitor only', async () => {
    const guess = (address: string, password: string) =>
      api().post('/api/auth/local?locale=ru').set(visitor(address)).send({ identifier: 'rep.nobody@example.org', password });
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 11; attempt += 1) statuses.push((await guess('198.51.100.20', `guess-${attempt}`)).status);
    expect(statuses).toEqual([...Array(10).fill(400), 429]);
    // Another visitor behind the same portal is not locked out by the attacker.
    await guess('198.51.100.21', 'guess').expect(400);
    // Naming a visitor without the portal's secret proves nothing: counted by the caller's own address.
    const forged: number[] = [];
    for (let attempt = 0; attempt < 11; attempt += 1) {
      forged.push((await api().post('/api/auth/local').set({ 'x-forwarded-for': `192.0.2.${attempt}` }).send({ identifier: 'x@example.org', password: 'x' })).status);
    }
    expect(forged.at(-1)).toBe(429);
  });
});
