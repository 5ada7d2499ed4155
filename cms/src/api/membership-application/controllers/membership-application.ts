// An application to join the alliance becomes a pending record for the editors, never a public
// entry. A bot that filled in the hidden field is answered as everyone else, and nothing is stored.
import { joinHoneypotField, membershipApplicationSchema } from '@forum/shared';
import { parseInput } from '../../../access/parse-input';
import { sectorIdsOf } from '../../../accounts/sectors';
import { requestLocale } from '../../../access/request-locale';

interface Context {
  request: { body?: Record<string, unknown> };
  query: Record<string, unknown>;
  get: (header: string) => string;
  status: number;
  body: unknown;
}

const received = { received: true };

export default {
  async apply(ctx: Context) {
    const locale = requestLocale(ctx);
    const input = ctx.request.body ?? {};
    ctx.status = 202;
    if (typeof input[joinHoneypotField] === 'string' && input[joinHoneypotField] !== '') {
      ctx.body = received;
      return;
    }
    const { [joinHoneypotField]: _honeypot, sectors: sectorSlugs, ...application } = parseInput(membershipApplicationSchema, input, locale);
    const sectors = await sectorIdsOf(strapi, sectorSlugs, locale);
    await strapi.documents('api::membership-application.membership-application').create({
      data: { ...application, email: application.email.toLowerCase(), sectors } as never,
    });
    ctx.body = received;
  },
};
