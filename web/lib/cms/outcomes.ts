// The outcomes page's reads (see lib/cms/site.ts for the rules): the stages and the indicators with
// their actual values, counted from the published content (shared/src/api/outcomes.ts).
import 'server-only';
import {
  collectionTag,
  listIndicatorOutcomes as listIndicatorOutcomesQuery,
  listProjectStages as listProjectStagesQuery,
  type Locale,
  type ProjectStage,
} from '@forum/shared';
import { cacheLife, cacheTag } from 'next/cache';
import { cms } from './client';

export async function listIndicatorOutcomes(locale: Locale) {
  'use cache';
  cacheLife('cms');
  // Tagged with every collection a rule counts: publishing an association or an event moves the figures.
  cacheTag(
    collectionTag('indicators'),
    collectionTag('project-stages'),
    collectionTag('associations'),
    collectionTag('events'),
    collectionTag('policy-papers'),
    collectionTag('news-articles'),
  );
  // "Now" is read inside the cache scope: an event counts as held within one cache lifetime of its start.
  return listIndicatorOutcomesQuery(cms, locale, new Date());
}

export async function listProjectStages(locale: Locale): Promise<ProjectStage[]> {
  'use cache';
  cacheLife('cms');
  cacheTag(collectionTag('project-stages'));
  return listProjectStagesQuery(cms, locale);
}
