/** @jest-environment node */
import { createCmsClient } from '@forum/shared';
import { createMovedSlugs } from './moved-slugs';

function cmsAnswering(moves: Record<string, string>) {
  const asked: string[] = [];
  const fetch = (async (url: string) => {
    const query = new URL(url).searchParams;
    asked.push(`${query.get('collection')}:${query.get('locale')}:${query.get('slug')}`);
    const slug = moves[query.get('slug') ?? ''];
    return slug
      ? new Response(JSON.stringify({ data: { slug } }), { status: 200 })
      : new Response(JSON.stringify({ data: null, error: { status: 404, name: 'NotFoundError', message: 'Nothing was at this address.' } }), { status: 404 });
  }) as unknown as typeof globalThis.fetch;
  return { cms: createCmsClient({ baseUrl: 'http://cms.test', fetch }), asked };
}

describe('moved slugs', () => {
  it('lead an old address, sub-path included, to the new one', async () => {
    const { cms } = cmsAnswering({ 'staraya-sessiya': 'novaya-sessiya' });
    const moved = createMovedSlugs(cms);
    expect(await moved.newPath('/ru/events/staraya-sessiya/event.ics', 'events', 'ru', 'staraya-sessiya')).toBe('/ru/events/novaya-sessiya/event.ics');
    expect(await moved.newPath('/ru/nichego', 'pages', 'ru', 'nichego')).toBeNull();
  });

  it('ask the CMS once a minute about the same address', async () => {
    let clock = 0;
    const { cms, asked } = cmsAnswering({});
    const moved = createMovedSlugs(cms, () => clock);
    await moved.newPath('/en/policy/gone', 'policy-papers', 'en', 'gone');
    await moved.newPath('/en/policy/gone', 'policy-papers', 'en', 'gone');
    clock = 61_000;
    await moved.newPath('/en/policy/gone', 'policy-papers', 'en', 'gone');
    expect(asked).toEqual(['policy-papers:en:gone', 'policy-papers:en:gone']);
  });
});
