// `npm run bench`: the portal's speed on this machine. Builds and starts a CMS seeded with the demo
// content and a production build of the portal (as the end-to-end tests do), then, per page type,
// measures pages on loopback with autocannon (median latency, requests per second) and the
// first-load JavaScript (gzip) of the page's <script> files. Prints the figures and writes them to
// bench/results.md. Figures, not assertions: compare them between runs on the same machine.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import autocannon from 'autocannon';
import { ensureInstalled, buildShared, log, root, startSeededStack, stopAll, webDir } from './lib.mjs';

const seconds = Number(process.env.BENCH_SECONDS ?? 8);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);

async function firstSlug(cmsUrl, collection) {
  const response = await fetch(`${cmsUrl}/api/${collection}?locale=ru&fields[0]=slug&pagination[pageSize]=1`);
  const body = await response.json();
  return body.data?.[0]?.slug;
}

/** Sum of the gzip sizes of the page's own <script src> files (what a first visit downloads). */
function firstLoadJs(html, distDir) {
  const sources = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+)"(?![^>]*noModule)/g)].map((match) => match[1]))];
  let bytes = 0;
  for (const source of sources) {
    const file = path.join(webDir, distDir, source.replace(/^\/_next\//, ''));
    if (fs.existsSync(file)) bytes += zlib.gzipSync(fs.readFileSync(file)).length;
  }
  return { scripts: sources.length, kilobytes: bytes / 1024 };
}

ensureInstalled();
buildShared();
const stack = await startSeededStack({ name: 'bench', cmsPort: process.env.BENCH_CMS_PORT ?? '1537', webPort: process.env.BENCH_WEB_PORT ?? '3537' });
const slugs = Object.fromEntries(
  await Promise.all(['associations', 'events', 'news-articles', 'policy-papers', 'sectors'].map(async (c) => [c, await firstSlug(stack.cmsUrl, c)])),
);
const pages = [
  ['home', '/ru'],
  ['catalogue', '/ru/associations'],
  ['association', `/ru/associations/${slugs.associations}`],
  ['sector', `/ru/sectors/${slugs.sectors}`],
  ['events', '/ru/events'],
  ['event', `/ru/events/${slugs.events}`],
  ['news', '/ru/news'],
  ['news article', `/ru/news/${slugs['news-articles']}`],
  ['policy papers', '/ru/policy'],
  ['policy paper', `/ru/policy/${slugs['policy-papers']}`],
  ['page (About)', '/ru/o-forume'],
  // Rendered per request (from cached reads): a list with filters, and the site search.
  ['news, filtered', '/ru/news?sector=design'],
  ['catalogue search', `/ru/associations?q=${encodeURIComponent('дизайн')}`],
  ['search', `/ru/search?q=${encodeURIComponent('дизайн')}`],
];

const rows = [];
for (const [name, pagePath] of pages) {
  const url = `${stack.webUrl}${pagePath}`;
  const warm = await fetch(url);
  const html = await warm.text();
  await fetch(url); // the second answer comes from the cache
  if (!warm.ok) {
    rows.push({ name, pagePath, note: `HTTP ${warm.status}` });
    continue;
  }
  const result = await autocannon({ url, connections, duration: seconds });
  const js = firstLoadJs(html, stack.env.NEXT_DIST_DIR);
  rows.push({ name, pagePath, p50: result.latency.p50, p99: result.latency.p99, rps: result.requests.average, errors: result.errors + result.non2xx, js });
  log(`${name}: p50 ${result.latency.p50} ms, ${Math.round(result.requests.average)} req/s, first-load JS ${js.kilobytes.toFixed(1)} kB gzip`);
}

// The published catalogue: typesetting it (the CMS does it on every call, the portal caches the result)
// and downloading it from the portal's cache.
const timed = async (url) => {
  const started = performance.now();
  const response = await fetch(url);
  const bytes = (await response.arrayBuffer()).byteLength;
  return { ms: performance.now() - started, bytes, ok: response.ok };
};
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const catalogueRows = [];
for (const [name, query] of [['whole catalogue (ru)', 'locale=ru'], ['whole catalogue (en)', 'locale=en'], [`one sector (${slugs.sectors})`, `locale=ru&sector=${slugs.sectors}`]]) {
  const runs = [];
  for (let run = 0; run < 3; run += 1) runs.push(await timed(`${stack.cmsUrl}/api/catalogue.pdf?${query}`));
  catalogueRows.push({ name, typesetMs: median(runs.map((r) => r.ms)), bytes: runs[0].bytes });
  log(`catalogue PDF, ${name}: typeset in ${Math.round(median(runs.map((r) => r.ms)))} ms, ${Math.round(runs[0].bytes / 1024)} kB`);
}
await fetch(`${stack.webUrl}/ru/associations/catalogue.pdf`);
const cachedDownload = median(await Promise.all([0, 1, 2].map(() => timed(`${stack.webUrl}/ru/associations/catalogue.pdf`))).then((runs) => runs.map((r) => r.ms)));
log(`catalogue PDF from the portal's cache: ${Math.round(cachedDownload)} ms`);
await stack.stop();

const table = [
  `# Benchmark results`,
  '',
  `${new Date().toISOString()} · ${connections} connections × ${seconds} s per page · a production build on loopback, demo content; every page is served from the cache except the last three, rendered per request from cached reads`,
  '',
  '| page | path | median latency (ms) | p99 (ms) | requests/s | errors | first-load JS (kB gzip) |',
  '| --- | --- | ---: | ---: | ---: | ---: | ---: |',
  ...rows.map((row) =>
    row.note
      ? `| ${row.name} | \`${row.pagePath}\` | ${row.note} | | | | |`
      : `| ${row.name} | \`${row.pagePath}\` | ${row.p50} | ${row.p99} | ${Math.round(row.rps)} | ${row.errors} | ${row.js.kilobytes.toFixed(1)} |`,
  ),
  '',
  '## The published catalogue (PDF)',
  '',
  'Typeset by the CMS (react-pdf in a worker thread, two passes for the page numbers), median of 3 calls; the portal caches the result until the content changes.',
  '',
  '| edition | typesetting (ms) | size (kB) |',
  '| --- | ---: | ---: |',
  ...catalogueRows.map((row) => `| ${row.name} | ${Math.round(row.typesetMs)} | ${Math.round(row.bytes / 1024)} |`),
  `| download of the whole catalogue from the portal's cache | ${Math.round(cachedDownload)} | |`,
  '',
];
fs.mkdirSync(path.join(root, 'bench'), { recursive: true });
fs.writeFileSync(path.join(root, 'bench', 'results.md'), table.join('\n'));
console.log(`\n${table.join('\n')}`);
log('written to bench/results.md');
stopAll(0);
