// `npm run soak` (not part of `npm test`): several minutes of mixed traffic over every page type, at
// the sustainable rate the bench measured (of the portal itself, without its front server), while an
// editor publishes changes, against the seeded stack the bench uses. Reports the errors (there must
// be none), the latency percentiles, and the memory of the CMS and of the portal at the start, every
// minute and at the end (it must level off, not grow all along). Writes bench/soak.md; exits 1 when a request failed.
//   SOAK_SECONDS (default 300), SOAK_RATE (requests per second; default: 70% of what the mix of pages
//   can take by bench/results.md, or 100), SOAK_CONNECTIONS (default 10).
import fs from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import { buildShared, ensureInstalled, log, root, startSeededStack, stopAll } from './lib.mjs';
import { portalPages } from './portal-pages.mjs';

const seconds = Number(process.env.SOAK_SECONDS ?? 300);
const connections = Number(process.env.SOAK_CONNECTIONS ?? 10);

/**
 * 70% of what the mix can take, by the last bench: every page type in turn, so a request costs on
 * average the mean of 1/(requests/s) over the page types (the pages rendered per request weigh most).
 */
function sustainableRate() {
  if (process.env.SOAK_RATE) return Number(process.env.SOAK_RATE);
  const results = path.join(root, 'bench', 'results.md');
  const rates = fs.existsSync(results)
    ? [...fs.readFileSync(results, 'utf8').matchAll(/^\| [^|]+ \| `\/[a-z][^`]*` \| (?:yes|no) \| [\d.]+ \| \d+ \| \d+ \| (\d+) \|/gm)].map((match) => Number(match[1]))
    : [];
  if (rates.length === 0) return 100;
  const capacity = rates.length / rates.reduce((total, rate) => total + 1 / rate, 0);
  return Math.round(capacity * 0.7);
}

/** An editor publishing a change every few seconds (the CMS then revalidates the portal's pages). */
function startPublishing(stack) {
  let stopped = false;
  let published = 0;
  const failures = [];
  const loop = (async () => {
    const login = await fetch(`${stack.cmsUrl}/admin/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(stack.admin) });
    const headers = { Authorization: `Bearer ${(await login.json()).data.token}`, 'content-type': 'application/json' };
    const uid = 'api::news-article.news-article';
    const api = `${stack.cmsUrl}/content-manager/collection-types/${uid}`;
    const list = await (await fetch(`${api}?locale=ru&pageSize=5`, { headers })).json();
    for (let round = 0; !stopped; round += 1) {
      const article = list.results[round % list.results.length];
      const current = (await (await fetch(`${api}/${article.documentId}?locale=ru`, { headers })).json()).data;
      const title = `${current.title.replace(/ · правка \d+$/, '')} · правка ${round}`;
      const response = await fetch(`${api}/${article.documentId}/actions/publish?locale=ru`, { method: 'POST', headers, body: JSON.stringify({ ...current, title, locale: 'ru' }) });
      if (response.ok) published += 1;
      else failures.push(`${response.status} ${await response.text()}`);
      await new Promise((resolve) => setTimeout(resolve, 5000));
    }
  })();
  return async () => {
    stopped = true;
    await loop;
    return { published, failures };
  };
}

ensureInstalled();
buildShared();
const stack = await startSeededStack({ name: 'soak', cmsPort: process.env.SOAK_CMS_PORT ?? '1637', webPort: process.env.SOAK_WEB_PORT ?? '3637' });
const { pages } = await portalPages(stack.cmsUrl);
for (const [, pagePath] of pages) await fetch(`${stack.webUrl}${pagePath}`); // every page cached once

const rate = sustainableRate();
log(`soak: ${seconds} s at ${rate} requests/s over ${pages.length} page types, an editor publishing every 5 s`);
const memory = [{ at: 0, ...stack.memory() }];
const started = Date.now();
const sampler = setInterval(() => memory.push({ at: Math.round((Date.now() - started) / 1000), ...stack.memory() }), 60_000);
const stopPublishing = startPublishing(stack);
const result = await autocannon({
  url: stack.webUrl,
  connections,
  overallRate: rate,
  duration: seconds,
  requests: pages.map(([, pagePath]) => ({ method: 'GET', path: pagePath })),
});
const publishing = await stopPublishing();
clearInterval(sampler);
memory.push({ at: Math.round((Date.now() - started) / 1000), ...stack.memory() });
await stack.stop();

const errors = result.errors + result.timeouts + result.non2xx;
const mb = (value) => value.toFixed(0);
const report = [
  '# Soak test',
  '',
  `${new Date().toISOString()} · ${seconds} s of mixed traffic over ${pages.length} page types (every page type in turn) at ${rate} requests/s, ${connections} connections, on loopback; an editor published ${publishing.published} changes meanwhile (one every 5 s)${publishing.failures.length ? `, ${publishing.failures.length} of which failed` : ''}.`,
  '',
  '| requests | errors | latency p50 (ms) | p90 | p99 | max |',
  '| ---: | ---: | ---: | ---: | ---: | ---: |',
  `| ${result.requests.total} | ${errors} | ${result.latency.p50} | ${result.latency.p90} | ${result.latency.p99} | ${result.latency.max} |`,
  '',
  'Resident memory (MB) of each server with its child processes:',
  '',
  '| after (s) | CMS | portal |',
  '| ---: | ---: | ---: |',
  ...memory.map((sample) => `| ${sample.at} | ${mb(sample.cms)} | ${mb(sample.web)} |`),
  '',
];
fs.mkdirSync(path.join(root, 'bench'), { recursive: true });
fs.writeFileSync(path.join(root, 'bench', 'soak.md'), report.join('\n'));
console.log(`\n${report.join('\n')}`);
if (publishing.failures.length) log(`publishing failures: ${publishing.failures.slice(0, 3).join(' | ')}`);
log(errors === 0 ? 'soak passed: no request failed (bench/soak.md)' : `soak FAILED: ${errors} requests failed (bench/soak.md)`);
stopAll(errors === 0 && publishing.failures.length === 0 ? 0 : 1);
