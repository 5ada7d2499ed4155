// The portal's page types, one address each, for the benchmark and the soak test: the cached pages
// (one per page type, with the first item of each collection), then those rendered per request.

async function firstSlug(cmsUrl, collection) {
  const response = await fetch(`${cmsUrl}/api/${collection}?locale=ru&fields[0]=slug&pagination[pageSize]=1`);
  const body = await response.json();
  return body.data?.[0]?.slug;
}

/** [name, path, cached] for every page type, and the slugs of the items they show (per collection). */
export async function portalPages(cmsUrl) {
  const collections = ['associations', 'events', 'news-articles', 'policy-papers', 'sectors'];
  const slugs = Object.fromEntries(await Promise.all(collections.map(async (collection) => [collection, await firstSlug(cmsUrl, collection)])));
  const pages = [
    ['home', '/ru', true],
    ['catalogue', '/ru/associations', true],
    ['association', `/ru/associations/${slugs.associations}`, true],
    ['sector', `/ru/sectors/${slugs.sectors}`, true],
    ['events', '/ru/events', true],
    ['event', `/ru/events/${slugs.events}`, true],
    ['news', '/ru/news', true],
    ['news article', `/ru/news/${slugs['news-articles']}`, true],
    ['policy papers', '/ru/policy', true],
    ['policy paper', `/ru/policy/${slugs['policy-papers']}`, true],
    ['page (About)', '/ru/o-forume', true],
    ['outcomes', '/en/outcomes', true],
    // Rendered per request (from cached reads): a list with filters, and the searches.
    ['news, filtered', '/ru/news?sector=design', false],
    ['catalogue search', `/ru/associations?q=${encodeURIComponent('дизайн')}`, false],
    ['search', `/ru/search?q=${encodeURIComponent('дизайн')}`, false],
  ];
  return { pages, slugs };
}
