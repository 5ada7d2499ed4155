// The portal's security headers (applied to every response in next.config.ts). Next reads them at
// build time: build with the production SITE_URL, CMS_PUBLIC_URL and MEDIA_PUBLIC_URL.

type Header = { key: string; value: string };

const loopbackTwins: Record<string, string> = { 'localhost': '127.0.0.1', '127.0.0.1': 'localhost' };

/** The admin's origin may frame the portal: its Preview panel shows the draft page. */
export function adminOrigins(cmsUrl: string): string[] {
  const admin = new URL(cmsUrl);
  const twin = loopbackTwins[admin.hostname];
  if (!twin) return [admin.origin];
  return [admin.origin, `${admin.protocol}//${twin}${admin.port ? `:${admin.port}` : ''}`];
}

function directives(entries: Record<string, string[]>): string {
  return Object.entries(entries)
    .map(([name, values]) => [name, ...values].join(' '))
    .join('; ');
}

/**
 * For the pages. Scripts are this origin's only, but inline ones are allowed: every page is
 * prerendered (cached, the same bytes for every visitor), and Next's inline bootstrap scripts can
 * then carry no per-request nonce, nor a hash known in advance. No other origin's script, no plugin,
 * no <base>, and forms post only here.
 */
export function pageContentSecurityPolicy({ adminOrigins, mediaOrigins, https, development }: { adminOrigins: string[]; mediaOrigins: string[]; https: boolean; development: boolean }): string {
  return directives({
    'default-src': ["'self'"],
    // React's development build evaluates code for its stack traces.
    'script-src': ["'self'", "'unsafe-inline'", ...(development ? ["'unsafe-eval'"] : [])],
    'style-src': ["'self'", "'unsafe-inline'"],
    // Media from an S3 bucket or CDN (MEDIA_PUBLIC_URL) come from their own origin.
    'img-src': ["'self'", 'data:', 'blob:', ...mediaOrigins],
    'media-src': ["'self'", ...mediaOrigins],
    'font-src': ["'self'"],
    'connect-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    // Instead of X-Frame-Options, which cannot name the admin's origin.
    'frame-ancestors': ["'self'", ...adminOrigins],
    ...(https ? { 'upgrade-insecure-requests': [] } : {}),
  });
}

export function securityHeaders({ cmsUrl, siteUrl, mediaUrl, development }: { cmsUrl: string; siteUrl: string; mediaUrl?: string; development: boolean }) {
  const https = siteUrl.startsWith('https://');
  const common: Header[] = [
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()' },
    { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
    // Browsers remember for two years to come only over HTTPS; sent only when the site is served so.
    ...(https ? [{ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' }] : []),
  ];
  // Media under /uploads come from the CMS with its own policy (cms/src/middlewares/media-policy.ts).
  return [
    {
      source: '/:path*',
      headers: [...common, { key: 'Content-Security-Policy', value: pageContentSecurityPolicy({ adminOrigins: adminOrigins(cmsUrl), mediaOrigins: mediaUrl ? [new URL(mediaUrl).origin] : [], https, development }) }],
    },
  ];
}
