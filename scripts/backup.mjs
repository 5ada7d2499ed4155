// `npm run backup [-- --out DIR]`: one dated archive (backups/forum-backup-<time>.tar.gz) with the
// CMS's whole database — content in every language, relations, media records, accounts, admin
// users and their roles (Strapi's own export leaves the admin users out, so the database is dumped
// instead) — and its uploaded files. `npm run restore FILE` brings it back.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { cmsDir, root, run } from './lib.mjs';
import { cmsStorage, folderSize } from './cms-storage.mjs';

export const archiveFormat = 1;

/** Writes the archive; returns its path and what it holds. */
export async function createBackup({ outDir = path.join(root, 'backups'), environment = process.env } = {}) {
  const storage = cmsStorage(environment);
  const createdAt = new Date();
  const name = `forum-backup-${createdAt.toISOString().replace(/[:.]/g, '-')}`;
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'forum-backup-'));
  try {
    const content = path.join(work, name);
    fs.mkdirSync(content);
    let database;
    if (storage.client === 'sqlite') {
      if (!fs.existsSync(storage.file)) throw new Error(`No database at ${storage.file}: nothing to back up.`);
      // SQLite's online backup: a consistent copy even while the CMS writes.
      const Database = createRequire(path.join(cmsDir, 'package.json'))('better-sqlite3');
      const source = new Database(storage.file, { readonly: true, fileMustExist: true });
      try {
        await source.backup(path.join(content, 'database.sqlite'));
      } finally {
        source.close();
      }
      database = { client: 'sqlite', file: 'database.sqlite' };
    } else {
      // One transaction's snapshot, restorable into an empty or an existing database.
      run('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', `--file=${path.join(content, 'database.pgdump')}`], { env: storage.libpq });
      database = { client: 'postgres', file: 'database.pgdump' };
    }
    const uploads = storage.filesInBucket ? null : folderSize(storage.uploadsDir);
    if (uploads) fs.cpSync(storage.uploadsDir, path.join(content, 'uploads'), { recursive: true });
    const manifest = { format: archiveFormat, createdAt: createdAt.toISOString(), database, uploads: uploads ?? 'kept in the S3 bucket' };
    fs.writeFileSync(path.join(content, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    fs.mkdirSync(outDir, { recursive: true });
    const archive = path.join(path.resolve(outDir), `${name}.tar.gz`);
    run('tar', ['-czf', archive, '-C', work, name]);
    return { archive, manifest, bytes: fs.statSync(archive).size };
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const outIndex = process.argv.indexOf('--out');
  try {
    const { archive, manifest, bytes } = await createBackup(outIndex > 0 ? { outDir: process.argv[outIndex + 1] } : {});
    const files = typeof manifest.uploads === 'string' ? manifest.uploads : `${manifest.uploads.files} uploaded files`;
    console.log(`Backup written: ${archive} (${(bytes / 1024 / 1024).toFixed(1)} MB: the ${manifest.database.client} database and ${files}).`);
  } catch (error) {
    console.error(`Backup failed: ${error.message}`);
    process.exit(1);
  }
}
