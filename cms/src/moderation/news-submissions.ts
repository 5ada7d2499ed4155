// Approving an association's news publishes it as a news article under the association's name, in
// each language it was written in; the representative is told either way.
import type { Locale } from '@forum/shared';
import type { Core } from '@strapi/strapi';
import { textToBlocks } from '../content/blocks';
import { mails } from '../email/messages';
import { sendMail } from '../email/send';
import { reviewOf, type ReviewedRecord } from './review';
import { uniqueSlug } from '../slugs/unique';

interface NewsSubmission extends ReviewedRecord {
  languages: 'ru' | 'en' | 'both';
  titleRu?: string | null;
  summaryRu?: string | null;
  bodyRu?: string | null;
  titleEn?: string | null;
  summaryEn?: string | null;
  bodyEn?: string | null;
  cover?: { id: number } | null;
  sectors?: { documentId: string }[];
  association?: { documentId: string } | null;
  submittedBy?: { email: string; language: Locale | null } | null;
}

const uid = 'api::news-submission.news-submission';

const localesOf = (submission: NewsSubmission): Locale[] => (submission.languages === 'both' ? ['ru', 'en'] : [submission.languages]);

const textIn = (submission: NewsSubmission, locale: Locale) =>
  locale === 'ru'
    ? { title: submission.titleRu ?? '', summary: submission.summaryRu ?? null, body: submission.bodyRu ?? '' }
    : { title: submission.titleEn ?? '', summary: submission.summaryEn ?? null, body: submission.bodyEn ?? '' };

/** Publishes the article; returns its documentId and a language it exists in. */
async function publishArticle(strapi: Core.Strapi, submission: NewsSubmission): Promise<{ documentId: string; locale: Locale }> {
  const articles = strapi.documents('api::news-article.news-article');
  const [first, ...others] = localesOf(submission);
  const dataIn = async (locale: Locale) => {
    const { title, summary, body } = textIn(submission, locale);
    return {
      title,
      slug: await uniqueSlug(strapi, 'api::news-article.news-article', locale, title),
      summary,
      body: textToBlocks(body),
      date: new Date().toISOString(),
      sectors: submission.sectors?.map((sector) => sector.documentId) ?? [],
      association: submission.association?.documentId,
      // Written by the association, not the editors (the outcomes count association news by this).
      source: 'association',
      cover: submission.cover?.id,
    };
  };
  const created = await articles.create({ locale: first, data: (await dataIn(first)) as never });
  for (const locale of others) await articles.update({ documentId: created.documentId, locale, data: (await dataIn(locale)) as never });
  await articles.publish({ documentId: created.documentId, locale: '*' });
  return { documentId: created.documentId, locale: first };
}

export function reviewNewsSubmissions(strapi: Core.Strapi) {
  return reviewOf<NewsSubmission>(strapi, uid, {
    load: (documentId) =>
      strapi.documents(uid).findOne({
        documentId,
        populate: {
          cover: { fields: ['id'] },
          sectors: { fields: ['documentId'] },
          association: { fields: ['documentId'] },
          submittedBy: { fields: ['email', 'language'] },
        },
      }) as Promise<NewsSubmission | null>,
    async approve(submission) {
      const article = await publishArticle(strapi, submission);
      return {
        // The article may exist in English only: the link names the language (Russian is assumed otherwise).
        data: { article: { connect: [{ documentId: article.documentId, locale: article.locale }] } },
        undo: async () => {
          await strapi.documents('api::news-article.news-article').delete({ documentId: article.documentId, locale: '*' });
        },
      };
    },
    async notify(submission, decision, reason) {
      const to = submission.submittedBy;
      if (!to?.email) return;
      const locale = to.language ?? localesOf(submission)[0];
      const title = textIn(submission, localesOf(submission).includes(locale) ? locale : localesOf(submission)[0]).title;
      await sendMail(strapi, to.email, decision === 'approved' ? mails.submissionApproved(locale, title) : mails.submissionRejected(locale, title, reason ?? ''));
    },
  });
}
