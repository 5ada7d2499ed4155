// The public list of endorsements: which published association endorsed which published policy
// paper, and when, named in the language asked for. The portal shows a paper's endorsers and an
// association's endorsed papers from it. Who signed (the representative) never leaves the CMS.
import { endorsementListQuerySchema, type PublicEndorsement } from '@forum/shared';
import { parseInput } from '../../../access/parse-input';
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
    const query = parseInput(endorsementListQuerySchema, ctx.query, requestLocale(ctx));
    const locale = query.locale ?? 'ru';
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

    const page = query.pagination?.page ?? 1;
    const pageSize = query.pagination?.pageSize ?? defaultPageSize;
    ctx.body = {
      data: visible.slice((page - 1) * pageSize, page * pageSize),
      meta: { pagination: { page, pageSize, pageCount: Math.max(1, Math.ceil(visible.length / pageSize)), total: visible.length } },
    };
  },
};
