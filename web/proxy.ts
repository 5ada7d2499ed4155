import { createCmsClient, type Locale } from '@forum/shared';
import createMiddleware from 'next-intl/middleware';
import { NextResponse, type NextRequest } from 'next/server';
import { routing } from './i18n/routing';
import { createKnownSlugs, matchPath, notFoundRoute } from './lib/known-slugs';
import { createMovedSlugs } from './lib/moved-slugs';
import { isAccountPath, renewedTokens, withTokens } from './lib/account/refresh';
import { listRewrite } from './lib/list-routes';

// Adds the language prefix: "/" negotiates from Accept-Language (then the cookie), "/about" -> "/ru/about".
const handleI18nRouting = createMiddleware(routing);

const cms = createCmsClient({
  baseUrl: process.env.CMS_URL ?? 'http://127.0.0.1:1337',
  // A slow CMS must not hold the visitor: after 3 s the request goes through undecided.
  fetch: (input, init) => fetch(input, { ...init, signal: AbortSignal.timeout(3000) }),
});

// Unknown addresses get a real 404 here, before any page renders (see lib/known-slugs.ts for why).
const knownSlugs = createKnownSlugs(cms);
// ...unless the address is an old one of an item whose slug changed.
const movedSlugs = createMovedSlugs(cms);

/** Marks the proxy's own request for the not-found page, which must reach the page. */
const internalRequestHeader = 'x-forum-not-found-page';

/**
 * The server-rendered not-found page with status 404. Next serves a prerendered page rewritten to
 * with `NextResponse.rewrite(url, { status: 404 })` as a 200, so the proxy fetches the page from this
 * server and answers with it; should that fail, the rewrite still shows the page.
 */
async function notFoundResponse(request: NextRequest, locale: Locale) {
  const path = `/${locale}/${notFoundRoute}`;
  try {
    const page = await fetch(new URL(path, `http://127.0.0.1:${process.env.PORT ?? 3000}`), {
      headers: { [internalRequestHeader]: '1', accept: 'text/html' },
      signal: AbortSignal.timeout(3000),
    });
    if (page.ok) {
      // Not cached anywhere: the address may be published a minute later.
      return new NextResponse(page.body, {
        status: 404,
        headers: { 'content-type': page.headers.get('content-type') ?? 'text/html; charset=utf-8', 'cache-control': 'no-store' },
      });
    }
  } catch {
    // Fall through to the rewrite.
  }
  const url = request.nextUrl.clone();
  url.pathname = path;
  return NextResponse.rewrite(url, { status: 404 });
}

/** Next's draft-mode cookie: an editor previewing may open a draft whose slug is not published yet (the page itself checks). */
const previewCookie = '__prerender_bypass';

export default async function proxy(request: NextRequest) {
  const match = request.headers.has(internalRequestHeader) ? null : matchPath(request.nextUrl.pathname);
  if (match && match.kind !== 'fixed' && !request.cookies.has(previewCookie)) {
    const exists = match.kind === 'item' ? await knownSlugs.isPublished(match.collection, match.locale, match.slug) : false;
    if (exists === false) {
      const newPath = match.kind === 'item' ? await movedSlugs.newPath(request.nextUrl.pathname, match.collection, match.locale, match.slug) : null;
      if (newPath) {
        const url = request.nextUrl.clone();
        url.pathname = newPath;
        return NextResponse.redirect(url, 308);
      }
      return notFoundResponse(request, match.locale);
    }
  }
  // A list with filters is rendered by its filtered route (see lib/list-routes.ts).
  if (match?.kind === 'fixed') {
    const rewrite = listRewrite(request.nextUrl.pathname, request.nextUrl.searchParams);
    if (rewrite) {
      // A copy of nextUrl keeps this server's own origin: the rewrite stays internal.
      const url = request.nextUrl.clone();
      [url.pathname, url.search] = [rewrite.pathname, rewrite.search];
      return NextResponse.rewrite(url);
    }
  }
  // An account page renders with a fresh access token (pages cannot set cookies, the proxy can).
  if (isAccountPath(request.nextUrl.pathname)) {
    const tokens = await renewedTokens(request, cms);
    if (tokens) return withTokens(request, (init) => NextResponse.next(init), tokens);
  }
  // Files (event.ics) skip the language routing, as they would without the matcher entry below.
  if (request.nextUrl.pathname.endsWith('.ics')) return NextResponse.next();
  return handleI18nRouting(request);
}

export const config = {
  matcher: [
    // Not for API routes, Next's internals, CMS media (rewritten to the CMS) or files with an extension...
    '/((?!api|_next|_vercel|uploads|.*\\..*).*)',
    // ...except an event's calendar file, whose slug is checked like the event page's.
    '/:locale/events/:slug/event.ics',
  ],
};
