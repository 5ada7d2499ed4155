/**
 * JSON for a <script type="application/ld+json">: `<`, `>` and `&` are written as \u escapes so
 * that no text from the CMS can close the script element or open another, and U+2028/U+2029 so
 * that older parsers read it as one line.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
