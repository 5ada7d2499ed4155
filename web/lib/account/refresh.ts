// Renews an account's access token before a page of the account renders (the proxy calls this):
// pages cannot set cookies while rendering, the proxy can.
import type { CmsClient } from '@forum/shared';
import type { NextRequest, NextResponse } from 'next/server';
import { accessCookie, refreshCookie, secondsLeft, sessionCookies, type SessionTokens } from './tokens';

/** Renew when the access token has less than this left. */
const renewBeforeSeconds = 60;

export const isAccountPath = (pathname: string) => /^\/(ru|en)\/account(\/|$)/.test(pathname);

/**
 * New tokens for a request to the account whose access token is about to expire, or null when it
 * needs none (or the session is over: the page then asks to log in again).
 */
export async function renewedTokens(request: NextRequest, cms: CmsClient): Promise<SessionTokens | null> {
  const refreshToken = request.cookies.get(refreshCookie)?.value;
  if (!refreshToken || secondsLeft(request.cookies.get(accessCookie)?.value) > renewBeforeSeconds) return null;
  try {
    return await cms.send<SessionTokens>('POST', 'auth/refresh', { refreshToken });
  } catch {
    return null;
  }
}

/** Puts the new tokens in the request the page sees and in the cookies the browser keeps. */
export function withTokens(request: NextRequest, respond: (init: { request: { headers: Headers } }) => NextResponse, tokens: SessionTokens): NextResponse {
  const cookies = sessionCookies(tokens);
  for (const cookie of cookies) request.cookies.set(cookie.name, cookie.value);
  const response = respond({ request: { headers: new Headers(request.headers) } });
  for (const cookie of cookies) response.cookies.set(cookie);
  return response;
}
