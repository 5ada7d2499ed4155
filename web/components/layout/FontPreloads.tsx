import type { Locale } from '@forum/shared';

// The web fonts' files (the layout imports their @font-face rules from @fontsource), as the build
// publishes them: the same hashed addresses the stylesheet asks for. Latin carries the digits,
// spaces and punctuation of either language's text; Cyrillic the Russian letters.
const latinFiles = [
  new URL('@fontsource-variable/inter/files/inter-latin-wght-normal.woff2', import.meta.url).href,
  new URL('@fontsource/pt-serif/files/pt-serif-latin-700-normal.woff2', import.meta.url).href,
];
const cyrillicFiles = [
  new URL('@fontsource-variable/inter/files/inter-cyrillic-wght-normal.woff2', import.meta.url).href,
  new URL('@fontsource/pt-serif/files/pt-serif-cyrillic-700-normal.woff2', import.meta.url).href,
];

/**
 * Asks for the fonts of a page in this language together with its stylesheets, instead of after its
 * first layout, and at low priority: the text is first set in the metric-matched fallbacks of
 * globals.css and the fonts swap in without moving it, so they need not compete with the page for a
 * slow connection, nor hold its first paint (Lighthouse counts high-priority fonts into it: on the
 * home page its simulated first contentful paint on a slow phone was 2.0-2.2 s with the fonts found
 * by the first layout, 1.1-1.3 s with these). React puts the links in the <head>.
 */
export function FontPreloads({ locale }: { locale: Locale }) {
  return (locale === 'ru' ? [...cyrillicFiles, ...latinFiles] : latinFiles).map((href) => (
    <link key={href} rel="preload" href={href} as="font" type="font/woff2" crossOrigin="anonymous" fetchPriority="low" />
  ));
}
