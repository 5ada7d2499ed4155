// Turns the outcomes (as the portal's outcomes page reads them) into the report's words and figures,
// and renders it; runs in the typesetting worker (src/typesetting), started by report.ts.
import { eventsPerMonth, headlineIndicatorKeys, papersByState, progressOf, workingSessions, type Locale, type OutcomesOverview } from '@forum/shared';
import { renderToBuffer } from '@react-pdf/renderer';
import { createElement } from 'react';
import { registerFonts } from '../typesetting/fonts';
import { ReportDocument, type ReportBar, type ReportModel } from './ReportDocument';
import { reportWords } from './texts';

export interface OutcomesReportJob {
  locale: Locale;
  overview: OutcomesOverview;
  siteName: string;
  outcomesUrl: string;
  madeAt: string;
}

const bars = (rows: { label: string; value: number }[], format: (value: number) => string): ReportBar[] => {
  const largest = Math.max(1, ...rows.map((row) => row.value));
  return rows.map((row) => ({ label: row.label, value: format(row.value), ratio: row.value / largest }));
};

export function reportModel({ locale, overview, siteName, outcomesUrl, madeAt }: OutcomesReportJob): ReportModel {
  const words = reportWords[locale];
  const tag = locale === 'ru' ? 'ru-RU' : 'en-GB';
  const numbers = new Intl.NumberFormat(tag, { maximumFractionDigits: 1 });
  const format = (value: number) => numbers.format(value);
  const day = (iso: string) => new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Moscow' }).format(new Date(iso));
  const month = (key: string) => new Intl.DateTimeFormat(tag, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${key}-01T00:00:00Z`));
  const percentOf = (ratio: number) => `${Math.round(ratio * 100)}%`;
  const submitted = overview.papers.filter((paper) => paper.state !== 'draft');

  return {
    language: locale,
    publisher: siteName,
    title: words.title,
    asOf: words.asOf(day(madeAt)),
    intro: words.intro,
    url: outcomesUrl,
    footer: words.footer(siteName),
    pageLabel: words.page,
    headlineTitle: words.headline,
    headline: headlineIndicatorKeys.flatMap((key) =>
      overview.indicators
        .filter((indicator) => indicator.key === key)
        .map((indicator) => ({ label: indicator.title, value: `${format(indicator.actual ?? 0)} / ${format(Number(indicator.target))}`, ratio: progressOf(indicator) })),
    ),
    stagesTitle: words.stages,
    stages: overview.stages.map((stage) => ({
      label: `${words.stage(stage.number)} · ${words.stageStates[stage.state]}`,
      title: stage.title,
      dates: [stage.startsOn, stage.endsOn].map((date) => (date ? day(`${date}T12:00:00Z`) : '')).join(' — '),
      progress: { label: stage.title, value: words.done(stage.progress ?? 0), ratio: (stage.progress ?? 0) / 100 },
    })),
    indicatorsTitle: words.indicators,
    columns: words.columns,
    indicators: overview.indicators.map((indicator) => ({
      title: indicator.title,
      stage: indicator.stage ? words.stage(indicator.stage.number) : '',
      baseline: format(Number(indicator.baseline ?? 0)),
      target: format(Number(indicator.target)),
      actual: indicator.actual === null ? words.notEntered : format(indicator.actual),
      progress: percentOf(progressOf(indicator)),
      ratio: progressOf(indicator),
      source: words.sources[indicator.source],
    })),
    chartsTitle: words.charts.title,
    charts: [
      {
        title: words.charts.sessionsPerMonth,
        bars: bars(eventsPerMonth(workingSessions(overview.heldEvents)).map((row) => ({ label: month(row.month), value: row.count })), format),
        empty: words.charts.noSessions,
      },
      {
        title: words.charts.papersByStatus,
        bars: bars(papersByState(overview.papers).map((row) => ({ label: words.paperStates[row.state], value: row.count })), format),
        empty: words.none,
      },
      {
        title: words.charts.associationsBySector,
        bars: bars(overview.associationsBySector.map((row) => ({ label: row.sector.name, value: row.count })), format),
        empty: words.none,
      },
    ],
    evidenceTitle: words.evidence,
    evidence: [
      { title: words.eventsHeld, items: overview.heldEvents.map((event) => `${day(event.startsAt)} · ${event.title} (${words.eventKinds[event.kind]})`), empty: words.none },
      { title: words.papersSubmitted, items: submitted.map((paper) => `${paper.title} — ${words.paperStates[paper.state]}`), empty: words.none },
      { title: words.members, items: overview.members.map((member) => member.name), empty: words.none },
    ],
  };
}

export async function typesetOutcomesReport(job: OutcomesReportJob): Promise<Uint8Array> {
  registerFonts();
  const pdf = await renderToBuffer(createElement(ReportDocument, reportModel(job)) as never);
  return new Uint8Array(pdf);
}
