// A per-visitor limit on the routes that send e-mail or store what strangers send (password links,
// submissions, applications): at most `max` requests per `windowSeconds` per visitor and route,
// counted in this process's memory. The visitor's address is the one the portal names
// (visitor-address.ts); the portal asking for itself is not limited.
import { accessMessages } from '../access/messages';
import { requestLocale } from '../access/request-locale';

interface Context {
  ip: string;
  path: string;
  method: string;
  status: number;
  body: unknown;
  state: { fromPortalItself?: boolean };
  query?: Record<string, unknown>;
  get: (header: string) => string;
  set: (header: string, value: string) => void;
}

const windows = new Map<string, { count: number; resetsAt: number }>();

export default (config: { max?: number; windowSeconds?: number }) => {
  const max = config.max ?? 5;
  const windowMs = (config.windowSeconds ?? 60) * 1000;
  return async (ctx: Context, next: () => Promise<void>) => {
    if (ctx.state.fromPortalItself) return next();
    const now = Date.now();
    const key = `${ctx.method} ${ctx.path} ${ctx.ip}`;
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
