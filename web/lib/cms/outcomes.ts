// The outcomes' reads (see lib/cms/site.ts for the rules): the indicators with their actual values,
// counted from the published content, and what the outcomes page charts and cites as evidence
// (shared/src/api/outcomes.ts); the inventory's need themes (shared/src/api/needs.ts).
import 'server-only';
import {
  collectionTag,
  fetchOutcomesReport,
  listIndicatorOutcomes as listIndicatorOutcomesQuery,
  listNeedThemes as listNeedThemesQuery,
  loadOutcomesOverview,
  type Locale,
  type NeedThemeSummary,
  type OutcomesOverview,
  type OutcomesReportFile,
} from '@forum/shared';
import { cacheLife, cacheTag } from 'next/cache';
import { cms } from './client';

/** Every collection a rule counts: publishing an association or an event moves the figures. */
const countedCollections = ['indicators', 'project-stages', 'associations', 'events', 'policy-papers', 'news-articles'] as const;

export async function listIndicatorOutcomes(locale: Locale) {
  'use cache';
  cacheLife('cms');
  cacheTag(...countedCollections.map(collectionTag));
  // "Now" is read inside the cache scope: an event counts as held within one cache lifetime of its start.
  return listIndicatorOutcomesQuery(cms, locale, new Date());
}

/** The stages, the indicators, the charts' data and the evidence, in one cached read. */
export async function outcomesOverview(locale: Locale): Promise<OutcomesOverview> {
  'use cache';
  cacheLife('cms');
  cacheTag(...countedCollections.map(collectionTag), collectionTag('sectors'));
  return loadOutcomesOverview(cms, locale, new Date());
}

export async function listNeedThemes(locale: Locale): Promise<NeedThemeSummary[]> {
  'use cache';
  cacheLife('cms');
  cacheTag(collectionTag('need-themes'), collectionTag('associations'), collectionTag('sectors'), collectionTag('policy-papers'), collectionTag('events'));
  return listNeedThemesQuery(cms, locale);
}

/** The outcomes report (PDF), typeset by the CMS: cached like the outcomes page, so that it always holds the page's figures. */
export async function outcomesReport(locale: Locale): Promise<OutcomesReportFile> {
  'use cache';
  cacheLife('cms');
  cacheTag(...countedCollections.map(collectionTag), collectionTag('sectors'), collectionTag('global'));
  return fetchOutcomesReport(cms, locale);
}
