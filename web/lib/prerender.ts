/**
 * How many documents of a collection that grows by thousands (news, associations) a build prerenders
 * per language; the others render on their first visit and are cached like them. At 50,000 news a
 * build prerendered 100,000 article pages, hours of work before the portal could start.
 */
export const prerenderedPerLanguage = 500;
