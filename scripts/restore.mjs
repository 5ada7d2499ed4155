// `npm run restore FILE`: brings back an archive of `npm run backup` — the database (replacing the
// current one) and the uploaded files — into the CMS configured by cms/.env and the environment.
// The CMS must be stopped while it runs; start it again afterwards.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { archiveFormat } from './backup.mjs';
import { cmsStorage } from './cms-storage.mjs';
import { run } from './lib.mjs';

async function cmsIsRunning(port) {
  try {
    return (await fetch(`http://127.0.0.1:${port}/_health`, { signal: AbortSignal.timeout(2000) })).ok;
  } catch {
    return false;
  }
}

/** Replaces `target` by `replacement` (both folders or both files), the old one removed only once the new one is in place. */
function swapInto(replacement, target) {
  const old = `${target}.before-restore`;
  fs.rmSync(old, { recursive: true, force: true });
  if (fs.existsSync(target)) fs.renameSync(target, old);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.renameSync(replacement, target);
  fs.rmSync(old, { recursive: true, force: true });
}

export async function restoreBackup(archive, { environment = process.env } = {}) {
  if (!archive || !fs.existsSync(archive)) throw new Error(`No archive at ${archive ?? '(none given)'}: npm run restore -- FILE`);
  const storage = cmsStorage(environment);
  if (await cmsIsRunning(storage.cmsPort)) throw new Error(`The CMS answers on port ${storage.cmsPort}: stop it first, then restore, then start it again.`);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'forum-restore-'));
  try {
    run('tar', ['-xzf', path.resolve(archive), '-C', work]);
    const [name] = fs.readdirSync(work);
    const content = path.join(work, name);
    const manifest = JSON.parse(fs.readFileSync(path.join(content, 'manifest.json'), 'utf8'));
    if (manifest.format !== archiveFormat) throw new Error(`This archive has format ${manifest.format}; this version restores format ${archiveFormat}.`);
    if (manifest.database.client !== storage.client) {
      throw new Error(`The archive holds a ${manifest.database.client} database; the CMS is configured for ${storage.client} (DATABASE_CLIENT).`);
    }
    const dump = path.join(content, manifest.database.file);
    if (storage.client === 'sqlite') {
      // Copied beside the database first: the swap is a rename on the same disk.
      const incoming = `${storage.file}.restoring`;
      fs.mkdirSync(path.dirname(storage.file), { recursive: true });
      fs.copyFileSync(dump, incoming);
      for (const journal of ['-wal', '-shm']) fs.rmSync(`${storage.file}${journal}`, { force: true });
      swapInto(incoming, storage.file);
    } else {
      // In one transaction: a failure leaves the database as it was.
      run('pg_restore', ['--clean', '--if-exists', '--no-owner', '--no-privileges', '--single-transaction', `--dbname=${storage.libpq.PGDATABASE}`, dump], { env: storage.libpq });
    }
    if (typeof manifest.uploads === 'object') {
      const incoming = `${storage.uploadsDir}.restoring`;
      fs.rmSync(incoming, { recursive: true, force: true });
      fs.cpSync(path.join(content, 'uploads'), incoming, { recursive: true });
      swapInto(incoming, storage.uploadsDir);
    }
    return manifest;
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    const manifest = await restoreBackup(process.argv[2]);
    const files = typeof manifest.uploads === 'string' ? 'the files are in the S3 bucket' : `${manifest.uploads.files} uploaded files`;
    console.log(`Restored the backup of ${manifest.createdAt}: the ${manifest.database.client} database and ${files}. Start the CMS again.`);
  } catch (error) {
    console.error(`Restore failed: ${error.message}`);
    process.exit(1);
  }
}
