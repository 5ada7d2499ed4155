import { adminOrigins, pageContentSecurityPolicy, securityHeaders } from './security-headers';

const headerOf = (rules: ReturnType<typeof securityHeaders>, source: string, key: string) =>
  rules.find((rule) => rule.source === source)?.headers.find((header) => header.key === key)?.value;

describe('security headers', () => {
  it('let the admin on loopback frame the portal under either of its names', () => {
    expect(adminOrigins('http://127.0.0.1:1337')).toEqual(['http://127.0.0.1:1337', 'http://localhost:1337']);
    expect(adminOrigins('https://cms.creative-forum.example/')).toEqual(['https://cms.creative-forum.example']);
  });

  it('ask for HTTPS for two years only when the site is served over HTTPS', () => {
    const served = (siteUrl: string) => securityHeaders({ cmsUrl: 'http://cms:1337', siteUrl, development: false });
    expect(headerOf(served('https://creative-forum.example'), '/:path*', 'Strict-Transport-Security')).toBe('max-age=63072000; includeSubDomains');
    expect(headerOf(served('http://localhost:3000'), '/:path*', 'Strict-Transport-Security')).toBeUndefined();
    expect(headerOf(served('https://creative-forum.example'), '/:path*', 'Content-Security-Policy')).toContain('upgrade-insecure-requests');
  });

  it('allow no other origin\'s script, plugin or form target, and eval only in development', () => {
    const policy = pageContentSecurityPolicy({ adminOrigins: ['https://cms.example'], mediaOrigins: [], https: true, development: false });
    expect(policy).toContain("script-src 'self' 'unsafe-inline';");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("form-action 'self'");
    expect(policy).toContain("frame-ancestors 'self' https://cms.example");
    expect(pageContentSecurityPolicy({ adminOrigins: [], mediaOrigins: [], https: false, development: true })).toContain("'unsafe-eval'");
  });

  it('let images and video come from the media bucket when uploads go there', () => {
    const served = securityHeaders({ cmsUrl: 'http://cms:1337', siteUrl: '', mediaUrl: 'https://media.example/forum/', development: false });
    expect(headerOf(served, '/:path*', 'Content-Security-Policy')).toContain("img-src 'self' data: blob: https://media.example;");
    expect(headerOf(served, '/:path*', 'Content-Security-Policy')).toContain("media-src 'self' https://media.example;");
  });
});
