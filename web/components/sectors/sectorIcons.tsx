import type { ReactNode } from 'react';

/** The icon names the CMS may give a sector (Sector.icon), each drawn below on a 24x24 grid. */
export const sectorIconNames = [
  'megaphone', 'building', 'palette', 'frame', 'hammer', 'compass', 'shirt',
  'camera', 'film', 'music', 'mask', 'book', 'cursor', 'broadcast',
] as const;

export type SectorIconName = (typeof sectorIconNames)[number];

export const sectorIconDrawings: Record<SectorIconName, ReactNode> = {
  megaphone: (
    <>
      <path d="M3 10v4h3l8 4.5v-13L6 10z" />
      <path d="M17 9a4 4 0 0 1 0 6" />
      <path d="M6 14l1.5 5.5h3L9 15" />
    </>
  ),
  building: (
    <>
      <rect x="4" y="3" width="16" height="18" rx="1" />
      <path d="M8 7h2M14 7h2M8 11h2M14 11h2M8 15h2M14 15h2M10 21v-3h4v3" />
    </>
  ),
  palette: (
    <>
      <path d="M12 3a9 9 0 1 0 0 18c1.1 0 1.6-.9 1.2-1.8-.5-1.1.2-2.2 1.4-2.2H17a4 4 0 0 0 4-4c0-5.5-4-10-9-10z" />
      <circle cx="7.5" cy="11" r="1" />
      <circle cx="10" cy="7" r="1" />
      <circle cx="15" cy="7.5" r="1" />
    </>
  ),
  frame: (
    <>
      <rect x="3" y="3" width="18" height="18" rx="1" />
      <rect x="7" y="7" width="10" height="10" />
      <path d="M7 15l3-3 2 2 2-3 3 4" />
    </>
  ),
  hammer: (
    <>
      <path d="M4 20l10-10" />
      <path d="M11 7l4-4 6 6-4 4z" />
    </>
  ),
  compass: (
    <>
      <circle cx="12" cy="4" r="1.5" />
      <path d="M11.3 5.3L6 20M12.7 5.3L18 20M8 14h8" />
    </>
  ),
  shirt: <path d="M8 3L3 6l2 5 3-1v11h8V10l3 1 2-5-5-3a4 4 0 0 1-8 0z" />,
  camera: (
    <>
      <path d="M4 7h3l2-3h6l2 3h3a1 1 0 0 1 1 1v11a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1V8a1 1 0 0 1 1-1z" />
      <circle cx="12" cy="13" r="4" />
    </>
  ),
  film: (
    <>
      <rect x="3" y="4" width="18" height="16" rx="1" />
      <path d="M7 4v16M17 4v16M3 8h4M3 12h4M3 16h4M17 8h4M17 12h4M17 16h4" />
    </>
  ),
  music: (
    <>
      <path d="M9 18V5l11-2v13" />
      <circle cx="6" cy="18" r="3" />
      <circle cx="17" cy="16" r="3" />
    </>
  ),
  mask: (
    <>
      <path d="M4 4h16v7a8 8 0 0 1-16 0z" />
      <path d="M8 9h2M14 9h2" />
      <path d="M9 14a4 4 0 0 0 6 0" />
    </>
  ),
  book: (
    <>
      <path d="M3 5h6a3 3 0 0 1 3 3v12a2 2 0 0 0-2-2H3z" />
      <path d="M21 5h-6a3 3 0 0 0-3 3v12a2 2 0 0 1 2-2h7z" />
    </>
  ),
  cursor: <path d="M4 3l7 17 2.5-7 7-2.5z" />,
  broadcast: (
    <>
      <circle cx="12" cy="12" r="2" />
      <path d="M8.5 8.5a5 5 0 0 0 0 7M15.5 8.5a5 5 0 0 1 0 7M5.6 5.6a9 9 0 0 0 0 12.8M18.4 5.6a9 9 0 0 1 0 12.8" />
    </>
  ),
};

export function isSectorIconName(name: string): name is SectorIconName {
  return (sectorIconNames as readonly string[]).includes(name);
}
