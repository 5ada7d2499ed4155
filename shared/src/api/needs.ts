// The Stage 1 inventory's public summary: the needs the associations named, grouped into themes that
// editors keep in the CMS, each with who named it and what the Forum did about it.
import type { CmsClient } from './client';
import type { Locale } from '../types/strapi';
import type { Association, ForumEvent, NeedTheme, PolicyPaper, Sector } from '../types/content';
import { withLocalizations } from './presets';

export const needThemePreset = {
  fields: ['title', 'slug', 'description', 'order'],
  populate: {
    associations: { fields: ['name', 'slug'], populate: { sectors: { fields: ['name', 'slug', 'order'] } } },
    policyPapers: { fields: ['title', 'slug', 'state'] },
    events: { fields: ['title', 'slug', 'kind', 'startsAt'] },
    ...withLocalizations,
  },
};

export type ThemeSector = Pick<Sector, 'documentId' | 'name' | 'slug' | 'order'>;

export interface NeedThemeSummary extends Pick<NeedTheme, 'documentId' | 'title' | 'slug' | 'description' | 'order' | 'localizations'> {
  associations: (Pick<Association, 'documentId' | 'name' | 'slug'> & { sectors?: ThemeSector[] })[];
  policyPapers: Pick<PolicyPaper, 'documentId' | 'title' | 'slug' | 'state'>[];
  events: Pick<ForumEvent, 'documentId' | 'title' | 'slug' | 'kind' | 'startsAt'>[];
}

/** Every published theme of this language, in the editors' order, with the published documents it links. */
export async function listNeedThemes(cms: CmsClient, locale: Locale): Promise<NeedThemeSummary[]> {
  const themes = await cms.findAll('need-themes', { locale, sort: ['order:asc', 'title:asc'], ...needThemePreset });
  return themes.map((theme) => ({
    ...theme,
    associations: [...(theme.associations ?? [])].sort((a, b) => a.name.localeCompare(b.name, locale)),
    policyPapers: theme.policyPapers ?? [],
    events: [...(theme.events ?? [])].sort((a, b) => a.startsAt.localeCompare(b.startsAt)),
  }));
}

/**
 * Where the Forum stands on a theme: answered by a recommendation put to the authorities, a
 * recommendation still being drafted, or still open.
 */
export type ThemeResponse = 'answered' | 'in_preparation' | 'open';

export function themeResponse(theme: Pick<NeedThemeSummary, 'policyPapers'>): ThemeResponse {
  if (theme.policyPapers.some((paper) => paper.state !== 'draft')) return 'answered';
  return theme.policyPapers.length > 0 ? 'in_preparation' : 'open';
}

/** How many of the theme's associations work in each sector, in the editors' order of sectors (an association in two sectors counts in both). */
export function themeSectorCounts(theme: Pick<NeedThemeSummary, 'associations'>): { sector: ThemeSector; count: number }[] {
  const counts = new Map<string, { sector: ThemeSector; count: number }>();
  for (const association of theme.associations) {
    for (const sector of association.sectors ?? []) {
      const entry = counts.get(sector.documentId) ?? { sector, count: 0 };
      entry.count += 1;
      counts.set(sector.documentId, entry);
    }
  }
  return [...counts.values()].sort((a, b) => a.sector.order - b.sector.order || a.sector.name.localeCompare(b.sector.name));
}
