// The outcomes report as a printable A4 document (react-pdf): the stages, every indicator with its
// baseline, target and actual value, the three charts and the evidence, as the outcomes page shows them.
import { Document, Link, Page, StyleSheet, Text, View } from '@react-pdf/renderer';
import type { ComponentProps } from 'react';
import { fontFamilies } from '../typesetting/fonts';
import { PageFooter } from '../typesetting/PageFooter';

export interface ReportBar {
  label: string;
  value: string;
  /** Length of the bar, 0 to 1. */
  ratio: number;
}

export interface ReportModel {
  language: string;
  publisher: string;
  title: string;
  asOf: string;
  intro: string;
  /** The outcomes page on the portal. */
  url: string;
  footer: string;
  pageLabel: (page: number, pages: number) => string;
  headlineTitle: string;
  headline: { label: string; value: string; ratio: number }[];
  stagesTitle: string;
  stages: { label: string; title: string; dates: string; progress: ReportBar }[];
  indicatorsTitle: string;
  columns: { indicator: string; baseline: string; target: string; actual: string; progress: string; source: string };
  indicators: { title: string; stage: string; baseline: string; target: string; actual: string; progress: string; ratio: number; source: string }[];
  chartsTitle: string;
  charts: { title: string; bars: ReportBar[]; empty: string }[];
  evidenceTitle: string;
  evidence: { title: string; items: string[]; empty: string }[];
}

const ink = '#14213d';
const muted = '#5b6475';
const accent = '#b45309';
const bar = '#12305c';
const track = '#dde1e8';

const styles = StyleSheet.create({
  page: { paddingTop: 48, paddingBottom: 60, paddingHorizontal: 48, fontFamily: fontFamilies.text, fontSize: 10, lineHeight: 1.4, color: ink },
  publisher: { fontSize: 11, color: accent, textTransform: 'uppercase', letterSpacing: 1 },
  title: { fontFamily: fontFamilies.heading, fontWeight: 700, fontSize: 24, lineHeight: 1.2, marginTop: 10 },
  asOf: { fontSize: 11, color: muted, marginTop: 4 },
  intro: { marginTop: 10, fontSize: 10 },
  link: { color: ink },
  h2: { fontFamily: fontFamilies.heading, fontWeight: 700, fontSize: 15, marginTop: 18, marginBottom: 8, color: accent },
  h3: { fontWeight: 700, fontSize: 10.5, marginBottom: 4 },
  cards: { flexDirection: 'row', gap: 8 },
  card: { flexGrow: 1, flexBasis: 0, padding: 8, borderWidth: 0.75, borderColor: track, borderRadius: 4 },
  cardValue: { fontFamily: fontFamilies.heading, fontSize: 18, lineHeight: 1.2, marginBottom: 4 },
  muted: { color: muted, fontSize: 9 },
  track: { height: 5, backgroundColor: track, borderRadius: 2.5, marginVertical: 3 },
  fill: { height: 5, backgroundColor: bar, borderRadius: 2.5 },
  tableHead: { flexDirection: 'row', borderBottomWidth: 1, borderBottomColor: ink, paddingBottom: 3, fontWeight: 700, fontSize: 8.5 },
  row: { flexDirection: 'row', borderBottomWidth: 0.5, borderBottomColor: track, paddingVertical: 4 },
  cellTitle: { width: '38%', paddingRight: 6 },
  cellNumber: { width: '9%', textAlign: 'right', paddingRight: 4 },
  cellProgress: { width: '14%', paddingLeft: 6 },
  cellSource: { width: '21%', paddingLeft: 6, fontSize: 8.5, color: muted },
  chart: { marginBottom: 12 },
  chartRow: { flexDirection: 'row', alignItems: 'center', marginBottom: 2 },
  chartLabel: { width: '42%', paddingRight: 6, fontSize: 9 },
  chartValue: { width: '8%', textAlign: 'right', paddingRight: 6, fontSize: 9 },
  chartBar: { flexGrow: 1, height: 8 },
  chartFill: { height: 8, backgroundColor: bar },
  item: { flexDirection: 'row', fontSize: 9.5, marginBottom: 1 },
  bullet: { width: 10 },
  itemText: { flexGrow: 1, flexShrink: 1 },
});

type ViewStyle = ComponentProps<typeof View>['style'];

function Bar({ ratio, style = styles.track, fillStyle = styles.fill }: { ratio: number; style?: ViewStyle; fillStyle?: ViewStyle }) {
  return (
    <View style={style}>
      <View style={[fillStyle, { width: `${Math.round(Math.min(1, Math.max(0, ratio)) * 100)}%` }] as ViewStyle} />
    </View>
  );
}

function Chart({ title, bars, empty }: ReportModel['charts'][number]) {
  return (
    <View style={styles.chart} wrap={false}>
      <Text style={styles.h3}>{title}</Text>
      {bars.length === 0 && <Text style={styles.muted}>{empty}</Text>}
      {bars.map((row) => (
        <View key={row.label} style={styles.chartRow}>
          <Text style={styles.chartLabel}>{row.label}</Text>
          <Text style={styles.chartValue}>{row.value}</Text>
          <Bar ratio={row.ratio} style={styles.chartBar} fillStyle={styles.chartFill} />
        </View>
      ))}
    </View>
  );
}

export function ReportDocument(model: ReportModel) {
  return (
    <Document title={`${model.title} · ${model.asOf}`} author={model.publisher} creator={model.publisher} language={model.language}>
      <Page size="A4" style={styles.page}>
        <Text style={styles.publisher}>{model.publisher}</Text>
        <Text style={styles.title}>{model.title}</Text>
        <Text style={styles.asOf}>
          {model.asOf} ·{' '}
          <Link src={model.url} style={styles.link}>
            {model.url.replace(/^https?:\/\//, '')}
          </Link>
        </Text>
        <Text style={styles.intro}>{model.intro}</Text>

        <Text style={styles.h2}>{model.headlineTitle}</Text>
        <View style={styles.cards}>
          {model.headline.map((figure) => (
            <View key={figure.label} style={styles.card}>
              <Text style={styles.cardValue}>{figure.value}</Text>
              <Text>{figure.label}</Text>
              <Bar ratio={figure.ratio} />
            </View>
          ))}
        </View>

        <Text style={styles.h2}>{model.stagesTitle}</Text>
        <View style={styles.cards}>
          {model.stages.map((stage) => (
            <View key={stage.label} style={styles.card} wrap={false}>
              <Text style={styles.muted}>{stage.label}</Text>
              <Text style={styles.h3}>{stage.title}</Text>
              <Text style={styles.muted}>{stage.dates}</Text>
              <Bar ratio={stage.progress.ratio} />
              <Text style={styles.muted}>{stage.progress.value}</Text>
            </View>
          ))}
        </View>

        <Text style={styles.h2} minPresenceAhead={60}>
          {model.indicatorsTitle}
        </Text>
        <View style={styles.tableHead}>
          <Text style={styles.cellTitle}>{model.columns.indicator}</Text>
          <Text style={styles.cellNumber}>{model.columns.baseline}</Text>
          <Text style={styles.cellNumber}>{model.columns.target}</Text>
          <Text style={styles.cellNumber}>{model.columns.actual}</Text>
          <Text style={styles.cellProgress}>{model.columns.progress}</Text>
          <Text style={styles.cellSource}>{model.columns.source}</Text>
        </View>
        {model.indicators.map((indicator) => (
          <View key={indicator.title} style={styles.row} wrap={false}>
            <View style={styles.cellTitle}>
              <Text>{indicator.title}</Text>
              <Text style={styles.muted}>{indicator.stage}</Text>
            </View>
            <Text style={styles.cellNumber}>{indicator.baseline}</Text>
            <Text style={styles.cellNumber}>{indicator.target}</Text>
            <Text style={styles.cellNumber}>{indicator.actual}</Text>
            <View style={styles.cellProgress}>
              <Bar ratio={indicator.ratio} />
              <Text style={styles.muted}>{indicator.progress}</Text>
            </View>
            <Text style={styles.cellSource}>{indicator.source}</Text>
          </View>
        ))}

        <Text style={styles.h2} minPresenceAhead={120}>
          {model.chartsTitle}
        </Text>
        {model.charts.map((chart) => (
          <Chart key={chart.title} {...chart} />
        ))}

        <Text style={styles.h2} minPresenceAhead={60}>
          {model.evidenceTitle}
        </Text>
        {model.evidence.map((list) => (
          <View key={list.title} style={styles.chart}>
            <Text style={styles.h3} minPresenceAhead={30}>
              {list.title}
            </Text>
            {list.items.length === 0 && <Text style={styles.muted}>{list.empty}</Text>}
            {list.items.map((item, position) => (
              <View key={position} style={styles.item} wrap={false}>
                <Text style={styles.bullet}>•</Text>
                <Text style={styles.itemText}>{item}</Text>
              </View>
            ))}
          </View>
        ))}

        <PageFooter text={model.footer} inset={48} pageLabel={model.pageLabel} />
      </Page>
    </Document>
  );
}
