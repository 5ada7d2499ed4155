// Behind the portal, every request comes from the portal's server: the portal names the visitor's
// address in X-Forwarded-For and proves it is the portal with the PORTAL_PROXY_SECRET it shares with
// the CMS. That address then becomes the request's (ctx.request.ip), so that every limit keyed by
// address (ours in rate-limit.ts, Strapi's on login) counts visitors, not the portal. The portal
// asking for itself (the secret, no visitor named: e.g. the catalogue's PDF it caches for everyone) is
// marked as such. Anyone else, X-Forwarded-For or not, is known by the address they connect from.
import { sameSecret } from '@forum/shared/server';

interface Context {
  request: { ip: string };
  state: { fromPortalItself?: boolean };
  get: (header: string) => string;
}

export default () => async (ctx: Context, next: () => Promise<void>) => {
  const secret = process.env.PORTAL_PROXY_SECRET;
  if (secret && sameSecret(ctx.get('x-portal-proxy-secret'), secret)) {
    const visitor = ctx.get('x-forwarded-for').split(',')[0]?.trim();
    if (visitor) ctx.request.ip = visitor;
    else ctx.state.fromPortalItself = true;
  }
  await next();
};
