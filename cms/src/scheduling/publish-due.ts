// Scheduled publishing of news and events, with Strapi's own cron (config/server.ts): an editor
// sets "publishAt" on the draft and saves it; every minute the drafts whose time has come are
// published, each language on its own. A draft is due when its time has passed and it was not
// published since (so a published document is not published again each minute).
import type { Core, UID } from '@strapi/strapi';

export const scheduledTypes = ['api::news-article.news-article', 'api::event.event'] as const satisfies readonly UID.ContentType[];

interface Draft {
  documentId: string;
  locale: string;
  publishAt: string | Date;
}

/** Publishes what is due at `now`; returns how many language versions it published. */
export async function publishDue(strapi: Core.Strapi, now = new Date()): Promise<number> {
  let published = 0;
  for (const uid of scheduledTypes) {
    const rows = strapi.db.query(uid);
    const due: Draft[] = await rows.findMany({ where: { publishedAt: null, publishAt: { $notNull: true, $lte: now } }, select: ['documentId', 'locale', 'publishAt'] });
    for (const draft of due) {
      const current = await rows.findOne({ where: { documentId: draft.documentId, locale: draft.locale, publishedAt: { $notNull: true } }, select: ['publishedAt'] });
      if (current && new Date(current.publishedAt) >= new Date(draft.publishAt)) continue;
      await strapi.documents(uid).publish({ documentId: draft.documentId, locale: draft.locale });
      published += 1;
      strapi.log.info(`scheduled publishing: ${uid} ${draft.documentId} (${draft.locale})`);
    }
  }
  return published;
}
