import { render } from '@testing-library/react';
import { SectorIcon } from './SectorIcon';
import { sectorIconDrawings, sectorIconNames } from './sectorIcons';

// The icon names the CMS seeds for the fourteen sectors (cms/src/seed/data/sectors.json).
const seededIconNames = [
  'megaphone', 'building', 'palette', 'frame', 'hammer', 'compass', 'shirt',
  'camera', 'film', 'music', 'mask', 'book', 'cursor', 'broadcast',
];

describe('every sector shows its own pictogram', () => {
  it.each(seededIconNames)('draws the "%s" icon', (name) => {
    const { container } = render(<SectorIcon name={name} />);
    const svg = container.querySelector('svg');
    expect(svg).not.toBeNull();
    expect(svg?.querySelectorAll('path, circle, rect').length).toBeGreaterThan(0);
    expect(svg?.getAttribute('aria-hidden')).toBe('true');
  });

  it('has a drawing for every icon name it knows, and no two sectors share one', () => {
    expect(Object.keys(sectorIconDrawings).sort()).toEqual([...sectorIconNames].sort());
    const { container: a } = render(<SectorIcon name="film" />);
    const { container: b } = render(<SectorIcon name="music" />);
    expect(a.innerHTML.replace(/data-icon="\w+"/, '')).not.toBe(b.innerHTML.replace(/data-icon="\w+"/, ''));
  });

  it('falls back to the palette for an icon name it does not know', () => {
    const { container } = render(<SectorIcon name="unknown-icon" />);
    const { container: palette } = render(<SectorIcon name="palette" />);
    expect(container.querySelector('svg')?.innerHTML).toBe(palette.querySelector('svg')?.innerHTML);
  });
});
