// The outcomes report: the outcomes page's figures as a dated PDF for donors, typeset by the same
// worker as the catalogue. GET /api/outcomes-report.pdf; the portal caches it with the outcomes page.
import { loadOutcomesOverview, type Locale, type SiteSettings } from '@forum/shared';
import type { Core } from '@strapi/strapi';
import { typesetInWorker } from '../typesetting/queue';
import { publishedContentReader } from './published-reader';
import { reportWords } from './texts';

export interface OutcomesReport {
  pdf: Buffer;
  madeAt: string;
  fileName: string;
}

export async function makeOutcomesReport(strapi: Core.Strapi, locale: Locale): Promise<OutcomesReport> {
  const now = new Date();
  const [overview, settings] = await Promise.all([
    loadOutcomesOverview(publishedContentReader(strapi), locale, now),
    strapi.documents('api::global.global').findFirst({ locale, status: 'published', fields: ['siteName'] }) as unknown as Promise<SiteSettings | null>,
  ]);
  const madeAt = now.toISOString();
  const siteUrl = (process.env.SITE_URL ?? 'http://localhost:3000').replace(/\/+$/, '');
  const pdf = await typesetInWorker({ kind: 'outcomes report', locale, overview, siteName: settings?.siteName ?? '', outcomesUrl: `${siteUrl}/${locale}/outcomes`, madeAt });
  return { pdf, madeAt, fileName: `${reportWords[locale].fileName}-${madeAt.slice(0, 10)}.pdf` };
}
