import { catalogueList } from '../../associations/list';

// The list with filters (the proxy rewrites /{locale}/associations?... here): rendered per request from
// cached reads, blocking, so that the results are in the HTML itself for browsers without
// JavaScript (a streamed part needs a script to be shown).
export const instant = false;

export const generateMetadata = catalogueList.filtered.generateMetadata;
export default catalogueList.filtered.Page;
