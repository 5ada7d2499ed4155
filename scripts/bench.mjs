// `npm run bench`: the portal's speed on this machine. Builds and starts a CMS seeded with the demo
// content and a production build of the portal (as the end-to-end tests do), then, per page type,
// measures pages on loopback with autocannon (median latency, requests per second), from the portal
// and through its front server (nginx, where installed), each against the ceiling of a static file of
// about the page's size from the same server, the first-load JavaScript (gzip) of the page's
// <script> files, and Lighthouse's scores (mobile and desktop, in the installed Chromium). Prints the
// figures and writes them to bench/results.md. Figures, not assertions: compare them between runs on
// the same machine. BENCH_LIGHTHOUSE=0 leaves Lighthouse out, BENCH_LIGHTHOUSE_RUNS sets its runs (3).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import autocannon from 'autocannon';
import { ensureInstalled, buildShared, log, root, startFrontServer, startSeededStack, stopAll, webDir } from './lib.mjs';
import { portalPages } from './portal-pages.mjs';
import { seedAtScale } from './scale-seed.mjs';

const seconds = Number(process.env.BENCH_SECONDS ?? 8);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

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
const { pages, slugs } = await portalPages(stack.cmsUrl);

const front = await startFrontServer(stack, process.env.BENCH_FRONT_PORT ?? '3538');
if (!front) log('no nginx installed: the pages are measured from the portal alone, not through its front server');

/** What a browser sends that the answer depends on: compression, and the page's language. */
const browserHeaders = (pagePath) => ({ 'accept-encoding': 'gzip, deflate, br', 'accept-language': pagePath.startsWith('/en') ? 'en-GB,en;q=0.9' : 'ru-RU,ru;q=0.9,en;q=0.8' });

// wrk (a client in C), where installed: through the front server autocannon itself is the limit
// (JavaScript reading every answer), not the server; wrk shows what the server takes.
const wrkExecutable = ['/usr/bin/wrk', '/usr/local/bin/wrk'].find((file) => fs.existsSync(file));

function wrkRate(url, headers) {
  const headerArgs = Object.entries(headers).flatMap(([name, value]) => ['-H', `${name}: ${value}`]);
  const output = execFileSync(wrkExecutable, ['-t1', `-c${connections}`, `-d${seconds}s`, ...headerArgs, url], { encoding: 'utf8' });
  return Number(/Requests\/sec:\s+([\d.]+)/.exec(output)[1]);
}

/** autocannon on one address, as a browser asks, after two warm-up requests (the second is answered from the cache); wrk too, when asked. */
async function load(url, headers, { withWrk = false } = {}) {
  await fetch(url, { headers });
  await fetch(url, { headers });
  const result = await autocannon({ url, connections, duration: seconds, headers });
  return {
    p50: result.latency.p50,
    p99: result.latency.p99,
    rps: result.requests.average,
    errors: result.errors + result.non2xx,
    wrkRps: withWrk && wrkExecutable ? wrkRate(url, headers) : undefined,
  };
}

// The ceiling of a page: a static file of the build (a script, a style sheet, a font) of about the
// page's size as sent (compressed, but fonts, which are sent as they are), served by the same server:
// what a page that costs no rendering would cost, bytes alike.
const staticDir = path.join(webDir, stack.env.NEXT_DIST_DIR, 'static');
const staticFiles = fs
  .readdirSync(staticDir, { recursive: true })
  .filter((file) => /\.(js|css|woff2?)$/.test(file))
  .map((file) => {
    const bytes = fs.readFileSync(path.join(staticDir, file));
    return { path: `/_next/static/${file.split(path.sep).join('/')}`, sentBytes: /\.woff2?$/.test(file) ? bytes.length : zlib.gzipSync(bytes).length };
  });
const ceilings = new Map();
async function ceilingOf(sentBytes, server) {
  const file = staticFiles.reduce((best, candidate) => (Math.abs(candidate.sentBytes - sentBytes) < Math.abs(best.sentBytes - sentBytes) ? candidate : best));
  const key = `${server}${file.path}`;
  if (!ceilings.has(key)) ceilings.set(key, { file, ...(await load(key, browserHeaders(''), { withWrk: server === front })) });
  return ceilings.get(key);
}

const rows = [];
for (const [name, pagePath, cached] of pages) {
  const headers = browserHeaders(pagePath);
  const warm = await fetch(`${stack.webUrl}${pagePath}`, { headers });
  const html = await warm.text();
  if (!warm.ok) {
    rows.push({ name, pagePath, note: `HTTP ${warm.status}` });
    continue;
  }
  const gzipBytes = zlib.gzipSync(html).length;
  const js = firstLoadJs(html, stack.env.NEXT_DIST_DIR);
  const measured = async (server) => ({ ...(await load(`${server}${pagePath}`, headers, { withWrk: server === front })), ceiling: cached ? await ceilingOf(gzipBytes, server) : null });
  const row = { name, pagePath, cached, js, gzipBytes, portal: await measured(stack.webUrl), front: front ? await measured(front) : null };
  rows.push(row);
  log(`${name}: the portal p50 ${row.portal.p50} ms, ${Math.round(row.portal.rps)} req/s${front ? `; through the front server p50 ${row.front.p50} ms, ${Math.round(row.front.rps)} req/s` : ''}`);
}

// Lighthouse on the pages a visitor lands on, mobile (its default: a slow phone) and desktop.
const lighthousePages = ['home', 'catalogue', 'association', 'event', 'news article', 'policy paper'];
// Runs per page and form factor (BENCH_LIGHTHOUSE_RUNS): the performance score varies from run to run
// on these cores (by 10 points and more); five, as Lighthouse's advice on variability has it.
const lighthouseRuns = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 5);

/**
 * Lighthouse's mobile CPU slowdown for a host of this BenchmarkIndex, from the table of its docs
 * (docs/throttling.md, "Calibrating the CPU slowdown"): its default 4× turns a high-end desktop
 * (1500–2000) into a mid-tier phone; from a low-end desktop (1000–1500) or a high-end phone
 * (800–1200) the same phone is 2× away; below that the host is already one. The suggested middle
 * value of each range, not the lower one the docs allow at the bottom of a bracket.
 */
const calibratedSlowdown = (benchmarkIndex) => (benchmarkIndex >= 1500 ? 4 : benchmarkIndex >= 800 ? 2 : 1);

const lighthouseResults = process.env.BENCH_LIGHTHOUSE === '0' ? null : await runLighthouse(pages.filter(([name]) => lighthousePages.includes(name)));
const lighthouseRows = lighthouseResults?.rows ?? [];

async function runLighthouse(targets) {
  const { default: lighthouse } = await import('lighthouse');
  const { default: desktopConfig } = await import('lighthouse/core/config/desktop-config.js');
  const chromeLauncher = await import('chrome-launcher');
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const options = { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] };
  /** Lighthouse's report of a page, a run it could not finish (its runtimeError, e.g. no paint seen in time) tried again up to three times. */
  const audit = async (label, url, flags, config) => {
    let runner;
    for (let attempt = 1; attempt <= 3; attempt += 1) {
      runner = await lighthouse(url, { ...options, ...flags }, config);
      if (!runner.lhr.runtimeError) break;
      log(`Lighthouse ${label}, attempt ${attempt}: ${runner.lhr.runtimeError.code}`);
    }
    return runner.lhr;
  };
  // The host's BenchmarkIndex (Lighthouse measures it at the start of every run): the median of three.
  const indices = [];
  for (let run = 0; run < 3; run += 1) indices.push((await audit('of the home page', `${stack.webUrl}/ru`, {}, undefined)).environment.benchmarkIndex);
  const benchmarkIndex = Math.round(median(indices));
  const slowdown = calibratedSlowdown(benchmarkIndex);
  log(`Lighthouse: this host's BenchmarkIndex ${benchmarkIndex} (${indices.map(Math.round).join(', ')}); mobile calibrated to a ${slowdown}× CPU slowdown`);
  const settings = [
    { formFactor: 'mobile', flags: {} },
    // On a host Lighthouse's default is sized for, the calibrated run would repeat the default one.
    ...(slowdown === 4 ? [] : [{ formFactor: `mobile, ${slowdown}× CPU`, flags: { throttling: { cpuSlowdownMultiplier: slowdown } } }]),
    { formFactor: 'desktop', flags: {}, config: desktopConfig },
  ];
  const rows = [];
  try {
    for (const [name, pagePath] of targets) {
      for (const { formFactor, flags, config } of settings) {
        const runs = [];
        for (let run = 1; run <= lighthouseRuns; run += 1) {
          const report = await audit(`${name} (${formFactor})`, `${stack.webUrl}${pagePath}`, flags, config);
          const scores = Object.fromEntries(Object.entries(report.categories).map(([id, category]) => [id, report.runtimeError ? 'error' : Math.round(category.score * 100)]));
          // The metrics the score is made of, as Lighthouse's simulation puts them: which of them costs the points.
          const metric = (id) => Math.round(report.audits[id].numericValue);
          runs.push({ scores, contentfulPaintMs: metric('first-contentful-paint'), largestPaintMs: metric('largest-contentful-paint'), totalBlockingMs: metric('total-blocking-time') });
        }
        // The run of median performance, as Lighthouse's own advice on variability has it; the range beside it.
        const ordered = runs.filter((run) => run.scores.performance !== 'error').sort((a, b) => a.scores.performance - b.scores.performance);
        const middle = ordered[Math.floor(ordered.length / 2)] ?? runs[0];
        const range = ordered.length > 1 ? `${ordered[0].scores.performance}–${ordered.at(-1).scores.performance}` : '';
        rows.push({ name, pagePath, formFactor, scores: middle.scores, range, contentfulPaintMs: middle.contentfulPaintMs, largestPaintMs: middle.largestPaintMs, totalBlockingMs: middle.totalBlockingMs });
        log(`Lighthouse ${name} (${formFactor}), median of ${runs.length}: ${Object.entries(middle.scores).map(([id, score]) => `${id} ${score}`).join(', ')}; performance ${range}`);
      }
    }
  } finally {
    chrome.kill();
  }
  return { rows, benchmarkIndex, slowdown };
}

// The published catalogue: typeset by the CMS when first asked after a change, then kept by it (and
// cached by the portal). A restarted CMS holds no edition, so each edition's first call typesets it.
const timed = async (url) => {
  const started = performance.now();
  const response = await fetch(url);
  const bytes = (await response.arrayBuffer()).byteLength;
  return { ms: performance.now() - started, bytes, ok: response.ok };
};
const catalogueRows = [];
await stack.stopCms();
await stack.startCms();
for (const [name, query] of [['whole catalogue (ru)', 'locale=ru'], ['whole catalogue (en)', 'locale=en'], [`one sector (${slugs.sectors})`, `locale=ru&sector=${slugs.sectors}`]]) {
  const typeset = await timed(`${stack.cmsUrl}/api/catalogue.pdf?${query}`);
  const kept = await timed(`${stack.cmsUrl}/api/catalogue.pdf?${query}`);
  catalogueRows.push({ name, typesetMs: typeset.ms, keptMs: kept.ms, bytes: typeset.bytes });
  log(`catalogue PDF, ${name}: typeset in ${Math.round(typeset.ms)} ms, ${Math.round(typeset.bytes / 1024)} kB, then from the CMS's editions in ${Math.round(kept.ms)} ms`);
}
await fetch(`${stack.webUrl}/ru/associations/catalogue.pdf`);
const cachedDownload = median(await Promise.all([0, 1, 2].map(() => timed(`${stack.webUrl}/ru/associations/catalogue.pdf`))).then((runs) => runs.map((r) => r.ms)));
log(`catalogue PDF from the portal's cache: ${Math.round(cachedDownload)} ms`);

// At scale: thousands of associations and news articles, then the searches and lists that read them
// from the CMS (distinct queries, so that neither the portal nor the CMS answers from a cache).
const scale = { associations: Number(process.env.BENCH_SCALE_ASSOCIATIONS ?? 5000), news: Number(process.env.BENCH_SCALE_NEWS ?? 50000) };
const scaleRows = [];
let scaleVolume;
if (process.env.BENCH_SCALE !== '0') {
  await stack.stopCms();
  const seeding = performance.now();
  await seedAtScale(stack.env, scale);
  log(`seeded ${scale.associations} associations and ${scale.news} news articles in ${Math.round((performance.now() - seeding) / 1000)} s`);
  await stack.startCms();
  const distinct = (make) => Array.from({ length: 20 }, (_, index) => make(index + 7));
  const measure = async (name, urls) => {
    const runs = [];
    for (const url of urls) {
      const started = performance.now();
      const response = await fetch(url);
      await response.arrayBuffer();
      if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
      runs.push(performance.now() - started);
    }
    const sorted = runs.sort((a, b) => a - b);
    scaleRows.push({ name, example: urls[0].replace(/^https?:\/\/[^/]+/, ''), median: median(sorted), p90: sorted[Math.floor(sorted.length * 0.9)] });
    log(`${name}: median ${Math.round(median(sorted))} ms`);
  };
  const word = encodeURIComponent('ассоциация');
  await measure('catalogue search, the CMS query', distinct((n) => `${stack.cmsUrl}/api/associations?locale=ru&filters[$and][0][searchText][$contains]=${word}&filters[$and][1][searchText][$contains]=${n}&sort[0]=name:asc&pagination[pageSize]=24&fields[0]=name&fields[1]=slug`));
  await measure('catalogue search, the portal page', distinct((n) => `${stack.webUrl}/ru/associations?q=${word}+${n}`));
  // What the page's search box asks as the visitor types (other numbers: the page's answers are cached reads it shares).
  await measure('catalogue search, as the search box asks it (JSON)', distinct((n) => `${stack.webUrl}/api/catalogue?locale=ru&q=${word}+${n + 100}`));
  await measure('news list, the CMS query', distinct((n) => `${stack.cmsUrl}/api/news-articles?locale=ru&sort[0]=date:desc&pagination[page]=${n * 40}&pagination[pageSize]=12&fields[0]=title&fields[1]=slug&fields[2]=date`));
  await measure('news list, the portal page', distinct((n) => `${stack.webUrl}/ru/news?page=${n * 40}`));
  // A full volume of the catalogue (the second: the catalogue page's question may already be typesetting the first), typeset once.
  scaleVolume = await timed(`${stack.cmsUrl}/api/catalogue.pdf?locale=ru&volume=2`);
  log(`catalogue volume at scale: typeset in ${Math.round(scaleVolume.ms / 1000)} s, ${Math.round(scaleVolume.bytes / 1024)} kB`);
}
await stack.stop();

const kilobytes = (bytes) => (bytes / 1024).toFixed(1);
/** A server's figures for a page: median, p99, requests/s, and how many times fewer than its ceiling's. */
const figures = (measured) =>
  measured
    ? `${measured.p50} | ${measured.p99} | ${Math.round(measured.rps)} | ${measured.ceiling ? `${Math.round(measured.ceiling.rps)} (${(measured.ceiling.rps / measured.rps).toFixed(1)}×)` : ''} | ${measured.errors}`
    : '— | — | — | — | —';
const wrkFigures = (measured) =>
  measured?.wrkRps ? `${Math.round(measured.wrkRps)} | ${measured.ceiling ? `${Math.round(measured.ceiling.wrkRps)} (${(measured.ceiling.wrkRps / measured.wrkRps).toFixed(1)}×)` : ''}` : '— | —';
const table = [
  `# Benchmark results`,
  '',
  `${new Date().toISOString()} · ${connections} connections × ${seconds} s per page, asked as a browser asks (gzip, the page's language) · a production build on loopback, demo content; the pages marked cached are answered from the cache, the others rendered per request from cached reads`,
  '',
  'Targets: a cached page within a factor of 2 of the static-file ceiling (its requests/s at most 2× fewer); Lighthouse 100 in accessibility, best practices and SEO, at least 95 in performance.',
  '',
  "Each page is measured from the portal (Next's server) and through its front server (nginx with deploy/nginx/portal.conf.template, a one-second copy of public pages: the production setup of docker-compose.yml). Its ceiling is a static file of the build of about the page's size as sent, from the same server; the ratio is the ceiling's requests/s ÷ the page's. Through the front server autocannon (JavaScript) is itself the limit; wrk (C), where installed, shows what the server takes.",
  '',
  '| page | path | cached | page (kB gzip) | portal: median (ms) | p99 | requests/s | ceiling req/s (ratio) | errors | front server: median (ms) | p99 | requests/s | ceiling req/s (ratio) | errors | front server, wrk: requests/s | ceiling req/s (ratio) | first-load JS (kB gzip) |',
  '| --- | --- | :---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...rows.map((row) =>
    row.note
      ? `| ${row.name} | \`${row.pagePath}\` | | ${row.note} | | | | | | | | | | | | | |`
      : `| ${row.name} | \`${row.pagePath}\` | ${row.cached ? 'yes' : 'no'} | ${kilobytes(row.gzipBytes)} | ${figures(row.portal)} | ${figures(row.front)} | ${wrkFigures(row.front)} | ${row.js.kilobytes.toFixed(1)} |`,
  ),
  '',
  'The ceilings: ' + [...ceilings.values()].map((ceiling) => `\`${ceiling.file.path}\` (${kilobytes(ceiling.file.sentBytes)} kB as sent)`).filter((text, index, all) => all.indexOf(text) === index).join(', ') + '.',
  '',
  ...(lighthouseRows.length
    ? [
        '## Lighthouse',
        '',
        `Lighthouse ${JSON.parse(fs.readFileSync(path.join(root, 'node_modules', 'lighthouse', 'package.json'), 'utf8')).version} in Chromium (headless), its mobile settings (a slow phone on a slow network, simulated) and desktop settings; ${lighthouseRuns} runs each, the scores of the run of median performance, the range of performance beside it.`,
        '',
        `Its mobile setting slows the host's CPU down 4×, which its docs (throttling.md, "Calibrating the CPU slowdown") size for a high-end desktop (BenchmarkIndex 1500–2000). This host's BenchmarkIndex is ${lighthouseResults.benchmarkIndex}; for it the docs' table gives ${lighthouseResults.slowdown}× to reach the same mid-tier phone${lighthouseResults.slowdown === 4 ? '.' : `. Both are shown: "mobile" at the default 4×, "mobile, ${lighthouseResults.slowdown}× CPU" calibrated.`}`,
        '',
        '| page | path | form factor | performance | (range) | first contentful paint (ms) | largest contentful paint (ms) | total blocking time (ms) | accessibility | best practices | SEO |',
        '| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
        ...lighthouseRows.map(
          (row) =>
            `| ${row.name} | \`${row.pagePath}\` | ${row.formFactor} | ${row.scores.performance} | ${row.range} | ${row.contentfulPaintMs} | ${row.largestPaintMs} | ${row.totalBlockingMs} | ${row.scores.accessibility} | ${row.scores['best-practices']} | ${row.scores.seo} |`,
        ),
        '',
      ]
    : []),
  ...(scaleRows.length
    ? [
        `## At scale: ${scale.associations} associations, ${scale.news} news articles`,
        '',
        'Target: the catalogue search under 100 ms. 20 requests each, every one a query asked for the first time (nothing answered from a cache).',
        '',
        '| what | example | median (ms) | p90 (ms) |',
        '| --- | --- | ---: | ---: |',
        ...scaleRows.map((row) => `| ${row.name} | \`${row.example}\` | ${Math.round(row.median)} | ${Math.round(row.p90)} |`),
        '',
        `A volume of the printable catalogue at this scale (the CMS's CATALOGUE_VOLUME_SIZE associations) took ${Math.round(scaleVolume.ms / 1000)} s to typeset (${Math.round(scaleVolume.bytes / 1024)} kB), once: the CMS keeps it until the content changes, and the catalogue page never waits for it.`,
        '',
      ]
    : []),
  '## The published catalogue (PDF)',
  '',
  'Typeset by the CMS (react-pdf in a worker thread, two passes for the page numbers) when first asked after a change, here after a restart; then kept by the CMS until the content changes, and cached by the portal.',
  '',
  '| edition | typesetting (ms) | again, kept by the CMS (ms) | size (kB) |',
  '| --- | ---: | ---: | ---: |',
  ...catalogueRows.map((row) => `| ${row.name} | ${Math.round(row.typesetMs)} | ${Math.round(row.keptMs)} | ${Math.round(row.bytes / 1024)} |`),
  `| download of the whole catalogue from the portal's cache | | ${Math.round(cachedDownload)} | |`,
  '',
];
fs.mkdirSync(path.join(root, 'bench'), { recursive: true });
fs.writeFileSync(path.join(root, 'bench', 'results.md'), table.join('\n'));
console.log(`\n${table.join('\n')}`);
log('written to bench/results.md');
stopAll(0);
