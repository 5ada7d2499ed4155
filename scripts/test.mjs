// `npm test`: install what is missing, then every test: type checks, unit tests (shared, web),
// API tests against a real Strapi on a throwaway database, and the end-to-end journeys in
// Chromium against a CMS seeded into a throwaway database and a production build of the portal.
// Everything runs even when a step fails; the summary says which failed.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { buildShared, ensureInstalled, log, root, run, startSeededStack, startSharedCacheInstances, stopAll } from './lib.mjs';

const results = [];

async function step(name, action) {
  const started = Date.now();
  try {
    await action();
    results.push({ name, ok: true, seconds: (Date.now() - started) / 1000 });
  } catch (error) {
    results.push({ name, ok: false, seconds: (Date.now() - started) / 1000 });
    log(`FAILED: ${name}: ${error.message}`);
  }
}

/** Debian's chromium (Playwright cannot download its own browser here). */
function ensureChromium() {
  const executable = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (fs.existsSync(executable)) return;
  if (process.getuid?.() === 0 && fs.existsSync('/usr/bin/apt-get')) {
    log('installing chromium from Debian (for the end-to-end tests)');
    run('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], { env: { DEBIAN_FRONTEND: 'noninteractive' } });
    return;
  }
  throw new Error(`No Chromium at ${executable}: install Debian's chromium or set CHROMIUM_PATH`);
}

/**
 * `docker compose config` on docker-compose.yml, with every setting of .env.example filled in (no
 * Docker engine is needed to check the file); skipped where no compose tool is installed.
 */
function checkCompose() {
  const works = (command, args) => spawnSync(command, [...args, 'version'], { stdio: 'ignore' }).status === 0;
  const compose = works('docker', ['compose']) ? ['docker', ['compose']] : works('docker-compose', []) ? ['docker-compose', []] : null;
  if (!compose) {
    log('no docker compose (nor docker-compose) here: docker-compose.yml was not checked');
    return;
  }
  const projectDir = fs.mkdtempSync(path.join(os.tmpdir(), 'forum-compose-'));
  try {
    const example = fs.readFileSync(path.join(root, '.env.example'), 'utf8');
    fs.writeFileSync(path.join(projectDir, '.env'), example.replace(/^([A-Z0-9_]+)=$/gm, '$1=checked'));
    const [command, args] = compose;
    run(command, [...args, '--file', path.join(root, 'docker-compose.yml'), '--project-directory', projectDir, '--profile', 'shared-cache', 'config', '--quiet']);
  } finally {
    fs.rmSync(projectDir, { recursive: true, force: true });
  }
}

async function endToEnd() {
  ensureChromium();
  const stack = await startSeededStack({
    name: 'e2e',
    cmsPort: process.env.E2E_CMS_PORT ?? '1437',
    webPort: process.env.E2E_WEB_PORT ?? '3437',
  });
  let sharedCache = null;
  const playwright = (args) =>
    spawnSync('npx', ['playwright', 'test', ...args], {
      cwd: path.join(root, 'e2e'),
      stdio: 'inherit',
      env: {
        ...process.env,
        E2E_BASE_URL: stack.webUrl,
        E2E_CMS_URL: stack.cmsUrl,
        E2E_ADMIN_EMAIL: stack.admin.email,
        E2E_ADMIN_PASSWORD: stack.admin.password,
        E2E_MAIL_OUTBOX: stack.env.MAIL_OUTBOX_DIR,
        E2E_SHARED_CACHE_URLS: sharedCache?.urls.join(',') ?? '',
        E2E_REVALIDATE_SECRET: stack.env.REVALIDATE_SECRET,
      },
    }).status === 0;
  try {
    // Two more instances of the same build sharing one Redis cache, for the shared-cache journey.
    sharedCache = await startSharedCacheInstances(stack, ['3438', '3439']);
    if (!sharedCache) log('no Redis on 127.0.0.1:6379 (E2E_REDIS_URL): the shared-cache journey is skipped');
    const journeys = playwright(['--grep-invert', '@cms-down|@cms-warm']);
    // Then without the CMS: cached pages must keep being served (read once more just before it stops).
    const warmed = playwright(['--grep', '@cms-warm']);
    await stack.stopCms();
    const withoutCms = playwright(['--grep', '@cms-down']);
    if (!journeys || !warmed || !withoutCms) throw new Error('playwright test failed');
  } finally {
    await stack.stop();
    await sharedCache?.cleanup();
  }
}

const started = Date.now();
ensureInstalled();
await step('build shared', buildShared);
await step('shared: types up to date with the CMS schemas', () => run('node', ['shared/scripts/generate-types.mjs', '--check']));
await step('typecheck', () => run('npm', ['run', 'typecheck']));
await step('docker-compose.yml: docker compose config', checkCompose);
await step('unit tests: shared', () => run('npm', ['test', '-w', 'shared']));
await step('unit tests: web', () => run('npm', ['test', '-w', 'web']));
await step('API tests: cms', () => run('npm', ['test', '-w', 'cms']));
await step('end-to-end: e2e', endToEnd);

console.log('');
for (const result of results) log(`${result.ok ? 'ok  ' : 'FAIL'}  ${result.name}  (${result.seconds.toFixed(1)} s)`);
const failed = results.filter((result) => !result.ok).length;
log(`${failed === 0 ? 'all tests passed' : `${failed} step(s) failed`} in ${Math.round((Date.now() - started) / 1000)} s`);
stopAll(failed === 0 ? 0 : 1);
