import { eventsList } from '../../events/list';

// The list with filters (the proxy rewrites /{locale}/events?... here): rendered per request from
// cached reads, blocking, so that the results are in the HTML itself for browsers without
// JavaScript (a streamed part needs a script to be shown).
export const instant = false;

export const generateMetadata = eventsList.filtered.generateMetadata;
export default eventsList.filtered.Page;
