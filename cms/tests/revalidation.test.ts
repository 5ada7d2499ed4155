// Freshness: when an editor's change reaches visitors (publish, unpublish, delete, a published
// update), the CMS tells the portal which document changed, signed with the shared secret; saving
// a draft tells it nothing. A slow or absent portal never holds up or fails the editor's action.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { startTestCms, type TestCms } from './strapi-instance';

interface ReceivedCall {
  path: string;
  authorization: string | undefined;
  body: unknown;
}

/** A stand-in for the portal: records every call; `holdAnswers` keeps it from answering. */
function startFakeWeb() {
  const calls: ReceivedCall[] = [];
  const waiting: { count: number; resolve: () => void }[] = [];
  const held: http.ServerResponse[] = [];
  let holdAnswers = false;
  const server = http.createServer((request, response) => {
    let text = '';
    request.on('data', (chunk) => (text += chunk));
    request.on('end', () => {
      calls.push({ path: request.url ?? '', authorization: request.headers.authorization, body: JSON.parse(text || 'null') });
      for (const waiter of waiting.filter((candidate) => calls.length >= candidate.count)) waiter.resolve();
      if (holdAnswers) held.push(response);
      else response.writeHead(200, { 'Content-Type': 'application/json' }).end('{"revalidated":[]}');
    });
  });
  return {
    calls,
    held,
    hold(value: boolean) {
      holdAnswers = value;
    },
    listen: () => new Promise<string>((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`))),
    /** Resolves once `count` calls in all have arrived (fails the test after 10 s). */
    received(count: number) {
      return new Promise<void>((resolve, reject) => {
        if (calls.length >= count) return resolve();
        const timer = setTimeout(() => reject(new Error(`the web received ${calls.length} calls, expected ${count}`)), 10_000);
        waiting.push({ count, resolve: () => (clearTimeout(timer), resolve()) });
      });
    },
    close() {
      for (const response of held) response.end();
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

const secret = 'test-revalidate-secret';
const web = startFakeWeb();
let cms: TestCms;

beforeAll(async () => {
  process.env.WEB_URL = await web.listen();
  process.env.REVALIDATE_SECRET = secret;
  // One call per change, so that each test counts its own (the follow-up call has a test of its own).
  process.env.REVALIDATE_FOLLOW_UP_SECONDS = '0';
  cms = await startTestCms();
});

afterAll(async () => {
  await cms?.stop();
  await web.close();
  delete process.env.WEB_URL;
  delete process.env.REVALIDATE_SECRET;
  delete process.env.REVALIDATE_FOLLOW_UP_SECONDS;
});

const associations = () => cms.strapi.documents('api::association.association');

async function aPublishedAssociation() {
  const found = await associations().findFirst({ locale: 'ru', status: 'published' });
  if (!found) throw new Error('no published association in the demo content');
  return found.documentId;
}

/** The calls that arrive from the `from`-th on, once there are `count` of them. */
async function nextCalls(from: number, count: number) {
  await web.received(from + count);
  return web.calls.slice(from);
}

const signedCall = (collection: string, documentId: string): ReceivedCall => ({
  path: '/api/revalidate',
  authorization: `Bearer ${secret}`,
  body: { collection, documentId },
});

it('the demo seed, run before the portal exists, tells it nothing', () => {
  expect(web.calls).toEqual([]);
});

it('saving a draft tells the portal nothing; publishing it names the collection and the document', async () => {
  const documentId = await aPublishedAssociation();
  const before = web.calls.length;
  await associations().update({ documentId, locale: 'ru', data: { shortDescription: 'Черновик: ещё не для посетителей' } as never });
  await associations().publish({ documentId, locale: 'ru' });
  expect(await nextCalls(before, 1)).toEqual([signedCall('associations', documentId)]);
});

it('an update saved as published, an unpublish and a delete each tell the portal', async () => {
  const documentId = await aPublishedAssociation();
  const before = web.calls.length;
  await associations().update({ documentId, locale: 'en', status: 'published', data: { shortDescription: 'Updated and published' } as never });
  await associations().unpublish({ documentId, locale: 'en' });
  await associations().delete({ documentId, locale: '*' });
  expect(await nextCalls(before, 3)).toEqual([
    signedCall('associations', documentId),
    signedCall('associations', documentId),
    signedCall('associations', documentId),
  ]);
});

it('a page created as published is named by its new documentId', async () => {
  const before = web.calls.length;
  const created = await cms.strapi.documents('api::page.page').create({
    locale: 'ru',
    status: 'published',
    data: { title: 'Новая страница', slug: 'novaya-stranitsa' } as never,
  });
  expect(await nextCalls(before, 1)).toEqual([signedCall('pages', created.documentId)]);
});

it('the call is sent again a few seconds later, for a page the portal was regenerating from the old content meanwhile', async () => {
  const documentId = await aPublishedAssociation();
  process.env.REVALIDATE_FOLLOW_UP_SECONDS = '1';
  const before = web.calls.length;
  try {
    await associations().unpublish({ documentId, locale: 'en' });
    await web.received(before + 1);
    expect(web.calls.length).toBe(before + 1);
    expect(await nextCalls(before, 2)).toEqual([signedCall('associations', documentId), signedCall('associations', documentId)]);
  } finally {
    process.env.REVALIDATE_FOLLOW_UP_SECONDS = '0';
  }
});

it('a change to the site-wide settings names the `global` collection', async () => {
  const settings = await cms.strapi.documents('api::global.global').findFirst({ locale: 'en', status: 'published' });
  if (!settings) throw new Error('no published global settings in the demo content');
  const before = web.calls.length;
  await cms.strapi.documents('api::global.global').update({
    documentId: settings.documentId,
    locale: 'en',
    status: 'published',
    data: { tagline: 'A fresh tagline' } as never,
  });
  expect(await nextCalls(before, 1)).toEqual([signedCall('global', settings.documentId)]);
});

it('a publish inside a transaction is announced only once it is committed, and not at all when rolled back', async () => {
  const [committed, rolledBack] = (await associations().findMany({ locale: 'ru', status: 'published', limit: 2 })).map(
    (association) => association.documentId,
  );
  const before = web.calls.length;
  await expect(
    cms.strapi.db.transaction(async () => {
      await associations().unpublish({ documentId: rolledBack, locale: 'ru' });
      throw new Error('the editor\'s request failed after the unpublish');
    }),
  ).rejects.toThrow('failed after the unpublish');
  await cms.strapi.db.transaction(async () => {
    await associations().unpublish({ documentId: committed, locale: 'ru' });
    // Time enough for a call sent before the commit to arrive.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(web.calls.length).toBe(before);
  });
  expect(await nextCalls(before, 1)).toEqual([signedCall('associations', committed)]);
});

it('the editor does not wait for a portal that does not answer', async () => {
  const documentId = await aPublishedAssociation();
  const before = web.calls.length;
  web.hold(true);
  const unpublished = associations().unpublish({ documentId, locale: 'ru' });
  await web.received(before + 1);
  // The portal holds its answer (a waiting middleware would keep the unpublish pending for seconds).
  const outcome = await Promise.race([
    unpublished.then(() => 'done'),
    new Promise((resolve) => setTimeout(() => resolve('still waiting for the portal'), 1000)),
  ]);
  expect(outcome).toBe('done');
  expect(web.held.some((response) => !response.writableEnded)).toBe(true);
  web.hold(false);
});

it('an unreachable portal does not fail the editor\'s action', async () => {
  const documentId = await aPublishedAssociation();
  const webUrl = process.env.WEB_URL;
  process.env.WEB_URL = 'http://127.0.0.1:9'; // the discard port: nothing listens there
  try {
    await expect(associations().unpublish({ documentId, locale: 'ru' })).resolves.toMatchObject({ documentId });
  } finally {
    process.env.WEB_URL = webUrl;
  }
});
