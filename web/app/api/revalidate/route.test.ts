/** @jest-environment node */
import { revalidateTag } from 'next/cache';
import { POST } from './route';

jest.mock('next/cache', () => ({ revalidateTag: jest.fn() }));

const secret = 'the-shared-secret';
const revalidateCall = (body: unknown, authorization: string | null = `Bearer ${secret}`) =>
  POST(
    new Request('http://portal.test/api/revalidate', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(authorization ? { Authorization: authorization } : {}) },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    }),
  );

beforeEach(() => {
  process.env.REVALIDATE_SECRET = secret;
  jest.mocked(revalidateTag).mockClear();
});

describe('the CMS telling the portal that content changed', () => {
  it('refreshes the pages of the changed collection and document', async () => {
    const response = await revalidateCall({ collection: 'associations', documentId: 'abc123' });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ revalidated: ['cms:associations', 'cms:associations:abc123'] });
    expect(jest.mocked(revalidateTag).mock.calls).toEqual([
      ['cms:associations', { expire: 0 }],
      ['cms:associations:abc123', { expire: 0 }],
    ]);
  });

  it('accepts the site-wide settings as `global`', async () => {
    const response = await revalidateCall({ collection: 'global', documentId: 'g1' });
    expect(await response.json()).toEqual({ revalidated: ['cms:global', 'cms:global:g1'] });
  });

  it.each([
    ['no token', null],
    ['a wrong token', 'Bearer not-the-secret'],
    ['the secret with a suffix', `Bearer ${secret}x`],
    ['the secret without "Bearer"', secret],
  ])('refuses a caller with %s (401) and refreshes nothing', async (_, authorization) => {
    const response = await revalidateCall({ collection: 'associations', documentId: 'abc123' }, authorization);
    expect(response.status).toBe(401);
    expect(revalidateTag).not.toHaveBeenCalled();
  });

  it('refuses every caller while the portal has no secret configured', async () => {
    delete process.env.REVALIDATE_SECRET;
    const response = await revalidateCall({ collection: 'associations', documentId: 'abc123' }, 'Bearer ');
    expect(response.status).toBe(401);
  });

  it.each([
    ['an unknown collection', { collection: 'users', documentId: 'abc123' }, 'collection'],
    ['a missing documentId', { collection: 'events' }, 'documentId'],
    ['an empty documentId', { collection: 'events', documentId: '' }, 'documentId'],
    ['a body that is not JSON', 'collection=events', 'body'],
  ])('answers 400 naming the problem for %s', async (_, body, problem) => {
    const response = await revalidateCall(body);
    expect(response.status).toBe(400);
    expect((await response.json()).error).toContain(problem);
    expect(revalidateTag).not.toHaveBeenCalled();
  });
});
