// `npm run backup` and `npm run restore FILE` on the CMS's real database (SQLite, or PostgreSQL in
// CI): content is made, backed up, everything is wiped, and the restore brings back every row of
// every table — entries in both languages, relations, media records, accounts, admin users — and every
// uploaded file, byte for byte; the CMS starts on it and serves it.
import { execFile, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import request from 'supertest';
import { editorRoleCode } from '../src/bootstrap/admin-roles';
import { adminAuthorization, startTestCms, type TestCms } from './strapi-instance';

let cms: TestCms;
const api = () => request(cms.strapi.server.httpServer);
const repository = path.resolve(__dirname, '..', '..');
const backupsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'forum-backups-'));

/** Runs one of the npm scripts as an operator would (no CMS answers on the port it checks). */
function script(name: 'backup' | 'restore', ...args: string[]) {
  const result = spawnSync('node', [`scripts/${name}.mjs`, ...args], { cwd: repository, env: { ...process.env, CMS_PORT: '9' }, encoding: 'utf8' });
  expect({ name, status: result.status, stderr: result.stderr }).toEqual({ name, status: 0, stderr: '' });
  return result.stdout;
}

/** Strapi draws the time of its weekly media metrics anew at every start: not content. */
const redrawnAtStart = (table: string, row: Record<string, unknown>) => table === 'strapi_core_store_settings' && row.key === 'plugin_upload_metrics';

/** Every row of every table, in a stable order. */
async function databaseRows(): Promise<Record<string, string[]>> {
  const knex = cms.strapi.db.connection;
  const tables: string[] =
    cms.strapi.db.dialect.client === 'sqlite'
      ? (await knex.raw("select name from sqlite_master where type = 'table' and name not like 'sqlite_%'")).map((row: { name: string }) => row.name)
      : (await knex.raw("select tablename as name from pg_tables where schemaname = 'public'")).rows.map((row: { name: string }) => row.name);
  const rows: Record<string, string[]> = {};
  for (const table of tables.sort()) {
    const all: Record<string, unknown>[] = await knex(table).select();
    rows[table] = all.filter((row) => !redrawnAtStart(table, row)).map((row) => JSON.stringify(row)).sort();
  }
  return rows;
}

/** Every uploaded file's path and SHA-256. */
function uploadedFiles(): Record<string, string> {
  const dir = path.join(process.env.PUBLIC_DIR!, 'uploads');
  const files: Record<string, string> = {};
  if (!fs.existsSync(dir)) return files;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    files[path.relative(dir, file)] = crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
  }
  return files;
}

beforeAll(async () => {
  cms = await startTestCms();
});

afterAll(async () => {
  await cms?.stop();
  fs.rmSync(backupsDir, { recursive: true, force: true });
});

it('brings back every entry, translation, relation, account and file after the data is lost', async () => {
  // Made after the seed: a logo, an association in two languages linked to a sector and the logo,
  // an admin user (Strapi's own export would leave that out).
  await adminAuthorization(cms, editorRoleCode);
  const logo = await sharp({ create: { width: 64, height: 64, channels: 3, background: '#7a1f3d' } }).png().toBuffer();
  const logoFile = path.join(backupsDir, 'restore-check.png');
  fs.writeFileSync(logoFile, logo);
  const [uploaded] = await cms.strapi.plugin('upload').service('upload').upload({
    data: { fileInfo: { name: 'restore-check.png', alternativeText: 'Restore check' } },
    files: { filepath: logoFile, originalFilename: 'restore-check.png', mimetype: 'image/png', size: logo.length },
  });
  const sector = await cms.strapi.documents('api::sector.sector').findFirst({ locale: 'ru', status: 'published' });
  const associations = cms.strapi.documents('api::association.association');
  const created = await associations.create({
    locale: 'ru',
    data: { name: 'Союз проверки восстановления', slug: 'soyuz-proverki-vosstanovleniya', kind: 'existing_association', allianceMembership: 'member', sectors: [sector!.documentId], logo: uploaded.id } as never,
  });
  await associations.update({
    documentId: created.documentId,
    locale: 'en',
    data: { name: 'Restore Check Union', slug: 'restore-check-union', kind: 'existing_association', allianceMembership: 'member', sectors: [sector!.documentId], logo: uploaded.id } as never,
  });
  await associations.publish({ documentId: created.documentId, locale: '*' });

  // As the CMS leaves its data once it has started on it (every start settles roles and settings).
  await cms.stopServer();
  await cms.startServer();
  const rowsBefore = await databaseRows();
  const filesBefore = uploadedFiles();
  expect(Object.keys(filesBefore).length).toBeGreaterThan(1);
  await cms.stopServer();

  const written = script('backup', '--out', backupsDir);
  const archive = /Backup written: (\S+\.tar\.gz)/.exec(written)?.[1];
  expect(archive && fs.existsSync(archive)).toBe(true);

  await cms.wipe();
  expect(uploadedFiles()).toEqual({});
  expect(script('restore', archive!)).toMatch(/^Restored the backup of /);

  await cms.startServer();
  expect(uploadedFiles()).toEqual(filesBefore);
  const rowsAfter = await databaseRows();
  expect(Object.keys(rowsAfter)).toEqual(Object.keys(rowsBefore));
  for (const [table, rows] of Object.entries(rowsBefore)) {
    const after = new Set(rowsAfter[table]);
    const lost = rows.filter((row) => !after.has(row));
    expect({ table, rows: rowsAfter[table].length, lost }).toEqual({ table, rows: rows.length, lost: [] });
  }

  // And the CMS serves it: both languages, the relation, the file.
  for (const [locale, name] of [['ru', 'Союз проверки восстановления'], ['en', 'Restore Check Union']]) {
    const response = await api().get(`/api/associations/${created.documentId}?locale=${locale}&populate[sectors][fields][0]=slug&populate[logo][fields][0]=url`).expect(200);
    expect(response.body.data).toMatchObject({ name, sectors: [{ slug: sector!.slug }], logo: { url: expect.stringMatching(/^\/uploads\//) } });
    const file = await api().get(response.body.data.logo.url).expect(200);
    const served = crypto.createHash('sha256').update(file.body as Buffer).digest('hex');
    expect(served).toBe(filesBefore[response.body.data.logo.url.replace('/uploads/', '')]);
  }
});

it('refuses to restore while the CMS is running, an archive of another database, or no archive', async () => {
  // Not spawnSync: this process must go on answering while the script asks whether the CMS runs.
  const refused = (args: string[], env: Record<string, string> = {}) =>
    new Promise<{ status: number | null; stderr: string }>((resolve) => {
      execFile('node', ['scripts/restore.mjs', ...args], { cwd: repository, env: { ...process.env, CMS_PORT: '9', ...env } }, (error, _stdout, stderr) =>
        resolve({ status: error ? (error as { code?: number }).code ?? 1 : 0, stderr }),
      );
    });
  expect((await refused(['/no/such/archive.tar.gz'])).stderr).toMatch(/No archive at \/no\/such\/archive\.tar\.gz/);
  const [archive] = fs.readdirSync(backupsDir).filter((name) => name.endsWith('.tar.gz'));
  const otherClient = process.env.DATABASE_CLIENT === 'postgres' ? 'sqlite' : 'postgres';
  const wrongDatabase = await refused([path.join(backupsDir, archive)], { DATABASE_CLIENT: otherClient });
  expect(wrongDatabase.status).toBe(1);
  expect(wrongDatabase.stderr).toMatch(/the CMS is configured for/);
  // The CMS answers on its port: the restore would replace a database in use.
  const server = cms.strapi.server.httpServer;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = String((server.address() as { port: number }).port);
  const running = await refused([path.join(backupsDir, archive)], { CMS_PORT: port });
  await new Promise<void>((resolve) => server.close(() => resolve()));
  expect(running.status).toBe(1);
  expect(running.stderr).toMatch(/stop it first/);
});
