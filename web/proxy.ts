import createMiddleware from 'next-intl/middleware';
import { routing } from './i18n/routing';

// Adds the language prefix: "/" negotiates from Accept-Language (then the cookie), "/about" -> "/ru/about".
export default createMiddleware(routing);

export const config = {
  // Not for API routes, Next's internals, CMS media (rewritten to the CMS) or files with an extension.
  matcher: ['/((?!api|_next|_vercel|uploads|.*\\..*).*)'],
};
