import { newsList } from '../../news/list';

// The list with filters (the proxy rewrites /{locale}/news?... here): rendered per request from
// cached reads, blocking, so that the results are in the HTML itself for browsers without
// JavaScript (a streamed part needs a script to be shown).
export const instant = false;

export const generateMetadata = newsList.filtered.generateMetadata;
export default newsList.filtered.Page;
