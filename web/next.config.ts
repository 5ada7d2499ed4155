import { submissionLimits } from '@forum/shared';
import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';
import { securityHeaders } from './lib/security-headers';

const cmsUrl = process.env.CMS_URL ?? 'http://127.0.0.1:1337';

/**
 * With REDIS_URL, the cache lives in that Redis instead of this process's memory and disk: pages,
 * route answers and 'use cache' data, with their revalidation, so that several portal instances
 * behind one load balancer serve one cache (docs/deployment.md). Read when the server starts.
 */
const sharedCache: Partial<NextConfig> = process.env.REDIS_URL
  ? {
      cacheHandler: require.resolve('./cache-handlers/pages.js'),
      cacheHandlers: { default: require.resolve('./cache-handlers/use-cache.js') },
      cacheMaxMemorySize: 0,
    }
  : {};

const nextConfig: NextConfig = {
  ...sharedCache,
  // `npm test` builds into a folder of its own, so it never replaces the build `npm start` serves.
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  cacheComponents: true,
  partialPrefetching: true,
  cacheLife: {
    // CMS content: fresh for a minute, refreshed in the background every 5 minutes, and served
    // stale for up to 30 days while the CMS is down (the data layer throws instead of returning nothing).
    cms: { stale: 60, revalidate: 300, expire: 86400 * 30 },
  },
  poweredByHeader: false,
  experimental: {
    // A news submission carries its cover (the CMS checks its size and says so in the visitor's language).
    serverActions: { bodySizeLimit: submissionLimits.coverBytes + 1024 * 1024 },
  },
  typedRoutes: false,
  async headers() {
    return securityHeaders({
      cmsUrl: process.env.CMS_PUBLIC_URL || cmsUrl,
      siteUrl: process.env.SITE_URL ?? '',
      mediaUrl: process.env.MEDIA_PUBLIC_URL || undefined,
      development: process.env.NODE_ENV === 'development',
    });
  },
  async rewrites() {
    // CMS media served from our own origin, so next/image treats them as local images.
    return [{ source: '/uploads/:path*', destination: `${cmsUrl}/uploads/:path*` }];
  },
};

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

export default withNextIntl(nextConfig);
