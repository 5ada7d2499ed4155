// The account session as the portal keeps it: two httpOnly cookies holding the CMS's tokens (a
// short-lived access token and the refresh token of a revocable session). Pure and free of
// Next's server APIs, so that the proxy (which refreshes the tokens) and the pages share it.

export const accessCookie = 'forum_access';
export const refreshCookie = 'forum_refresh';

/** How long the refresh cookie lives; the CMS ends idle sessions earlier on its own. */
const refreshMaxAgeSeconds = 30 * 24 * 3600;

export interface SessionTokens {
  jwt: string;
  refreshToken: string;
}

/** Secure cookies wherever the portal is served over HTTPS. */
const secure = () => (process.env.SITE_URL ?? '').startsWith('https://');

export function cookieOptions(maxAge: number) {
  return { httpOnly: true, secure: secure(), sameSite: 'lax' as const, path: '/', maxAge };
}

/** The seconds until a JWT expires (0 when expired or unreadable); the signature is the CMS's business. */
export function secondsLeft(jwt: string | undefined, now = Date.now()): number {
  if (!jwt) return 0;
  try {
    const payload = JSON.parse(Buffer.from(jwt.split('.')[1] ?? '', 'base64url').toString('utf8')) as { exp?: number };
    return Math.max(0, Math.floor((payload.exp ?? 0) - now / 1000));
  } catch {
    return 0;
  }
}

/** The cookies that hold a new pair of tokens. */
export function sessionCookies({ jwt, refreshToken }: SessionTokens) {
  return [
    { name: accessCookie, value: jwt, ...cookieOptions(Math.max(60, secondsLeft(jwt))) },
    { name: refreshCookie, value: refreshToken, ...cookieOptions(refreshMaxAgeSeconds) },
  ];
}
