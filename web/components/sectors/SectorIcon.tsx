import { isSectorIconName, sectorIconDrawings } from './sectorIcons';

/** A sector's pictogram, drawn inline (no request, inherits the text colour); an unknown name gets the palette. */
export function SectorIcon({ name, className }: { name: string; className?: string }) {
  const drawing = sectorIconDrawings[isSectorIconName(name) ? name : 'palette'];
  return (
    <svg
      className={className}
      viewBox="0 0 24 24"
      width="32"
      height="32"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.6"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
      data-icon={name}
    >
      {drawing}
    </svg>
  );
}
