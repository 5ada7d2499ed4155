// The catalogue's addresses and the small mappings its pages need. Pure, with no runtime import of
// @forum/shared (a CommonJS bundle with zod): the live filtering's client component uses it too.
import type { Locale, SharedGeoPoint } from '@forum/shared';

export const cataloguePath = (locale: Locale) => `/${locale}/associations`;
export const associationPath = (locale: Locale, slug: string) => `/${locale}/associations/${slug}`;
export const sectorPath = (locale: Locale, slug: string) => `/${locale}/sectors/${slug}`;

/** The catalogue's URL parameters, in the order the address shows them. */
export const catalogueParamNames = ['q', 'sector', 'kind', 'membership', 'page'] as const;

type ParamValue = string | number | string[] | null | undefined;
type ParamSource = URLSearchParams | { readonly [name: string]: ParamValue };

function firstValue(source: ParamSource, name: string): string | undefined {
  const value = source instanceof URLSearchParams ? source.get(name) : source[name];
  const first = Array.isArray(value) ? value[0] : value;
  const text = first === null || first === undefined ? '' : String(first).trim();
  return text === '' ? undefined : text;
}

/**
 * The catalogue's filters as a query string (`q=мебель&sector=design`), in a stable order, leaving
 * out empty ones, page 1 and anything else: the same filters always give the same address (and the
 * same SWR key).
 */
export function catalogueQueryString(source: ParamSource): string {
  const params = new URLSearchParams();
  for (const name of catalogueParamNames) {
    const value = firstValue(source, name);
    if (value !== undefined && !(name === 'page' && value === '1')) params.set(name, value);
  }
  return params.toString();
}

/** The catalogue's address with these filters. */
export function catalogueHref(locale: Locale, source: ParamSource): string {
  const query = catalogueQueryString(source);
  return query ? `${cataloguePath(locale)}?${query}` : cataloguePath(locale);
}

/** The JSON route the live filtering asks (app/api/catalogue/route.ts). */
export function catalogueApiHref(locale: Locale, source: ParamSource): string {
  const query = catalogueQueryString(source);
  return `/api/catalogue?locale=${locale}${query ? `&${query}` : ''}`;
}

/** Problems and needs are kept one per line: the list items, without blank lines or typed bullets. */
export function textLines(text: string | null | undefined): string[] {
  return (text ?? '')
    .split(/\r?\n/)
    .map((line) => line.replace(/^\s*(?:[-•*–—]|\d+[.)])\s+/, '').trim())
    .filter((line) => line.length > 0);
}

/** The place on openstreetmap.org, with a marker. */
export function openStreetMapUrl(point: Pick<SharedGeoPoint, 'latitude' | 'longitude'>): string {
  const lat = point.latitude.toFixed(5);
  const lon = point.longitude.toFixed(5);
  return `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lon}#map=17/${lat}/${lon}`;
}

/** A website as people read it: `https://www.x.example/` -> `x.example`. */
export function displayUrl(url: string): string {
  return url.replace(/^https?:\/\//, '').replace(/^www\./, '').replace(/\/+$/, '');
}

/** A phone number as a tel: link (digits and the leading +). */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}
