// `npm start`: install what is missing, write the .env files, build what changed, then serve the
// CMS (which seeds the demo content on its first start) and the portal. Ctrl-C stops both.
// The CMS starts before the portal is built: the portal's pages are prerendered from its content.
import path from 'node:path';
import {
  buildIfChanged, buildShared, cmsDir, compileCms, ensureEnvFiles, ensureInstalled, log, readEnvFile, root, run, startServer, stopAll,
  waitForUrl, webDir,
} from './lib.mjs';

const cmsPort = process.env.CMS_PORT ?? '1337';
const webPort = process.env.WEB_PORT ?? '3000';
const cmsUrl = `http://127.0.0.1:${cmsPort}`;
const env = {
  CMS_PORT: cmsPort,
  CMS_URL: cmsUrl,
  SITE_URL: process.env.SITE_URL ?? `http://localhost:${webPort}`,
  WEB_URL: `http://127.0.0.1:${webPort}`,
  CORS_ORIGINS: process.env.CORS_ORIGINS ?? `http://localhost:${webPort},http://127.0.0.1:${webPort}`,
  STRAPI_TELEMETRY_DISABLED: 'true',
  NEXT_TELEMETRY_DISABLED: '1',
};

process.on('SIGINT', () => stopAll(0));
process.on('SIGTERM', () => stopAll(0));

async function main() {
  const started = Date.now();
  ensureInstalled();
  ensureEnvFiles();
  buildShared();
  // The admin panel (a minute and 2 GB to build) only changes with cms/src/admin and the packages;
  // the server code compiles in seconds.
  buildIfChanged('cms-admin', {
    inputs: [path.join(cmsDir, 'src', 'admin'), path.join(cmsDir, 'package.json')],
    output: path.join(cmsDir, 'dist', 'build', 'index.html'),
    build: () => run('npm', ['run', 'build', '-w', 'cms'], { env }),
  });
  buildIfChanged('cms-server', {
    inputs: [path.join(root, 'shared', 'src'), path.join(cmsDir, 'src'), path.join(cmsDir, 'config'), path.join(cmsDir, 'tsconfig.json')],
    output: path.join(cmsDir, 'dist', 'src', 'index.js'),
    build: () => compileCms(env),
  });

  log(`starting the CMS on ${cmsUrl} (the first start seeds the demo content)`);
  startServer('cms', 'npx', ['strapi', 'start'], { cwd: cmsDir, env });
  await waitForUrl(`${cmsUrl}/_health`, 600000);

  buildIfChanged('web', {
    inputs: [path.join(root, 'shared', 'src'), webDir],
    output: path.join(webDir, '.next', 'BUILD_ID'),
    build: () => run('npm', ['run', 'build', '-w', 'web'], { env }),
  });
  startServer('web', 'npx', ['next', 'start', '-p', webPort], { cwd: webDir, env });
  await waitForUrl(`http://127.0.0.1:${webPort}/ru`);

  const cmsEnv = { ...readEnvFile(path.join(cmsDir, '.env')), ...process.env };
  log(`ready in ${Math.round((Date.now() - started) / 1000)} s`);
  log(`portal:  http://localhost:${webPort}  (Russian /ru, English /en)`);
  log(`admin:   http://localhost:${cmsPort}/admin`);
  if (cmsEnv.ADMIN_EMAIL && cmsEnv.ADMIN_PASSWORD) {
    log(`log in as ${cmsEnv.ADMIN_EMAIL} / ${cmsEnv.ADMIN_PASSWORD}  (from cms/.env; the account is created at the first start)`);
  }
  log('Ctrl-C stops both servers');
}

// A failed step stops the servers already started instead of leaving them behind.
main().catch((error) => {
  console.error(error.message);
  stopAll(1);
});
