import { createCmsClient } from './client';
import { listEvents, pastEventsPageSize } from './events';

function recordingCms() {
  const urls: string[] = [];
  const fetch = (async (url: string) => {
    urls.push(decodeURIComponent(url));
    return new Response(JSON.stringify({ data: [], meta: { pagination: { page: 1, pageSize: 100, pageCount: 0, total: 0 } } }), { status: 200 });
  }) as unknown as typeof globalThis.fetch;
  return { cms: createCmsClient({ baseUrl: 'http://cms.test', fetch }), urls };
}

describe('the events list asks the CMS', () => {
  const now = new Date('2026-12-03T15:00:00.000Z');

  it('for upcoming events soonest first, counting an event in progress as upcoming', async () => {
    const { cms, urls } = recordingCms();
    await listEvents(cms, 'ru', { page: 1 }, now);
    const upcoming = urls.find((url) => url.includes('sort[0]=startsAt:asc'))!;
    expect(upcoming).toContain('filters[$and][0][$or][0][endsAt][$gte]=2026-12-03T15:00:00.000Z');
    expect(upcoming).toContain('filters[$and][0][$or][1][$and][0][endsAt][$null]=true');
    expect(upcoming).toContain('filters[$and][0][$or][1][$and][1][startsAt][$gte]=2026-12-03T15:00:00.000Z');
  });

  it('for one page of past events, latest first', async () => {
    const { cms, urls } = recordingCms();
    await listEvents(cms, 'en', { page: 3 }, now);
    const past = urls.find((url) => url.includes('sort[0]=startsAt:desc'))!;
    expect(past).toContain('locale=en');
    expect(past).toContain('filters[$and][0][$or][0][endsAt][$lt]=2026-12-03T15:00:00.000Z');
    expect(past).toContain(`pagination[page]=3&pagination[pageSize]=${pastEventsPageSize}`);
  });

  it('with the chosen kind and sector on both halves of the list', async () => {
    const { cms, urls } = recordingCms();
    await listEvents(cms, 'ru', { kind: 'seminar', sector: 'design', page: 1 }, now);
    expect(urls).toHaveLength(2);
    for (const url of urls) {
      expect(url).toContain('filters[$and][1][kind][$eq]=seminar');
      expect(url).toContain('filters[$and][2][sectors][slug][$eq]=design');
    }
  });
});
