// A per-client limit on the routes that send e-mail or store what strangers send (password links,
// submissions, applications): at most `max` requests per `windowSeconds` per client and route,
// counted in this process's memory. Behind the portal, every request comes from the portal's
// server: the portal names the visitor's address in X-Forwarded-For, and proves it is the portal
// with the PORTAL_PROXY_SECRET it shares with the CMS; anyone else is counted by their own address.
// The portal asking for itself (the secret, no visitor named: e.g. the catalogue's PDF it caches
// for everyone) is not limited.
import { timingSafeEqual, createHash } from 'node:crypto';
import { accessMessages } from '../access/messages';
import { requestLocale } from '../access/request-locale';

interface Context {
  ip: string;
  path: string;
  method: string;
  status: number;
  body: unknown;
  query?: Record<string, unknown>;
  get: (header: string) => string;
  set: (header: string, value: string) => void;
}

const sameSecret = (given: string, expected: string) => {
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(given), digest(expected));
};

/** The portal's own server, asking for no visitor in particular. */
export const portalItself = Symbol('portal');

export function clientAddress(ctx: Pick<Context, 'ip' | 'get'>): string | typeof portalItself {
  const secret = process.env.PORTAL_PROXY_SECRET;
  if (!secret || !sameSecret(ctx.get('x-portal-proxy-secret'), secret)) return ctx.ip;
  return ctx.get('x-forwarded-for').split(',')[0]?.trim() || portalItself;
}

const windows = new Map<string, { count: number; resetsAt: number }>();

export default (config: { max?: number; windowSeconds?: number }) => {
  const max = config.max ?? 5;
  const windowMs = (config.windowSeconds ?? 60) * 1000;
  return async (ctx: Context, next: () => Promise<void>) => {
    const client = clientAddress(ctx);
    if (client === portalItself) return next();
    const now = Date.now();
    const key = `${ctx.method} ${ctx.path} ${client}`;
    let entry = windows.get(key);
    if (!entry || entry.resetsAt <= now) {
      entry = { count: 0, resetsAt: now + windowMs };
      windows.set(key, entry);
    }
    entry.count += 1;
    if (entry.count > max) {
      ctx.status = 429;
      ctx.set('Retry-After', String(Math.ceil((entry.resetsAt - now) / 1000)));
      ctx.body = { data: null, error: { status: 429, name: 'RateLimitError', message: accessMessages[requestLocale(ctx)].tooMany } };
      return;
    }
    // Forget finished windows now and then, so that the map stays small.
    if (windows.size > 10_000) for (const [name, value] of windows) if (value.resetsAt <= now) windows.delete(name);
    await next();
  };
};
