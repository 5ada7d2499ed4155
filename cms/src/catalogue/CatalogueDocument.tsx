// The published catalogue as a printable A4 document (react-pdf): cover, introduction, contents by
// sector, one entry per association, alphabetical index. Page numbers in the contents and the index
// come from a first rendering (see render.ts); every name links to its entry.
import { Document, Image, Link, Page, StyleSheet, Text, View } from '@react-pdf/renderer';
import type { ComponentProps, ReactNode } from 'react';
import { fontFamilies } from '../typesetting/fonts';
import { PageFooter } from '../typesetting/PageFooter';
import type { CatalogueEntry, CatalogueSection, IndexGroup } from './structure';

export interface CatalogueTexts {
  publisher: string;
  title: string;
  /** The sector of a one-sector edition. */
  sectorTitle?: string;
  edition: string;
  count: string;
  /** Which volume this is, in a catalogue printed in several. */
  volume?: string;
  website: string;
  introTitle: string;
  intro: string[];
  dataNote: string;
  contents: string;
  index: string;
  footer: string;
  seePage: (page: string) => string;
  kind: (kind: CatalogueEntry['kind']) => string;
  labels: { founded: string; members: string; problems: string; needs: string; website: string; email: string; phone: string; address: string };
}

export interface CatalogueDocumentProps {
  texts: CatalogueTexts;
  sections: CatalogueSection[];
  index: IndexGroup[];
  /** Logos, by association documentId (PNG or JPEG bytes). */
  logos: Record<string, { data: Buffer; format: 'png' | 'jpg' }>;
  /** Where each entry begins (by documentId), from the first rendering; a placeholder before it. */
  pageOf: (documentId: string) => string;
  /** Called with each entry's page as it is laid out. */
  onEntryPage: (documentId: string, page: number) => void;
  language: string;
}

const ink = '#14213d';
const muted = '#5b6475';
const accent = '#b45309';

const styles = StyleSheet.create({
  page: { paddingTop: 56, paddingBottom: 64, paddingHorizontal: 56, fontFamily: fontFamilies.text, fontSize: 10, lineHeight: 1.4, color: ink },
  cover: { padding: 56, fontFamily: fontFamilies.text, color: ink, justifyContent: 'space-between' },
  publisher: { fontSize: 13, color: accent, textTransform: 'uppercase', letterSpacing: 1 },
  coverTitle: { fontFamily: fontFamilies.heading, fontWeight: 700, fontSize: 30, lineHeight: 1.2, marginTop: 24 },
  coverSector: { fontFamily: fontFamilies.heading, fontSize: 20, marginTop: 16, color: accent },
  coverFacts: { fontSize: 12, color: muted, marginTop: 6 },
  rule: { borderBottomWidth: 2, borderBottomColor: accent, width: 80, marginVertical: 24 },
  h1: { fontFamily: fontFamilies.heading, fontWeight: 700, fontSize: 20, marginBottom: 14 },
  paragraph: { marginBottom: 8, fontSize: 11 },
  note: { marginTop: 12, fontSize: 9, color: muted },
  tocSector: { marginTop: 10, fontWeight: 700, fontSize: 11 },
  tocLine: { flexDirection: 'row', marginLeft: 12, fontSize: 10 },
  tocName: { flexGrow: 1, flexShrink: 1, color: ink, textDecoration: 'none' },
  tocPage: { width: 56, paddingLeft: 6, textAlign: 'right', color: muted },
  sectionTitle: { fontFamily: fontFamilies.heading, fontWeight: 700, fontSize: 18, color: accent, marginBottom: 10, paddingBottom: 4, borderBottomWidth: 1, borderBottomColor: accent },
  entry: { marginBottom: 14, paddingBottom: 12, borderBottomWidth: 0.5, borderBottomColor: '#c9ced8' },
  entryHead: { flexDirection: 'row', marginBottom: 6 },
  logo: { width: 44, height: 44, marginRight: 10, objectFit: 'contain' },
  entryName: { fontFamily: fontFamilies.heading, fontWeight: 700, fontSize: 13, lineHeight: 1.25 },
  entryMeta: { fontSize: 9, color: muted, marginTop: 2 },
  lead: { marginBottom: 6 },
  label: { fontWeight: 700, fontSize: 9, marginTop: 4 },
  item: { flexDirection: 'row', fontSize: 9.5 },
  bullet: { width: 10 },
  itemText: { flexGrow: 1, flexShrink: 1 },
  contacts: { marginTop: 6, fontSize: 9, color: muted },
  link: { color: ink, textDecoration: 'none' },
  indexColumns: { flexDirection: 'row' },
  indexColumn: { width: '50%', paddingRight: 14 },
  indexGroup: { marginBottom: 8 },
  indexLine: { flexDirection: 'row', fontSize: 9.5 },
  indexLetter: { fontFamily: fontFamilies.heading, fontWeight: 700, fontSize: 12, color: accent },
});

const entryAnchor = (documentId: string) => `entry-${documentId}`;

/** react-pdf puts any element with a `bookmark` in the PDF's outline; its types declare the prop on pages only. */
const outlineEntry = (title: string) => ({ bookmark: { title, fit: true, expanded: false } }) as object;

function Footer({ text }: { text: string }) {
  return <PageFooter text={text} inset={56} pageLabel={(page) => String(page)} />;
}

/** A heading and the lines under it: the heading never ends a page alone, it is kept with the first line. */
function Headed<T>({ heading, items, line, style }: { heading: ReactNode; items: T[]; line: (item: T, position: number) => ReactNode; style?: ComponentProps<typeof View>['style'] }) {
  const [first, ...rest] = items;
  return (
    <View style={style}>
      <View wrap={false}>
        {heading}
        {line(first, 0)}
      </View>
      {rest.map((item, position) => line(item, position + 1))}
    </View>
  );
}

function Lines({ label, text }: { label: string; text: string | null | undefined }) {
  const items = (text ?? '').split('\n').map((line) => line.trim()).filter(Boolean);
  if (items.length === 0) return null;
  return (
    <Headed
      heading={<Text style={styles.label}>{label}</Text>}
      items={items}
      line={(content, position) => (
        <View key={position} style={styles.item} wrap={false}>
          <Text style={styles.bullet}>•</Text>
          <Text style={styles.itemText}>{content}</Text>
        </View>
      )}
    />
  );
}

function Entry({ entry, texts, logo, onPage }: { entry: CatalogueEntry; texts: CatalogueTexts; logo?: { data: Buffer; format: 'png' | 'jpg' }; onPage: (page: number) => void }) {
  const facts = [
    texts.kind(entry.kind),
    (entry.sectors ?? []).map((sector) => sector.name).join(', '),
    entry.foundedYear ? `${texts.labels.founded} ${entry.foundedYear}` : null,
    entry.membersCount ? `${texts.labels.members}: ${entry.membersCount}` : null,
  ].filter(Boolean);
  const contacts: ReactNode[] = [];
  if (entry.website) contacts.push(<Link key="web" src={entry.website} style={styles.link}>{entry.website.replace(/^https?:\/\//, '').replace(/\/$/, '')}</Link>);
  if (entry.email) contacts.push(<Link key="mail" src={`mailto:${entry.email}`} style={styles.link}>{entry.email}</Link>);
  if (entry.phone) contacts.push(<Text key="phone">{entry.phone}</Text>);
  if (entry.address) contacts.push(<Text key="address">{entry.address}</Text>);

  return (
    <View style={styles.entry} id={entryAnchor(entry.documentId)} {...outlineEntry(entry.name)}>
      {/* Records the page the entry starts on (an empty text, laid out with the entry's head). */}
      <View style={styles.entryHead} wrap={false} minPresenceAhead={80}>
        <Text render={({ pageNumber }) => (onPage(pageNumber), '')} />
        {logo && <Image style={styles.logo} src={logo} />}
        <View style={{ flexGrow: 1, flexShrink: 1 }}>
          <Text style={styles.entryName}>{entry.name}</Text>
          <Text style={styles.entryMeta}>{facts.join(' · ')}</Text>
        </View>
      </View>
      {entry.shortDescription && <Text style={styles.lead}>{entry.shortDescription}</Text>}
      <Lines label={texts.labels.problems} text={entry.problems} />
      <Lines label={texts.labels.needs} text={entry.needs} />
      {contacts.length > 0 && (
        <Text style={styles.contacts}>
          {contacts.flatMap((contact, position) => (position === 0 ? [contact] : [' · ', contact]))}
        </Text>
      )}
    </View>
  );
}

/** The index in two columns of about the same length, letters kept whole. */
function indexColumns(index: IndexGroup[]): [IndexGroup[], IndexGroup[]] {
  const total = index.reduce((sum, group) => sum + group.entries.length + 1, 0);
  const left: IndexGroup[] = [];
  let lines = 0;
  for (const group of index) {
    if (lines >= total / 2) break;
    left.push(group);
    lines += group.entries.length + 1;
  }
  return [left, index.slice(left.length)];
}

function NameWithPage({ entry, page, style }: { entry: CatalogueEntry; page: string; style: (typeof styles)['tocLine' | 'indexLine'] }) {
  return (
    <View style={style} wrap={false}>
      <Link src={`#${entryAnchor(entry.documentId)}`} style={styles.tocName}>
        {entry.name}
      </Link>
      <Text style={styles.tocPage}>{page}</Text>
    </View>
  );
}

export function CatalogueDocument({ texts, sections, index, logos, pageOf, onEntryPage, language }: CatalogueDocumentProps) {
  return (
    <Document title={texts.sectorTitle ? `${texts.title}: ${texts.sectorTitle}` : texts.title} author={texts.publisher} creator={texts.publisher} language={language}>
      <Page size="A4" style={styles.cover}>
        <View>
          <Text style={styles.publisher}>{texts.publisher}</Text>
          <Text style={styles.coverTitle}>{texts.title}</Text>
          {texts.sectorTitle && <Text style={styles.coverSector}>{texts.sectorTitle}</Text>}
          <View style={styles.rule} />
          <Text style={styles.coverFacts}>{texts.edition}</Text>
          <Text style={styles.coverFacts}>{texts.count}</Text>
          {texts.volume && <Text style={styles.coverFacts}>{texts.volume}</Text>}
        </View>
        <Text style={styles.coverFacts}>{texts.website}</Text>
      </Page>

      <Page size="A4" style={styles.page} bookmark={texts.introTitle}>
        <Text style={styles.h1}>
          {texts.introTitle}
        </Text>
        {texts.intro.map((paragraph, position) => (
          <Text key={position} style={styles.paragraph}>
            {paragraph}
          </Text>
        ))}
        <Text style={styles.note}>{texts.dataNote}</Text>
        <Footer text={texts.footer} />
      </Page>

      <Page size="A4" style={styles.page} bookmark={texts.contents}>
        <Text style={styles.h1}>
          {texts.contents}
        </Text>
        {sections.map((section) => (
          <Headed
            key={section.sector.documentId}
            heading={<Text style={styles.tocSector}>{section.sector.name}</Text>}
            items={section.members}
            line={(entry) => {
              const page = pageOf(entry.documentId);
              const elsewhere = !section.entries.includes(entry);
              return <NameWithPage key={entry.documentId} entry={entry} page={elsewhere ? texts.seePage(page) : page} style={styles.tocLine} />;
            }}
          />
        ))}
        <Footer text={texts.footer} />
      </Page>

      {sections
        .filter((section) => section.entries.length > 0)
        .map((section) => (
          <Page key={section.sector.documentId} size="A4" style={styles.page} bookmark={{ title: section.sector.name, expanded: false }}>
            <Text style={styles.sectionTitle}>{section.sector.name}</Text>
            {section.entries.map((entry) => (
              <Entry key={entry.documentId} entry={entry} texts={texts} logo={logos[entry.documentId]} onPage={(page) => onEntryPage(entry.documentId, page)} />
            ))}
            <Footer text={texts.footer} />
          </Page>
        ))}

      <Page size="A4" style={styles.page} bookmark={texts.index}>
        <Text style={styles.h1}>
          {texts.index}
        </Text>
        <View style={styles.indexColumns}>
          {indexColumns(index).map((column, position) => (
            <View key={position} style={styles.indexColumn}>
              {column.map((group) => (
                <Headed
                  key={group.letter}
                  style={styles.indexGroup}
                  heading={<Text style={styles.indexLetter}>{group.letter}</Text>}
                  items={group.entries}
                  line={(entry) => <NameWithPage key={entry.documentId} entry={entry} page={pageOf(entry.documentId)} style={styles.indexLine} />}
                />
              ))}
            </View>
          ))}
        </View>
        <Footer text={texts.footer} />
      </Page>
    </Document>
  );
}
