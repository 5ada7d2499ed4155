// What `npm start` and `npm test` share: install what is missing, write the .env files, build
// what changed, run the servers. Node built-ins only: this runs before anything is installed.
import { spawn, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const cmsDir = path.join(root, 'cms');
export const webDir = path.join(root, 'web');

export function log(message) {
  console.log(`\x1b[36m[forum]\x1b[0m ${message}`);
}

/** Runs a command to completion in the foreground; throws when it fails. */
export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', cwd: root, ...options, env: { ...process.env, ...options.env } });
  if (result.error?.code === 'ENOENT') throw new Error(`${command} is not installed`);
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal})`);
}

export function timed(label, action) {
  const started = Date.now();
  const result = action();
  log(`${label}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return result;
}

/** npm ci on a fresh clone, npm install when package-lock.json changed since the last install. */
export function ensureInstalled() {
  const installedLock = path.join(root, 'node_modules', '.package-lock.json');
  if (!fs.existsSync(installedLock)) {
    timed('install (npm ci)', () => run('npm', ['ci', '--no-audit', '--no-fund']));
  } else if (fs.statSync(path.join(root, 'package-lock.json')).mtimeMs > fs.statSync(installedLock).mtimeMs) {
    timed('install (npm install)', () => run('npm', ['install', '--no-audit', '--no-fund']));
  }
}

const randomSecret = () => crypto.randomBytes(24).toString('base64url');
/** Meets the admin's password rules: upper and lower case letters and a digit. */
const randomPassword = () => `Forum-${crypto.randomBytes(9).toString('base64url')}-7a`;

function generatedValue(key) {
  if (key === 'APP_KEYS') return Array.from({ length: 4 }, randomSecret).join(',');
  if (key === 'ADMIN_PASSWORD') return randomPassword();
  return randomSecret();
}

/**
 * Writes each .env from its .env.example: a fresh value for every <generated> and, for every
 * <shared>, the same value in both files (secrets the CMS and the portal share). An existing .env
 * is kept as it is; only the settings a newer example added are appended to it.
 */
export function ensureEnvFiles() {
  const envFiles = [cmsDir, webDir].map((dir) => path.join(dir, '.env'));
  const shared = Object.assign({}, ...envFiles.map(readEnvFile));
  const fillIn = (line) =>
    line
      .replace(/^([A-Z0-9_]+)=<generated>$/, (_, key) => `${key}=${generatedValue(key)}`)
      .replace(/^([A-Z0-9_]+)=<shared>$/, (_, key) => `${key}=${(shared[key] ??= randomSecret())}`);
  for (const target of envFiles) {
    const example = fs.readFileSync(`${target}.example`, 'utf8').split('\n');
    if (!fs.existsSync(target)) {
      fs.writeFileSync(target, example.map(fillIn).join('\n'), { mode: 0o600 });
      log(`created ${path.relative(root, target)} with fresh secrets`);
      continue;
    }
    const existing = readEnvFile(target);
    const added = example.filter((line) => /^[A-Z0-9_]+=/.test(line) && !(line.split('=')[0] in existing)).map(fillIn);
    if (added.length === 0) continue;
    fs.appendFileSync(target, `${added.join('\n')}\n`);
    log(`added ${added.map((line) => line.split('=')[0]).join(', ')} to ${path.relative(root, target)}`);
  }
}

export function readEnvFile(file) {
  if (!fs.existsSync(file)) return {};
  return Object.fromEntries(
    fs
      .readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => /^[A-Z0-9_]+=/.test(line))
      .map((line) => {
        const [key, ...value] = line.split('=');
        return [key, value.join('=').replace(/^"(.*)"$/, '$1')];
      }),
  );
}

/** A fingerprint of the files a build reads, so that an unchanged tree is not built again. */
function fingerprint(dirs) {
  const hash = crypto.createHash('sha1');
  // Build output, local data and tests do not change what a build produces.
  const skip = new Set(['node_modules', 'dist', 'build', '.next', '.next-e2e', '.tmp', '.cache', '.strapi', 'coverage', 'test-results', 'public', 'tests', '.env']);
  const isTest = (name) => /\.test\.[jt]sx?$/.test(name);
  const walk = (file) => {
    const stat = fs.statSync(file);
    if (!stat.isDirectory()) {
      hash.update(`${path.relative(root, file)}:${stat.size}:${stat.mtimeMs}\n`);
      return;
    }
    for (const name of fs.readdirSync(file).sort()) {
      if (!skip.has(name) && !isTest(name)) walk(path.join(file, name));
    }
  };
  dirs.forEach(walk);
  hash.update(fs.readFileSync(path.join(root, 'package-lock.json')));
  return hash.digest('hex');
}

/** Runs `build` unless the inputs are unchanged since the last successful build (or the output is missing). */
export function buildIfChanged(name, { inputs, output, build }) {
  const stampFile = path.join(root, `.build-stamp-${name}`);
  const stamp = fingerprint(inputs);
  if (fs.existsSync(output) && fs.existsSync(stampFile) && fs.readFileSync(stampFile, 'utf8') === stamp) {
    log(`${name}: up to date`);
    return;
  }
  timed(`build ${name}`, build);
  fs.writeFileSync(stampFile, stamp);
}

export const buildShared = () =>
  buildIfChanged('shared', { inputs: [path.join(root, 'shared')], output: path.join(root, 'shared', 'dist'), build: () => run('npm', ['run', 'build', '-w', 'shared']) });

/** Compiles the CMS's TypeScript into cms/dist (without the admin panel). */
export const compileCms = (env) =>
  run('node', ['-e', "require('@strapi/strapi').compileStrapi({ appDir: process.cwd() })"], { cwd: cmsDir, env });

/** Starts a long-running server in its own process group, so that it can be stopped with its children. */
export function startServer(name, command, args, options) {
  const child = spawn(command, args, { stdio: 'inherit', detached: true, ...options, env: { ...process.env, ...options.env } });
  child.on('exit', (code, signal) => {
    if (!stopping && !child.stoppedOnPurpose) {
      log(`${name} stopped (${signal ?? `exit ${code}`}); stopping everything`);
      stopAll(1);
    }
  });
  servers.push(child);
  return child;
}

const servers = [];
let stopping = false;

/** Stops the servers started so far and waits for them to exit; the script goes on. */
export async function stopServers() {
  stopping = true;
  const running = servers.splice(0).filter((child) => child.exitCode === null && child.signalCode === null);
  const exited = running.map((child) => new Promise((resolve) => child.once('exit', resolve)));
  for (const child of running) {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
  await Promise.race([Promise.all(exited), new Promise((resolve) => setTimeout(resolve, 8000))]);
  for (const child of running) {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  stopping = false;
}

export function stopAll(code = 0) {
  if (stopping) return;
  stopping = true;
  for (const child of servers) {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
  const deadline = setTimeout(() => {
    for (const child of servers) {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
    process.exit(code);
  }, 8000);
  deadline.unref();
  Promise.all(servers.map((child) => (child.exitCode !== null || child.signalCode !== null ? null : new Promise((resolve) => child.once('exit', resolve))))).then(() => process.exit(code));
}

/** The resident memory (MB) of a process group (a server started by startServer, with its children). */
function groupMemoryMb(groupId) {
  const listing = spawnSync('ps', ['-e', '-o', 'pgid=,rss='], { encoding: 'utf8' }).stdout ?? '';
  const kilobytes = listing
    .split('\n')
    .map((line) => line.trim().split(/\s+/).map(Number))
    .filter(([group]) => group === groupId)
    .reduce((total, [, rss]) => total + rss, 0);
  return kilobytes / 1024;
}

/** Waits until a URL answers (any HTTP status below 500), or throws after `timeoutMs`. */
export async function waitForUrl(url, timeoutMs = 180000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url, { redirect: 'manual' });
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

/**
 * A CMS seeded with the demo content into a throwaway database and media folder (fresh secrets,
 * no admin panel, a known admin account), and a production build of the portal against it, built
 * into web/.next-<name> so that it never replaces the `npm start` build. For tests and benchmarks;
 * `settings`: environment of this stack's own (e.g. the CMS's CATALOGUE_VOLUME_SIZE).
 */
export async function startSeededStack({ name, cmsPort, webPort, settings = {} }) {
  const cmsUrl = `http://127.0.0.1:${cmsPort}`;
  // "localhost", not 127.0.0.1: Next names its own origin from the address it listens on, but
  // rewrites the proxy's URLs to "localhost"; with 127.0.0.1 the two differ and every proxy rewrite
  // would be treated as a request to another server.
  const webUrl = `http://localhost:${webPort}`;
  const runDir = path.join(cmsDir, '.tmp', `${name}-${Date.now()}`);
  fs.mkdirSync(path.join(runDir, 'public', 'uploads'), { recursive: true });
  const admin = { email: `${name}-admin@forum.localhost`, password: randomPassword() };
  const env = {
    CMS_PORT: cmsPort,
    HOST: '127.0.0.1',
    DATABASE_CLIENT: 'sqlite',
    DATABASE_FILENAME: path.relative(cmsDir, path.join(runDir, 'data.db')),
    PUBLIC_DIR: path.join(runDir, 'public'),
    APP_KEYS: `${randomSecret()},${randomSecret()}`,
    API_TOKEN_SALT: randomSecret(),
    ADMIN_JWT_SECRET: randomSecret(),
    TRANSFER_TOKEN_SALT: randomSecret(),
    JWT_SECRET: randomSecret(),
    ENCRYPTION_KEY: randomSecret(),
    ADMIN_EMAIL: admin.email,
    ADMIN_PASSWORD: admin.password,
    SERVE_ADMIN_PANEL: 'false',
    SEED_DEMO_CONTENT: 'true',
    STRAPI_TELEMETRY_DISABLED: 'true',
    LOG_LEVEL: 'warn',
    CMS_URL: cmsUrl,
    SITE_URL: webUrl,
    WEB_URL: webUrl,
    CORS_ORIGINS: webUrl,
    REVALIDATE_SECRET: randomSecret(),
    PORTAL_PROXY_SECRET: randomSecret(),
    PREVIEW_SECRET: randomSecret(),
    // E-mails of this run (invitations, password links) land here, for the tests to open.
    MAIL_OUTBOX_DIR: path.join(runDir, 'mail'),
    NEXT_DIST_DIR: `.next-${name}`,
    NEXT_TELEMETRY_DISABLED: '1',
    ...settings,
  };
  let cms;
  let web;
  const stop = async () => {
    await stopServers();
    fs.rmSync(runDir, { recursive: true, force: true });
  };
  /** Stops the CMS alone (the portal goes on), to see how the portal copes without it. */
  const stopCms = async () => {
    cms.stoppedOnPurpose = true;
    const exited = new Promise((resolve) => cms.once('exit', resolve));
    process.kill(-cms.pid, 'SIGTERM');
    await exited;
  };
  /** Starts the CMS (again), on the same database and files. */
  const startCms = async () => {
    cms = startServer(`cms (${name})`, 'npx', ['strapi', 'start'], { cwd: cmsDir, env });
    await waitForUrl(`${cmsUrl}/_health`, 300000);
  };
  /** Another portal instance of the same build (`extraEnv`: its own settings), stopped with the stack. */
  const startWebInstance = async (port, extraEnv = {}) => {
    startServer(`web :${port} (${name})`, 'npx', ['next', 'start', '-p', port, '-H', 'localhost'], { cwd: webDir, env: { ...env, PORT: port, ...extraEnv } });
    await waitForUrl(`http://localhost:${port}/ru`);
    return `http://localhost:${port}`;
  };
  try {
    timed(`compile the CMS (${name})`, () => compileCms(env));
    await startCms();
    timed(`build the portal (${name})`, () => run('npx', ['next', 'build'], { cwd: webDir, env }));
    web = startServer(`web (${name})`, 'npx', ['next', 'start', '-p', webPort, '-H', 'localhost'], { cwd: webDir, env });
    await waitForUrl(`${webUrl}/ru`);
  } catch (error) {
    await stop();
    throw error;
  }
  /** The resident memory (MB) of the CMS's and the portal's processes, each with its children. */
  const memory = () => ({ cms: groupMemoryMb(cms.pid), web: groupMemoryMb(web.pid) });
  return { cmsUrl, webUrl, admin, env, runDir, stop, stopCms, startCms, startWebInstance, memory };
}

/** Where nginx is installed, or undefined. */
export const findNginx = () => ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/bin/nginx'].find((file) => fs.existsSync(file));

/**
 * The front server docker-compose.yml puts before the portal (nginx with deploy/nginx/portal.conf.template,
 * its one-second page cache), run natively on `port` before a stack's portal; its URL, or null where
 * nginx is not installed. It stops with the stack.
 */
export async function startFrontServer(stack, port) {
  const nginx = findNginx();
  if (!nginx) return null;
  const dir = path.join(stack.runDir, `front-${port}`);
  fs.mkdirSync(path.join(dir, 'cache'), { recursive: true });
  const settings = {
    PORTAL_UPSTREAM: new URL(stack.webUrl).host,
    PROXY_PORT: port,
    PROXY_CACHE_DIR: path.join(dir, 'cache'),
    PROXY_TRUSTED_FROM: '127.0.0.1',
  };
  const template = fs.readFileSync(path.join(root, 'deploy', 'nginx', 'portal.conf.template'), 'utf8');
  fs.writeFileSync(path.join(dir, 'portal.conf'), template.replace(/\$\{([A-Z_]+)\}/g, (text, name) => settings[name] ?? text));
  // What the nginx image's own nginx.conf has around the template, with this run's folders.
  const temporary = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `${kind}_temp_path ${dir}/${kind}-temp;`).join(' ');
  fs.writeFileSync(
    path.join(dir, 'nginx.conf'),
    // As root, nginx's workers would drop to "nobody", who may not reach this run's folders (a clone in a private temporary folder).
    `${process.getuid?.() === 0 ? 'user root; ' : ''}worker_processes auto; pid ${dir}/nginx.pid; error_log ${dir}/error.log warn;\nevents { worker_connections 1024; }\nhttp { access_log off; ${temporary} include ${dir}/portal.conf; }\n`,
  );
  startServer(`front server :${port} (nginx)`, nginx, ['-c', path.join(dir, 'nginx.conf'), '-g', 'daemon off;'], {});
  const url = `http://localhost:${port}`;
  await waitForUrl(`${url}/ru`);
  return url;
}

/**
 * Two more portal instances of a stack's build on one Redis (the portal's REDIS_URL switch), as
 * behind a load balancer; null when no Redis answers. They stop with the stack; their keys carry a
 * prefix of this run, which `cleanup` deletes once they have stopped.
 */
export async function startSharedCacheInstances(stack, ports) {
  const redisUrl = process.env.E2E_REDIS_URL ?? 'redis://127.0.0.1:6379';
  const { createClient } = createRequire(path.join(webDir, 'package.json'))('redis');
  const redis = createClient({ url: redisUrl, socket: { reconnectStrategy: false } });
  redis.on('error', () => {});
  try {
    await redis.connect();
  } catch {
    return null;
  }
  // The cache library keeps each instance's in-memory copies in step through Redis's expiry and eviction events.
  await redis.configSet('notify-keyspace-events', 'Exe');
  const keyPrefix = `forum-test-${Date.now()}-`;
  const urls = [];
  for (const port of ports) urls.push(await stack.startWebInstance(port, { REDIS_URL: redisUrl, KEY_PREFIX: keyPrefix }));
  const cleanup = async () => {
    for (const database of [0, 1]) {
      await redis.select(database);
      for await (const key of redis.scanIterator({ MATCH: `${keyPrefix}*`, COUNT: 500 })) await redis.unlink(key);
    }
    await redis.quit();
  };
  return { urls, cleanup };
}
