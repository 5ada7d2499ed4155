/** The portal's public origin (no trailing slash), for the absolute links of feeds and structured data. */
export const siteUrl = (process.env.SITE_URL ?? 'http://localhost:3000').replace(/\/+$/, '');

/** `/ru/news` -> `https://forum.example/ru/news`; an absolute URL (a cloud upload) is left as it is. */
export function absoluteUrl(path: string, origin = siteUrl): string {
  return /^https?:\/\//.test(path) ? path : `${origin}${path.startsWith('/') ? '' : '/'}${path}`;
}
