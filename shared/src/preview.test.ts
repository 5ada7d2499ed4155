import { isValidPreviewLink, previewLinkLifetimeSeconds, previewLinkSchema, signPreviewLink } from './preview';

describe('preview links', () => {
  const secret = 'a-preview-secret';
  const now = Date.parse('2026-11-27T10:00:00Z');

  it('open the page they were signed for, until they expire', async () => {
    const link = await signPreviewLink('/ru/associations/chernovik', secret, now);
    expect(link.expires).toBe(now / 1000 + previewLinkLifetimeSeconds);
    expect(await isValidPreviewLink(link, secret, now + 1000)).toBe(true);
    expect(await isValidPreviewLink(link, secret, now + (previewLinkLifetimeSeconds + 1) * 1000)).toBe(false);
  });

  it('are refused with another page, another expiry, another secret or a forged signature', async () => {
    const link = await signPreviewLink('/en/policy/draft-paper', secret, now);
    expect(await isValidPreviewLink({ ...link, path: '/en/policy/another-paper' }, secret, now)).toBe(false);
    expect(await isValidPreviewLink({ ...link, expires: link.expires + 3600 }, secret, now)).toBe(false);
    expect(await isValidPreviewLink(link, 'another-secret', now)).toBe(false);
    expect(await isValidPreviewLink({ ...link, signature: '0'.repeat(64) }, secret, now)).toBe(false);
  });

  it('lead only to pages of this site, in one of its languages', () => {
    const valid = { expires: '1795000000', signature: 'a'.repeat(64) };
    expect(previewLinkSchema.safeParse({ ...valid, path: '/ru/o-forume' }).success).toBe(true);
    for (const path of ['https://evil.example/ru', '//evil.example/ru', '/de/page', '/ru/../../etc', '/ru/page?x=1', 'ru/page']) {
      expect({ path, valid: previewLinkSchema.safeParse({ ...valid, path }).success }).toEqual({ path, valid: false });
    }
    expect(previewLinkSchema.safeParse({ ...valid, path: '/ru', extra: 1 }).success).toBe(false);
  });
});
