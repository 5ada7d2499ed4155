import { accessCookie, refreshCookie, secondsLeft, sessionCookies } from './tokens';

const jwtExpiringAt = (exp: number) => ['e30', Buffer.from(JSON.stringify({ id: 1, exp })).toString('base64url'), 'signature'].join('.');

describe('account session tokens', () => {
  it('reads how long an access token has left, and treats a broken one as expired', () => {
    const now = Date.parse('2026-11-27T10:00:00Z');
    expect(secondsLeft(jwtExpiringAt(now / 1000 + 1800), now)).toBe(1800);
    expect(secondsLeft(jwtExpiringAt(now / 1000 - 5), now)).toBe(0);
    expect(secondsLeft('not-a-jwt', now)).toBe(0);
    expect(secondsLeft(undefined, now)).toBe(0);
  });

  it('keeps both tokens in httpOnly, SameSite=Lax cookies the browser scripts cannot read', () => {
    const cookies = sessionCookies({ jwt: jwtExpiringAt(Date.now() / 1000 + 1800), refreshToken: 'refresh' });
    expect(cookies.map((cookie) => cookie.name)).toEqual([accessCookie, refreshCookie]);
    for (const cookie of cookies) expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'lax', path: '/' });
    expect(cookies[0].maxAge).toBeGreaterThan(1700);
    expect(cookies[1].maxAge).toBe(30 * 24 * 3600);
  });
});
