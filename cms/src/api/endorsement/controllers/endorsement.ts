// The public list of endorsements: which published association endorsed which published policy
// paper, and when, named in the language asked for. The portal shows a paper's endorsers and an
// association's endorsed papers from it. Who signed (the representative) never leaves the CMS.
import { endorsementListQuerySchema, fieldErrors, type PublicEndorsement } from '@forum/shared';
import { errors } from '@strapi/utils';
import { requestLocale } from '../../../access/request-locale';
import { endorsementRecords, publishedIn } from '../../../endorsements/records';

interface Context {
  query: Record<string, unknown>;
  get: (header: string) => string;
  body: unknown;
}

const defaultPageSize = 100;

export default {
  async find(ctx: Context) {
    const parsed = endorsementListQuerySchema.safeParse(ctx.query);
    if (!parsed.success) {
      const { message, fields } = fieldErrors(parsed.error, ctx.query, requestLocale(ctx));
      throw new errors.ValidationError(message, { fields });
    }
    const locale = parsed.data.locale ?? 'ru';
    const records = await endorsementRecords(strapi);
    const [papers, associations] = await Promise.all([
      publishedIn(strapi, 'api::policy-paper.policy-paper', locale, records.map((record) => record.policyPaper), ['title', 'slug', 'kind', 'state']),
      publishedIn(strapi, 'api::association.association', locale, records.map((record) => record.association), ['name', 'slug']),
    ]);
    const visible: PublicEndorsement[] = records.flatMap((record) => {
      const policyPaper = record.policyPaper ? papers.get(record.policyPaper) : undefined;
      const association = record.association ? associations.get(record.association) : undefined;
      return policyPaper && association ? [{ documentId: record.documentId, endorsedAt: record.endorsedAt, policyPaper, association } as PublicEndorsement] : [];
    });

    const page = parsed.data.pagination?.page ?? 1;
    const pageSize = parsed.data.pagination?.pageSize ?? defaultPageSize;
    ctx.body = {
      data: visible.slice((page - 1) * pageSize, page * pageSize),
      meta: { pagination: { page, pageSize, pageCount: Math.max(1, Math.ceil(visible.length / pageSize)), total: visible.length } },
    };
  },
};
