// Boots the real CMS for API tests, on a database of its own that is thrown away afterwards:
// a temporary SQLite file by default, a temporary PostgreSQL database when DATABASE_URL or
// DATABASE_CLIENT=postgres is set (the server named there, e.g. postgres://postgres@127.0.0.1:5432/postgres).
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { compileStrapi, createStrapi, type Core } from '@strapi/strapi';
import request from 'supertest';

const appDir = path.resolve(__dirname, '..');
const secret = () => crypto.randomBytes(16).toString('base64');

export const usesPostgres = () => Boolean(process.env.DATABASE_URL) || process.env.DATABASE_CLIENT === 'postgres';

interface TestDatabase {
  describe: string;
  /** Deletes the data and the uploaded files, as a lost disk would: an empty database remains. */
  wipe(): Promise<void>;
  /**
   * Takes the database away as a restart of its server does: every connection is cut and new ones
   * are refused until the returned function is called. Only a database server can (not SQLite).
   */
  interrupt?(): Promise<() => Promise<void>>;
  drop(): Promise<void>;
}

async function createTestDatabase(): Promise<TestDatabase> {
  const name = `forum_test_${process.pid}_${Date.now()}`;
  // The seed uploads logos and covers: into a folder of this run, not the developer's media library.
  const publicDir = path.join(appDir, '.tmp', `${name}-public`);
  fs.mkdirSync(path.join(publicDir, 'uploads'), { recursive: true });
  process.env.PUBLIC_DIR = publicDir;
  const dropFiles = () => fs.rmSync(publicDir, { recursive: true, force: true });
  if (!usesPostgres()) {
    const filename = path.join('.tmp', `${name}.db`);
    process.env.DATABASE_CLIENT = 'sqlite';
    process.env.DATABASE_FILENAME = filename;
    const file = path.join(appDir, filename);
    const dropData = () => {
      for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${file}${suffix}`, { force: true });
    };
    return {
      describe: `SQLite ${filename}`,
      wipe: async () => {
        dropData();
        dropFiles();
      },
      drop: async () => {
        dropData();
        dropFiles();
      },
    };
  }
  const serverUrl = new URL(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
  const admin = new Client({ connectionString: serverUrl.toString() });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const testUrl = new URL(serverUrl.toString());
  testUrl.pathname = `/${name}`;
  process.env.DATABASE_CLIENT = 'postgres';
  process.env.DATABASE_URL = testUrl.toString();
  const onServer = async (...statements: string[]) => {
    const client = new Client({ connectionString: serverUrl.toString() });
    await client.connect();
    for (const statement of statements) await client.query(statement);
    await client.end();
  };
  return {
    describe: `PostgreSQL ${testUrl.host}/${name}`,
    interrupt: async () => {
      await onServer(`ALTER DATABASE ${name} ALLOW_CONNECTIONS false`, `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${name}'`);
      return () => onServer(`ALTER DATABASE ${name} ALLOW_CONNECTIONS true`);
    },
    wipe: async () => {
      await onServer(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`, `CREATE DATABASE ${name}`);
      dropFiles();
      fs.mkdirSync(path.join(publicDir, 'uploads'), { recursive: true });
    },
    drop: async () => {
      await onServer(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      process.env.DATABASE_URL = serverUrl.toString();
      dropFiles();
    },
  };
}

export interface TestCms {
  strapi: Core.Strapi;
  database: string;
  /** Stops Strapi (the database and files stay), wipes them, or starts Strapi again on them. */
  stopServer(): Promise<void>;
  wipe(): Promise<void>;
  /** As TestDatabase.interrupt, undefined on SQLite. */
  interruptDatabase?: () => Promise<() => Promise<void>>;
  startServer(): Promise<void>;
  stop(): Promise<void>;
}

async function bootStrapi(): Promise<Core.Strapi> {
  const app = await compileStrapi({ appDir });
  const strapi = await createStrapi({ ...app, autoReload: false, serveAdminPanel: false }).load();
  await strapi.server.mount();
  return strapi;
}

export async function startTestCms(): Promise<TestCms> {
  const database = await createTestDatabase();
  for (const key of ['API_TOKEN_SALT', 'ADMIN_JWT_SECRET', 'TRANSFER_TOKEN_SALT', 'JWT_SECRET', 'ENCRYPTION_KEY']) {
    process.env[key] ??= secret();
  }
  process.env.APP_KEYS ??= [secret(), secret()].join(',');
  process.env.SERVE_ADMIN_PANEL = 'false';
  process.env.SEED_DEMO_CONTENT = 'true';
  process.env.STRAPI_TELEMETRY_DISABLED = 'true';
  process.env.LOG_LEVEL ??= 'warn';

  let running = true;
  const cms: TestCms = {
    strapi: await bootStrapi(),
    database: database.describe,
    async stopServer() {
      if (running) await cms.strapi.destroy();
      running = false;
    },
    wipe: () => database.wipe(),
    interruptDatabase: database.interrupt,
    async startServer() {
      cms.strapi = await bootStrapi();
      running = true;
    },
    async stop() {
      await cms.stopServer();
      await database.drop();
    },
  };
  return cms;
}

const adminLogins = new Map<string, Promise<string>>();

/** The Authorization header of an admin user with this role (created once), logged in as the admin panel does. */
export async function adminAuthorization(cms: TestCms, roleCode: string): Promise<{ Authorization: string }> {
  if (!adminLogins.has(roleCode)) {
    adminLogins.set(roleCode, (async () => {
      const password = 'Role-Test-Passw0rd!';
      const email = `${roleCode}@forum.test`;
      const role = await cms.strapi.service('admin::role').findOne({ code: roleCode });
      await cms.strapi.service('admin::user').create({ email, password, firstname: roleCode, isActive: true, registrationToken: null, roles: [role.id] });
      const login = await request(cms.strapi.server.httpServer).post('/admin/login').send({ email, password }).expect(200);
      return login.body.data.token as string;
    })());
  }
  return { Authorization: `Bearer ${await adminLogins.get(roleCode)!}` };
}
