// The account session on the server: who is logged in (their access token, from the cookie), and
// the CMS's account API called on their behalf.
import 'server-only';
import { CmsError, type Locale } from '@forum/shared';
import { cookies } from 'next/headers';
import { cms } from '@/lib/cms/client';
import { visitorHeaders } from '@/lib/cms/visitor';
import { accessCookie, refreshCookie, sessionCookies, type SessionTokens } from './tokens';

export interface AccountSummary {
  user: { username: string; email: string; language: Locale | null };
  /** Named in the page's language; not yet `published` while the editors complete a new association. */
  association: { documentId: string; name: string; slug: string; published: boolean };
}

export async function accessToken(): Promise<string | null> {
  return (await cookies()).get(accessCookie)?.value ?? null;
}

/** Logs in with the CMS and keeps the tokens (from a server action). */
export async function logIn(email: string, password: string): Promise<void> {
  const tokens = await cms.send<SessionTokens>('POST', 'auth/local', { identifier: email, password }, { headers: await visitorHeaders() });
  const jar = await cookies();
  for (const cookie of sessionCookies(tokens)) jar.set(cookie);
}

/** Ends the session at the CMS (the refresh token stops working) and forgets the cookies. */
export async function logOut(): Promise<void> {
  const jar = await cookies();
  const token = jar.get(accessCookie)?.value;
  const refreshToken = jar.get(refreshCookie)?.value;
  if (token) await cms.send('POST', 'auth/logout', { refreshToken }, { headers: { Authorization: `Bearer ${token}` } }).catch(() => undefined);
  jar.delete(accessCookie);
  jar.delete(refreshCookie);
}

/** A call to the CMS's account API as the logged-in representative; null when there is no session or it is over. */
export async function asRepresentative<T>(call: (headers: Record<string, string>) => Promise<T>): Promise<T | null> {
  const token = await accessToken();
  if (!token) return null;
  try {
    return await call({ Authorization: `Bearer ${token}`, ...(await visitorHeaders()) });
  } catch (error) {
    if (error instanceof CmsError && (error.status === 401 || error.status === 403)) return null;
    throw error;
  }
}
