/** A page number to link, or a gap standing for the pages left out between two of them. */
export type PageLink = number | 'gap';

/**
 * The page numbers a list's pagination shows: the first, the last, and the pages around the current
 * one, with a gap where pages are left out (a gap of one page shows that page instead). A list of
 * 50,000 news has 4,000 pages: linking every one made each page of the list 2 MB.
 */
export function pageWindow(page: number, pageCount: number, around = 2): PageLink[] {
  if (pageCount < 1) return [];
  // A page past the last one (an old link) shows the window at the end of the list.
  const centre = Math.min(Math.max(page, 1), pageCount);
  const shown = new Set([1, pageCount]);
  for (let number = centre - around; number <= centre + around; number += 1) if (number >= 1 && number <= pageCount) shown.add(number);
  const links: PageLink[] = [];
  let previous = 0;
  for (const number of [...shown].sort((a, b) => a - b)) {
    if (number - previous === 2) links.push(number - 1);
    else if (number - previous > 2) links.push('gap');
    links.push(number);
    previous = number;
  }
  return links;
}
