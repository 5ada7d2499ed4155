// `npm test`: install what is missing, then every test: type checks, unit tests (shared, web),
// API tests against a real Strapi on a throwaway database, and the end-to-end journeys in
// Chromium against a CMS seeded into a throwaway database and a production build of the portal.
// Everything runs even when a step fails; the summary says which failed.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import {
  buildShared, cmsDir, ensureInstalled, log, root, run, startServer, stopAll, timed, waitForUrl, webDir,
} from './lib.mjs';

const results = [];
function step(name, action) {
  const started = Date.now();
  try {
    action();
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

const secret = () => crypto.randomBytes(24).toString('base64url');

async function endToEnd() {
  const cmsPort = process.env.E2E_CMS_PORT ?? '1437';
  const webPort = process.env.E2E_WEB_PORT ?? '3437';
  const cmsUrl = `http://127.0.0.1:${cmsPort}`;
  const runDir = path.join(cmsDir, '.tmp', `e2e-${Date.now()}`);
  fs.mkdirSync(path.join(runDir, 'public', 'uploads'), { recursive: true });
  const env = {
    // A CMS of its own: a throwaway database and media folder, fresh secrets, no admin panel.
    CMS_PORT: cmsPort,
    HOST: '127.0.0.1',
    DATABASE_CLIENT: 'sqlite',
    DATABASE_FILENAME: path.relative(cmsDir, path.join(runDir, 'data.db')),
    PUBLIC_DIR: path.join(runDir, 'public'),
    APP_KEYS: `${secret()},${secret()}`,
    API_TOKEN_SALT: secret(),
    ADMIN_JWT_SECRET: secret(),
    TRANSFER_TOKEN_SALT: secret(),
    JWT_SECRET: secret(),
    ENCRYPTION_KEY: secret(),
    SERVE_ADMIN_PANEL: 'false',
    SEED_DEMO_CONTENT: 'true',
    STRAPI_TELEMETRY_DISABLED: 'true',
    LOG_LEVEL: 'warn',
    // The portal, built into a folder of its own so that it never replaces the `npm start` build.
    CMS_URL: cmsUrl,
    SITE_URL: `http://127.0.0.1:${webPort}`,
    WEB_URL: `http://127.0.0.1:${webPort}`,
    REVALIDATE_SECRET: secret(),
    NEXT_DIST_DIR: '.next-e2e',
    NEXT_TELEMETRY_DISABLED: '1',
  };
  try {
    timed('compile the CMS', () => run('node', ['-e', "require('@strapi/strapi').compileStrapi({ appDir: process.cwd() })"], { cwd: cmsDir, env }));
    startServer('cms (e2e)', 'npx', ['strapi', 'start'], { cwd: cmsDir, env });
    await waitForUrl(`${cmsUrl}/_health`, 300000);
    timed('build the portal', () => run('npx', ['next', 'build'], { cwd: webDir, env }));
    startServer('web (e2e)', 'npx', ['next', 'start', '-p', webPort, '-H', '127.0.0.1'], { cwd: webDir, env });
    await waitForUrl(`http://127.0.0.1:${webPort}/ru`);
    const result = spawnSync('npx', ['playwright', 'test'], {
      cwd: path.join(root, 'e2e'),
      stdio: 'inherit',
      env: { ...process.env, E2E_BASE_URL: `http://127.0.0.1:${webPort}` },
    });
    if (result.status !== 0) throw new Error('playwright test failed');
  } finally {
    fs.rmSync(runDir, { recursive: true, force: true });
  }
}

const started = Date.now();
ensureInstalled();
step('build shared', buildShared);
step('shared: types up to date with the CMS schemas', () => run('node', ['shared/scripts/generate-types.mjs', '--check']));
step('typecheck', () => run('npm', ['run', 'typecheck']));
step('unit tests: shared', () => run('npm', ['test', '-w', 'shared']));
step('unit tests: web', () => run('npm', ['test', '-w', 'web']));
step('API tests: cms', () => run('npm', ['test', '-w', 'cms']));

const e2eStarted = Date.now();
try {
  ensureChromium();
  await endToEnd();
  results.push({ name: 'end-to-end: e2e', ok: true, seconds: (Date.now() - e2eStarted) / 1000 });
} catch (error) {
  log(`FAILED: end-to-end: ${error.message}`);
  results.push({ name: 'end-to-end: e2e', ok: false, seconds: (Date.now() - e2eStarted) / 1000 });
}

console.log('');
for (const result of results) log(`${result.ok ? 'ok  ' : 'FAIL'}  ${result.name}  (${result.seconds.toFixed(1)} s)`);
const failed = results.filter((result) => !result.ok).length;
log(`${failed === 0 ? 'all tests passed' : `${failed} step(s) failed`} in ${Math.round((Date.now() - started) / 1000)} s`);
stopAll(failed === 0 ? 0 : 1);
