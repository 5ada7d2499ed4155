import { outcomesReportQuerySchema } from '@forum/shared';
import { parseInput } from '../../../access/parse-input';
import { requestLocale } from '../../../access/request-locale';
import { makeOutcomesReport } from '../../../outcomes/report';

interface Context {
  query: Record<string, unknown>;
  get: (header: string) => string;
  set: (header: string, value: string) => void;
  body: unknown;
}

export default {
  async pdf(ctx: Context) {
    const { locale } = parseInput(outcomesReportQuerySchema, ctx.query, requestLocale(ctx));
    const report = await makeOutcomesReport(strapi, locale);
    ctx.set('Content-Type', 'application/pdf');
    ctx.set('Content-Disposition', `inline; filename="${report.fileName}"`);
    ctx.set('Last-Modified', new Date(report.madeAt).toUTCString());
    ctx.body = report.pdf;
  },
};
