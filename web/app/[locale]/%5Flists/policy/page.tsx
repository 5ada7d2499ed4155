import { policyList } from '../../policy/list';

// The list with filters (the proxy rewrites /{locale}/policy?... here): rendered per request from
// cached reads, blocking, so that the results are in the HTML itself for browsers without
// JavaScript (a streamed part needs a script to be shown).
export const instant = false;

export const generateMetadata = policyList.filtered.generateMetadata;
export default policyList.filtered.Page;
