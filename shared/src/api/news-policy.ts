// The news and policy-paper sections: what their pages ask the CMS for, each one request.
import type { CmsClient } from './client';
import type { Locale } from '../types/strapi';
import type { Association, Endorsement, PolicyPaper, PolicyPaperKind, PolicyPaperState } from '../types/content';
import { presets, withLocalizations } from './presets';
import type { QueryParams } from './query-string';

export * from '../schemas/news-policy';

/** News cards per page of /news; the RSS feed carries the same first page. */
export const newsPageSize = 12;

const { cover, association, sectors } = presets.newsCard.populate;
const documentFile = { fields: ['url', 'name', 'mime', 'size', 'ext'] };

export const newsPolicyPresets = {
  newsArticle: {
    fields: ['title', 'slug', 'summary', 'body', 'date', 'source', 'updatedAt'],
    populate: { cover, association, sectors, ...withLocalizations },
  },
  /** The associations a news filter offers: only their name and slug. */
  associationOption: {
    fields: ['name', 'slug'],
  },
  policyPaperCard: {
    fields: ['title', 'slug', 'kind', 'abstract', 'addressee', 'state'],
    populate: { statusHistory: true },
  },
  policyPaperView: {
    fields: ['title', 'slug', 'kind', 'abstract', 'body', 'addressee', 'state', 'updatedAt'],
    populate: {
      statusHistory: true,
      document: documentFile,
      originatingEvent: { fields: ['title', 'slug', 'startsAt'] },
      ...withLocalizations,
    },
  },
  slugOnly: {
    fields: ['slug'],
  },
} satisfies Record<string, QueryParams>;

export interface NewsListQuery {
  sector?: string;
  association?: string;
  page: number;
}

/** A page of news, latest first, narrowed to a sector and/or an association (by their slugs in this language). */
export function listNews(cms: CmsClient, locale: Locale, query: NewsListQuery) {
  return cms.find('news-articles', {
    locale,
    filters: {
      ...(query.sector ? { sectors: { slug: { $eq: query.sector } } } : {}),
      ...(query.association ? { association: { slug: { $eq: query.association } } } : {}),
    },
    sort: ['date:desc', 'title:asc'],
    pagination: { page: query.page, pageSize: newsPageSize },
    ...presets.newsCard,
  });
}

/** The associations that have published news, for the news filter. */
export function listNewsAssociations(cms: CmsClient, locale: Locale) {
  return cms.findAll('associations', {
    locale,
    filters: { newsArticles: { id: { $notNull: true } } },
    sort: ['name:asc'],
    ...newsPolicyPresets.associationOption,
  });
}

/** One article by its slug in that language, with its other-language slugs; null when missing. */
export function findNewsArticleBySlug(cms: CmsClient, locale: Locale, slug: string) {
  return cms.findFirst('news-articles', { locale, filters: { slug: { $eq: slug } }, ...newsPolicyPresets.newsArticle });
}

/** The slugs of the newest `limit` articles in one language (the static params of /news/[slug]). */
export function listNewsSlugs(cms: CmsClient, locale: Locale, limit: number) {
  return cms.findAll('news-articles', { locale, sort: ['date:desc'], ...newsPolicyPresets.slugOnly }, limit);
}

export interface PolicyListQuery {
  kind?: PolicyPaperKind;
  status?: PolicyPaperState;
}

/** Every policy paper of a kind and/or status (a few dozen at most: no pagination). */
export function listPolicyPapers(cms: CmsClient, locale: Locale, query: PolicyListQuery) {
  return cms.findAll('policy-papers', {
    locale,
    filters: {
      ...(query.kind ? { kind: { $eq: query.kind } } : {}),
      ...(query.status ? { state: { $eq: query.status } } : {}),
    },
    sort: ['title:asc'],
    ...newsPolicyPresets.policyPaperCard,
  });
}

/** One policy paper by its slug in that language, with its other-language slugs; null when missing. */
export function findPolicyPaperBySlug(cms: CmsClient, locale: Locale, slug: string) {
  return cms.findFirst('policy-papers', { locale, filters: { slug: { $eq: slug } }, ...newsPolicyPresets.policyPaperView });
}

/** Every published policy paper's slug in one language (the static params of /policy/[slug]). */
export function listPolicyPaperSlugs(cms: CmsClient, locale: Locale) {
  return cms.findAll('policy-papers', { locale, ...newsPolicyPresets.slugOnly });
}

/** An endorsement as the public list gives it: the paper and the association, both published, named in the language asked for. */
export type PublicEndorsement = Pick<Endorsement, 'documentId' | 'endorsedAt'> & {
  policyPaper: Pick<PolicyPaper, 'documentId' | 'title' | 'slug' | 'kind' | 'state'>;
  association: Pick<Association, 'documentId' | 'name' | 'slug'>;
};

/** Every endorsement of a published paper by a published association, oldest first (a few hundred at most). */
export async function listEndorsements(cms: CmsClient, locale: Locale): Promise<PublicEndorsement[]> {
  return (await cms.findAll('endorsements', { locale })) as unknown as PublicEndorsement[];
}
