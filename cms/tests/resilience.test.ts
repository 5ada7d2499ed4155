// The CMS outlives a restart of its database server: while PostgreSQL is away its requests are
// refused quickly (not left hanging), and once it is back the CMS answers again by itself, without being
// restarted. SQLite is a file in the CMS's own process: nothing to restart, so this runs on
// PostgreSQL (DATABASE_URL; `.ci/run` does).
import request from 'supertest';
import { startTestCms, usesPostgres, type TestCms } from './strapi-instance';

let cms: TestCms;
const api = () => request(cms.strapi.server.httpServer);
// A request waits at most this long for a connection while the database is away.
process.env.DATABASE_CONNECTION_TIMEOUT = '3000';

const onPostgres = usesPostgres();

(onPostgres ? describe : describe.skip)('when the database server restarts', () => {
  beforeAll(async () => {
    cms = await startTestCms();
  });

  afterAll(async () => {
    await cms?.stop();
  });

  it('the CMS refuses quickly while it is away, and answers again once it is back without a restart', async () => {
    const associations = () => api().get('/api/associations?locale=ru&pagination[pageSize]=5');
    expect((await associations()).status).toBe(200);

    const databaseBack = await cms.interruptDatabase!();
    try {
      const started = Date.now();
      const during = await associations();
      // Refused (Strapi's permission check, unable to read the public role, answers 401), with no data.
      expect(during.status).toBeGreaterThanOrEqual(400);
      expect(during.body.data ?? null).toBeNull();
      expect(Date.now() - started).toBeLessThan(15_000);
    } finally {
      await databaseBack();
    }

    // The pool drops the cut connections and opens new ones.
    const deadline = Date.now() + 30_000;
    let status = 0;
    while (status !== 200 && Date.now() < deadline) {
      status = (await associations()).status;
      if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 500));
    }
    expect(status).toBe(200);
    for (let attempt = 0; attempt < 5; attempt += 1) expect((await associations()).status).toBe(200);
  });
});

if (!onPostgres) {
  it.skip('runs on PostgreSQL only (DATABASE_URL): SQLite has no server to restart', () => undefined);
}
