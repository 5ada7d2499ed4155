// Where the CMS keeps what a backup must hold: its database (read from the same settings as
// cms/config/database.ts: cms/.env, overridden by the environment) and its uploaded files.
import fs from 'node:fs';
import path from 'node:path';
import { cmsDir, readEnvFile } from './lib.mjs';

export function cmsStorage(environment = process.env) {
  const env = { ...readEnvFile(path.join(cmsDir, '.env')), ...environment };
  const client = env.DATABASE_CLIENT ?? 'sqlite';
  const uploadsDir = path.join(path.resolve(cmsDir, env.PUBLIC_DIR ?? 'public'), 'uploads');
  // With an S3-compatible bucket the files are the bucket's (back it up with versioning there).
  const filesInBucket = (env.UPLOAD_PROVIDER ?? 'local') !== 'local';
  if (client === 'sqlite') {
    return { client, file: path.join(cmsDir, env.DATABASE_FILENAME ?? '.tmp/data.db'), uploadsDir, filesInBucket, env, cmsPort: env.CMS_PORT ?? '1337' };
  }
  if (client !== 'postgres') throw new Error(`Backups cover SQLite and PostgreSQL; DATABASE_CLIENT is ${client}.`);
  // pg_dump and pg_restore read the connection from libpq's variables.
  const url = env.DATABASE_URL ? new URL(env.DATABASE_URL) : null;
  const libpq = {
    PGHOST: url?.hostname || env.DATABASE_HOST || 'localhost',
    PGPORT: url?.port || env.DATABASE_PORT || '5432',
    PGDATABASE: url?.pathname.slice(1) || env.DATABASE_NAME || 'strapi',
    PGUSER: decodeURIComponent(url?.username ?? '') || env.DATABASE_USERNAME || 'strapi',
    PGPASSWORD: decodeURIComponent(url?.password ?? '') || env.DATABASE_PASSWORD || '',
  };
  return { client, libpq, uploadsDir, filesInBucket, env, cmsPort: env.CMS_PORT ?? '1337' };
}

/** The number of files and bytes under a folder. */
export function folderSize(dir) {
  let files = 0;
  let bytes = 0;
  if (!fs.existsSync(dir)) return { files, bytes };
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    files += 1;
    bytes += fs.statSync(path.join(entry.parentPath, entry.name)).size;
  }
  return { files, bytes };
}
