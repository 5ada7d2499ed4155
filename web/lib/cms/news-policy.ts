// The news and policy-paper sections' reads (see lib/cms/site.ts for the rules): cached, tagged with
// every collection they read, populated relations included, and throwing when the CMS fails.
import 'server-only';
import {
  collectionTag,
  findNewsArticleBySlug as findNewsArticleBySlugQuery,
  findPolicyPaperBySlug as findPolicyPaperBySlugQuery,
  listEndorsements as listEndorsementsQuery,
  listNews as listNewsQuery,
  listNewsAssociations as listNewsAssociationsQuery,
  listNewsSlugs as listNewsSlugsQuery,
  listPolicyPapers as listPolicyPapersQuery,
  listPolicyPaperSlugs as listPolicyPaperSlugsQuery,
  type Locale,
  type NewsArticle,
  type NewsListQuery,
  type PolicyListQuery,
  type PolicyPaper,
  type PublicEndorsement,
} from '@forum/shared';
import { cacheLife, cacheTag } from 'next/cache';
import { cms } from './client';

export async function listNews(locale: Locale, query: NewsListQuery) {
  'use cache';
  cacheLife('cms');
  cacheTag(collectionTag('news-articles'), collectionTag('associations'), collectionTag('sectors'));
  return listNewsQuery(cms, locale, query);
}

export async function listNewsAssociations(locale: Locale) {
  'use cache';
  cacheLife('cms');
  cacheTag(collectionTag('associations'), collectionTag('news-articles'));
  return listNewsAssociationsQuery(cms, locale);
}

/** The article with this slug in this language, or null when there is none. */
export async function findNewsArticleBySlug(locale: Locale, slug: string): Promise<NewsArticle | null> {
  'use cache';
  cacheLife('cms');
  cacheTag(collectionTag('news-articles'), collectionTag('associations'), collectionTag('sectors'));
  return (await findNewsArticleBySlugQuery(cms, locale, slug)) ?? null;
}

export async function listNewsSlugs(locale: Locale, limit: number) {
  'use cache';
  cacheLife('cms');
  cacheTag(collectionTag('news-articles'));
  return listNewsSlugsQuery(cms, locale, limit);
}

export async function listPolicyPapers(locale: Locale, query: PolicyListQuery) {
  'use cache';
  cacheLife('cms');
  cacheTag(collectionTag('policy-papers'), collectionTag('associations'));
  return listPolicyPapersQuery(cms, locale, query);
}

/** The policy paper with this slug in this language, or null when there is none. */
export async function findPolicyPaperBySlug(locale: Locale, slug: string): Promise<PolicyPaper | null> {
  'use cache';
  cacheLife('cms');
  cacheTag(collectionTag('policy-papers'), collectionTag('associations'), collectionTag('events'));
  return (await findPolicyPaperBySlugQuery(cms, locale, slug)) ?? null;
}

export async function listPolicyPaperSlugs(locale: Locale) {
  'use cache';
  cacheLife('cms');
  cacheTag(collectionTag('policy-papers'));
  return listPolicyPaperSlugsQuery(cms, locale);
}

/** Every public endorsement in this language: the lists count them, a paper shows its endorsers, a profile its papers. */
export async function listEndorsements(locale: Locale): Promise<PublicEndorsement[]> {
  'use cache';
  cacheLife('cms');
  cacheTag(collectionTag('endorsements'), collectionTag('associations'), collectionTag('policy-papers'));
  return listEndorsementsQuery(cms, locale);
}
