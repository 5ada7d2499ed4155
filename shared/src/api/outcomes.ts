// The project's results for donors: each indicator's actual value is counted from the published
// content by its rule (one REST count, the same question anyone can ask the CMS's public API), or
// entered by editors where no content can prove it (rule "manual").
import type { CmsClient, Collection } from './client';
import type { QueryParams } from './query-string';
import type { Locale } from '../types/strapi';
import { policyPaperStateValues, type Association, type ForumEvent, type Indicator, type IndicatorRule, type PolicyPaper, type PolicyPaperState, type ProjectStage, type Sector } from '../types/content';

/**
 * What the outcomes read: the public REST API for the portal, or the same questions put to the
 * CMS's Document Service for the report it typesets (so that both show the same figures).
 */
export type OutcomesReader = Pick<CmsClient, 'find' | 'findAll'>;

type CountedRule = Exclude<IndicatorRule, 'manual'>;

interface RuleQuery {
  collection: Collection;
  filters: QueryParams;
}

/** The indicators a donor reads first (their keys): the catalogue, the working sessions, the recommendations. */
export const headlineIndicatorKeys = ['associations_catalogued', 'working_sessions_held', 'recommendations'] as const;

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
export async function countByRule(cms: OutcomesReader, locale: Locale, rule: CountedRule, indicator: Pick<Indicator, 'periodStart' | 'periodEnd'>, now: Date): Promise<number> {
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
export async function listIndicatorOutcomes(cms: OutcomesReader, locale: Locale, now: Date): Promise<IndicatorOutcome[]> {
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
export function listProjectStages(cms: OutcomesReader, locale: Locale): Promise<ProjectStage[]> {
  return cms.findAll('project-stages', { locale, sort: ['number:asc'] });
}

export type HeldEvent = Pick<ForumEvent, 'documentId' | 'title' | 'slug' | 'kind' | 'startsAt'>;
export type PaperOutcome = Pick<PolicyPaper, 'documentId' | 'title' | 'slug' | 'state' | 'addressee'>;
export type MemberOutcome = Pick<Association, 'documentId' | 'name' | 'slug'>;
export type SectorOutcome = Pick<Sector, 'documentId' | 'name' | 'slug' | 'order'>;

/** The charts and the evidence behind the figures: what was held, put to the authorities and joined. */
export interface OutcomesOverview {
  stages: ProjectStage[];
  indicators: IndicatorOutcome[];
  /** The Forum's events that have started, oldest first. */
  heldEvents: HeldEvent[];
  /** Every published paper, drafts in preparation included, by title. */
  papers: PaperOutcome[];
  /** The associations that joined the alliance, by name. */
  members: MemberOutcome[];
  associationsBySector: { sector: SectorOutcome; count: number }[];
}

/** Everything the outcomes page and report show, in one round of requests after the sectors. */
export async function loadOutcomesOverview(cms: OutcomesReader, locale: Locale, now: Date): Promise<OutcomesOverview> {
  const [stages, indicators, heldEvents, papers, members, associationsBySector] = await Promise.all([
    listProjectStages(cms, locale),
    listIndicatorOutcomes(cms, locale, now),
    cms.findAll('events', { locale, filters: { startsAt: { $lt: now.toISOString() } }, fields: ['title', 'slug', 'kind', 'startsAt'], sort: ['startsAt:asc'] }),
    cms.findAll('policy-papers', { locale, fields: ['title', 'slug', 'state', 'addressee'], sort: ['title:asc'] }),
    cms.findAll('associations', { locale, filters: { allianceMembership: { $eq: 'member' } }, fields: ['name', 'slug'], sort: ['name:asc'] }),
    countAssociationsBySector(cms, locale),
  ]);
  return { stages, indicators, heldEvents, papers, members, associationsBySector };
}

/** How many published associations work in each sector (an association in two sectors counts in both), in the editors' order. */
async function countAssociationsBySector(cms: OutcomesReader, locale: Locale) {
  const sectors = await cms.findAll('sectors', { locale, fields: ['name', 'slug', 'order'], sort: ['order:asc', 'name:asc'] });
  return Promise.all(
    sectors.map(async (sector) => {
      const page = await cms.find('associations', { locale, filters: { sectors: { documentId: { $eq: sector.documentId } } }, fields: ['documentId'], pagination: { page: 1, pageSize: 1 } });
      return { sector, count: page.meta.pagination.total };
    }),
  );
}

/** The Forum's working sessions and seminars among the events held. */
export function workingSessions(events: readonly HeldEvent[]): HeldEvent[] {
  return events.filter((event) => (workingSessionKinds as readonly string[]).includes(event.kind));
}

const monthOf = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Moscow', year: 'numeric', month: '2-digit' });

/** `YYYY-MM` of a moment, in St Petersburg. */
export function monthKey(moment: string): string {
  const parts = Object.fromEntries(monthOf.formatToParts(new Date(moment)).map((part) => [part.type, part.value]));
  return `${parts.year}-${parts.month}`;
}

/** Events per month from the first to the last, months without any included (a gap is part of the story). */
export function eventsPerMonth(events: readonly Pick<HeldEvent, 'startsAt'>[]): { month: string; count: number }[] {
  if (events.length === 0) return [];
  const counts = new Map<string, number>();
  for (const event of events) counts.set(monthKey(event.startsAt), (counts.get(monthKey(event.startsAt)) ?? 0) + 1);
  const months = [...counts.keys()].sort();
  const result: { month: string; count: number }[] = [];
  let [year, month] = months[0].split('-').map(Number);
  const last = months[months.length - 1];
  for (;;) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    result.push({ month: key, count: counts.get(key) ?? 0 });
    if (key === last) return result;
    [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
  }
}

/** How many papers are in each state, every state listed (zero included), in the order of the paper's life. */
export function papersByState(papers: readonly Pick<PolicyPaper, 'state'>[]): { state: PolicyPaperState; count: number }[] {
  return policyPaperStateValues.map((state) => ({ state, count: papers.filter((paper) => paper.state === state).length }));
}

/** The outcomes report as a PDF, as the CMS typesets it (GET /api/outcomes-report.pdf). */
export interface OutcomesReportFile {
  pdf: Uint8Array;
  /** When the report was made (ISO): the date it is "as of". */
  madeAt: string;
  fileName: string;
}

export async function fetchOutcomesReport(cms: CmsClient, locale: Locale): Promise<OutcomesReportFile> {
  const { bytes, headers } = await cms.file('outcomes-report.pdf', { locale });
  return {
    pdf: bytes,
    madeAt: new Date(headers.get('last-modified') ?? Date.now()).toISOString(),
    fileName: /filename="([^"]+)"/.exec(headers.get('content-disposition') ?? '')?.[1] ?? 'outcomes-report.pdf',
  };
}
