// The project's results for donors: each indicator's actual value is counted from the published
// content by its rule (one REST count, the same question anyone can ask the CMS's public API), or
// entered by editors where no content can prove it (rule "manual").
import type { CmsClient, Collection } from './client';
import type { QueryParams } from './query-string';
import type { Locale } from '../types/strapi';
import type { Indicator, IndicatorRule, ProjectStage } from '../types/content';

type CountedRule = Exclude<IndicatorRule, 'manual'>;

interface RuleQuery {
  collection: Collection;
  filters: QueryParams;
}

/** The events that are the Forum's working sessions and seminars (stage 2's "monthly working sessions"). */
const workingSessionKinds = ['working_session', 'seminar'] as const;

/** An event is held once it has started (`now`), inside the indicator's period when it has one. */
function heldEvents(kinds: readonly string[], indicator: Pick<Indicator, 'periodStart' | 'periodEnd'>, now: Date): QueryParams {
  const before = indicator.periodEnd && indicator.periodEnd < now.toISOString().slice(0, 10) ? `${indicator.periodEnd}T23:59:59.999Z` : now.toISOString();
  return {
    kind: { $in: [...kinds] },
    startsAt: { $lt: before, ...(indicator.periodStart ? { $gte: `${indicator.periodStart}T00:00:00.000Z` } : {}) },
  };
}

/** What each rule counts, as a filter on a public collection. */
export function ruleQuery(rule: CountedRule, indicator: Pick<Indicator, 'periodStart' | 'periodEnd'>, now: Date): RuleQuery {
  switch (rule) {
    case 'associations_catalogued':
      return { collection: 'associations', filters: {} };
    case 'alliance_members':
      return { collection: 'associations', filters: { allianceMembership: { $eq: 'member' } } };
    case 'working_sessions_held':
      return { collection: 'events', filters: heldEvents(workingSessionKinds, indicator, now) };
    case 'final_session_held':
      return { collection: 'events', filters: heldEvents(['final_session'], indicator, now) };
    case 'recommendations_submitted':
      return { collection: 'policy-papers', filters: { state: { $ne: 'draft' } } };
    case 'association_news':
      return { collection: 'news-articles', filters: { source: { $eq: 'association' } } };
  }
}

/** How many published documents of this language the rule counts (Strapi's `meta.pagination.total`). */
export async function countByRule(cms: CmsClient, locale: Locale, rule: CountedRule, indicator: Pick<Indicator, 'periodStart' | 'periodEnd'>, now: Date): Promise<number> {
  const { collection, filters } = ruleQuery(rule, indicator, now);
  const page = await cms.find(collection, { locale, filters, fields: ['documentId'], pagination: { page: 1, pageSize: 1 } });
  return page.meta.pagination.total;
}

export interface IndicatorOutcome extends Indicator {
  /** The value reached: counted from the content, or entered by editors (null when they have not). */
  actual: number | null;
  /** Where the value comes from. */
  source: 'content' | 'editors';
}

/** Every published indicator of this language, ordered by stage and key, with its actual value. */
export async function listIndicatorOutcomes(cms: CmsClient, locale: Locale, now: Date): Promise<IndicatorOutcome[]> {
  const indicators = await cms.findAll('indicators', { locale, populate: { stage: { fields: ['number', 'title'] } }, sort: ['key:asc'] });
  const outcomes = await Promise.all(
    indicators.map(async (indicator): Promise<IndicatorOutcome> =>
      indicator.rule === 'manual'
        ? { ...indicator, actual: indicator.manualActual === null ? null : Number(indicator.manualActual), source: 'editors' }
        : { ...indicator, actual: await countByRule(cms, locale, indicator.rule, indicator, now), source: 'content' },
    ),
  );
  return outcomes.sort((a, b) => (a.stage?.number ?? 99) - (b.stage?.number ?? 99) || a.key.localeCompare(b.key));
}

/** How far an indicator has come from its baseline toward its target, 0 to 1. */
export function progressOf(outcome: Pick<IndicatorOutcome, 'baseline' | 'target' | 'actual'>): number {
  const baseline = Number(outcome.baseline ?? 0);
  const target = Number(outcome.target);
  if (outcome.actual === null || target === baseline) return outcome.actual !== null && outcome.actual >= target ? 1 : 0;
  return Math.min(1, Math.max(0, (outcome.actual - baseline) / (target - baseline)));
}

/** The project's three stages, in order. */
export function listProjectStages(cms: CmsClient, locale: Locale): Promise<ProjectStage[]> {
  return cms.findAll('project-stages', { locale, sort: ['number:asc'] });
}
