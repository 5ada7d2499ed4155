// Demo content for a fresh install, in Russian and English. Idempotent twice over: each document
// is looked up before it is created (so an interrupted seed completes on the next start), and a flag in Strapi's store marks a finished seed, so that demo content an editor
// deleted does not come back.
import type { Core } from '@strapi/strapi';
import associationsPart1 from './data/associations-1.json';
import associationsPart2 from './data/associations-2.json';
import eventsData from './data/events.json';
import globalData from './data/global.json';
import indicatorsData from './data/indicators.json';
import needThemesData from './data/need-themes.json';
import newsData from './data/news.json';
import pagesData from './data/pages.json';
import pilotProjectsData from './data/pilot-projects.json';
import policyPapersData from './data/policy-papers.json';
import sectorsData from './data/sectors.json';
import stagesData from './data/stages.json';
import { blocksIn, calendarShift, linesIn, shiftDate, shiftDateTime, type Language } from './content';
import { endorsementRecords, endorsementUid } from '../endorsements/records';
import { policyPaperPdf } from './documents';
import { coverSvg, logoSvg, uploadDrawing } from './images';
import { uploadFile } from './media';
import type {
  AssociationSeed, EventSeed, GlobalSeed, IndicatorSeed, NeedThemeSeed, NewsArticleSeed, PageSeed, PilotProjectSeed, PolicyPaperSeed,
  ProjectStageSeed, SectorSeed,
} from './types';

export const demoContent = {
  sectors: sectorsData as SectorSeed[],
  associations: [...associationsPart1, ...associationsPart2] as AssociationSeed[],
  pilotProjects: pilotProjectsData as PilotProjectSeed[],
  events: eventsData as EventSeed[],
  policyPapers: policyPapersData as PolicyPaperSeed[],
  news: newsData as NewsArticleSeed[],
  stages: stagesData as ProjectStageSeed[],
  indicators: indicatorsData as IndicatorSeed[],
  needThemes: needThemesData as NeedThemeSeed[],
  pages: pagesData as PageSeed[],
  global: globalData as GlobalSeed,
};

/** The associations the home page features: the practitioners the project description names first. */
const featuredAssociations = new Set([
  'furniture-designers-association', 'music-promoters-association', 'fashion-designers-association',
  'union-of-young-architects', 'independent-publishers-association', 'media-art-lab',
]);

type Data = Record<string, unknown>;

const seedStore = (strapi: Core.Strapi) => strapi.store({ type: 'core', name: 'forum', key: 'demo-seed' });

export async function isDemoContentSeeded(strapi: Core.Strapi): Promise<boolean> {
  return Boolean(await seedStore(strapi).get({}));
}

type SeededType =
  | 'api::sector.sector' | 'api::association.association' | 'api::pilot-project.pilot-project' | 'api::event.event'
  | 'api::policy-paper.policy-paper' | 'api::news-article.news-article' | 'api::project-stage.project-stage'
  | 'api::indicator.indicator' | 'api::need-theme.need-theme' | 'api::page.page';

/**
 * Creates one document in both languages and publishes it, unless a document with the same
 * Russian slug is already published in English (the last step); returns its documentId either way.
 * A document left half-made by an interrupted seed is deleted and made again.
 */
async function ensureDocument(
  strapi: Core.Strapi,
  uid: SeededType,
  existing: Record<string, unknown>,
  dataIn: (language: Language) => Data,
  /** Files uploaded only when the document is made: shared by both languages (a logo) or one per language (a PDF). */
  { media, mediaIn }: { media?: () => Promise<Data>; mediaIn?: (language: Language) => Promise<Data> } = {},
): Promise<string> {
  const documents = strapi.documents(uid);
  const found = await documents.findFirst({ locale: 'ru', status: 'draft', filters: existing as never });
  if (found) {
    const complete = await documents.findOne({ documentId: found.documentId, locale: 'en', status: 'published' });
    if (complete) return found.documentId;
    await documents.delete({ documentId: found.documentId, locale: '*' });
  }
  const files = (await media?.()) ?? {};
  const dataWithFiles = async (language: Language) => ({ ...dataIn(language), ...files, ...(await mediaIn?.(language)) }) as never;
  const created = await documents.create({ locale: 'ru', data: await dataWithFiles('ru') });
  await documents.update({ documentId: created.documentId, locale: 'en', data: await dataWithFiles('en') });
  await documents.publish({ documentId: created.documentId, locale: '*' });
  return created.documentId;
}

function lookup(ids: Map<string, string>, key: string, what: string): string {
  const id = ids.get(key);
  if (!id) throw new Error(`Demo seed: unknown ${what} "${key}"`);
  return id;
}

export async function seedDemoContent(strapi: Core.Strapi, now = new Date()): Promise<void> {
  if (await isDemoContentSeeded(strapi)) return;
  const started = Date.now();
  const shift = calendarShift(now);
  const content = demoContent;

  const sectorIds = new Map<string, string>();
  for (const [order, sector] of content.sectors.entries()) {
    const id = await ensureDocument(strapi, 'api::sector.sector', { slug: sector.slug }, (language) => ({
      name: sector.name[language],
      slug: sector.slug,
      description: sector.description[language],
      icon: sector.icon,
      order,
    }));
    sectorIds.set(sector.slug, id);
  }
  const sectorsOf = (slugs: string[]) => slugs.map((slug) => lookup(sectorIds, slug, 'sector'));

  const associationIds = new Map<string, string>();
  for (const association of content.associations) {
    const id = await ensureDocument(strapi, 'api::association.association', { slug: association.slug.ru }, (language) => ({
      name: association.name[language],
      slug: association.slug[language],
      shortDescription: association.shortDescription[language],
      description: blocksIn(language, association.description),
      kind: association.kind,
      sectors: sectorsOf(association.sectors),
      foundedYear: association.foundedYear,
      membersCount: association.membersCount,
      website: association.website,
      email: association.email,
      phone: association.phone,
      address: association.address?.[language],
      district: association.district,
      location: association.location,
      socialLinks: association.socialLinks,
      allianceMembership: association.allianceMembership,
      problems: linesIn(language, association.problems),
      needs: linesIn(language, association.needs),
      internalNotes: association.internalNotes,
      featured: featuredAssociations.has(association.key),
      demo: association.demo,
    }), { media: async () => ({ logo: await uploadDrawing(strapi, logoSvg(association.key), `logo-${association.key}`, association.name.en) }) });
    associationIds.set(association.key, id);
  }
  const associationsOf = (keys: string[]) => keys.map((key) => lookup(associationIds, key, 'association'));

  for (const project of content.pilotProjects) {
    await ensureDocument(strapi, 'api::pilot-project.pilot-project', { slug: project.slug.ru }, (language) => ({
      title: project.title[language],
      slug: project.slug[language],
      description: project.description[language],
      associations: associationsOf(project.associations),
      sectors: sectorsOf(project.sectors),
      state: project.status,
    }));
  }

  const eventIds = new Map<string, string>();
  for (const event of content.events) {
    const id = await ensureDocument(strapi, 'api::event.event', { slug: event.slug.ru }, (language) => ({
      title: event.title[language],
      slug: event.slug[language],
      kind: event.kind,
      summary: event.summary[language],
      description: blocksIn(language, event.description),
      startsAt: shiftDateTime(event.startsAt, shift),
      endsAt: shiftDateTime(event.endsAt, shift),
      venueName: event.venueName[language],
      address: event.address[language],
      onlineLink: event.onlineLink,
      organisers: associationsOf(event.organisers),
      sectors: sectorsOf(event.sectors),
      capacity: event.capacity,
      registrationOpen: event.registrationOpen,
      outcomes: blocksIn(language, event.outcomes),
    }));
    eventIds.set(event.key, id);
  }

  const associationNames = new Map(content.associations.map((association) => [association.key, association.name]));
  const paperIds = new Map<string, string>();
  for (const paper of content.policyPapers) {
    const paperId = await ensureDocument(strapi, 'api::policy-paper.policy-paper', { slug: paper.slug.ru }, (language) => ({
      title: paper.title[language],
      slug: paper.slug[language],
      kind: paper.kind,
      abstract: paper.abstract[language],
      body: blocksIn(language, paper.body),
      addressee: paper.addressee[language],
      state: paper.status,
      statusHistory: paper.statusHistory.map((step) => ({ status: step.status, date: shiftDate(step.date.slice(0, 10), shift), note: step.note[language] })),
      originatingEvent: paper.originatingEvent ? lookup(eventIds, paper.originatingEvent, 'event') : undefined,
    }), {
      mediaIn: async (language) => {
        const pdf = await policyPaperPdf({
          publisher: content.global.siteName[language],
          title: paper.title[language],
          addressee: paper.addressee[language],
          abstract: paper.abstract[language],
          paragraphs: paper.body[language],
          endorsers: paper.endorsements.map((key) => associationNames.get(key)?.[language] ?? key),
        }, language);
        return { document: await uploadFile(strapi, pdf, `${paper.slug[language]}.pdf`, 'application/pdf') };
      },
    });
    await seedEndorsements(strapi, paperId, associationsOf(paper.endorsements), endorsementDays(paper, shift, now));
    paperIds.set(paper.key, paperId);
  }

  for (const [order, theme] of content.needThemes.entries()) {
    await ensureDocument(strapi, 'api::need-theme.need-theme', { slug: theme.slug.ru }, (language) => ({
      title: theme.title[language],
      slug: theme.slug[language],
      description: theme.description[language],
      order,
      associations: associationsOf(content.associations.filter((association) => namesTheme(association, theme)).map((association) => association.key)),
      policyPapers: theme.policyPapers.map((key) => lookup(paperIds, key, 'policy paper')),
      events: theme.events.map((key) => lookup(eventIds, key, 'event')),
    }));
  }

  for (const article of content.news) {
    await ensureDocument(strapi, 'api::news-article.news-article', { slug: article.slug.ru }, (language) => ({
      title: article.title[language],
      slug: article.slug[language],
      summary: article.summary[language],
      body: blocksIn(language, article.body),
      date: shiftDateTime(article.date, shift),
      sectors: sectorsOf(article.sectors),
      association: article.association ? lookup(associationIds, article.association, 'association') : undefined,
      source: article.source,
    }), { media: async () => ({ cover: await uploadDrawing(strapi, coverSvg(article.key), `cover-${article.key}`, article.title.en) }) });
  }

  const stageIds = new Map<number, string>();
  for (const stage of content.stages) {
    const id = await ensureDocument(strapi, 'api::project-stage.project-stage', { number: stage.number }, (language) => ({
      number: stage.number,
      title: stage.title[language],
      description: stage.description[language],
      startsOn: shiftDate(stage.startsOn, shift),
      endsOn: shiftDate(stage.endsOn, shift),
      state: stage.status,
      progress: stage.progress,
    }));
    stageIds.set(stage.number, id);
  }

  for (const indicator of content.indicators) {
    await ensureDocument(strapi, 'api::indicator.indicator', { key: indicator.key }, (language) => ({
      key: indicator.key,
      title: indicator.title[language],
      unit: indicator.unit[language],
      baseline: indicator.baseline,
      target: indicator.target,
      rule: indicator.rule,
      manualActual: indicator.manualActual,
      stage: stageIds.get(indicator.stage),
      periodStart: shiftDate(indicator.periodStart, shift),
      periodEnd: shiftDate(indicator.periodEnd, shift),
    }));
  }

  for (const page of content.pages) {
    await ensureDocument(strapi, 'api::page.page', { slug: page.slug.ru }, (language) => ({
      title: page.title[language],
      slug: page.slug[language],
      body: blocksIn(language, page.body),
      seo: { metaTitle: page.seo.metaTitle[language], metaDescription: page.seo.metaDescription[language] },
    }));
  }

  await seedSiteSettings(strapi, content.global);
  await seedStore(strapi).set({ value: { seededAt: new Date().toISOString() } });
  strapi.log.info(`Demo content seeded in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/** Whether the association's problems or needs mention the theme (the editors' first sorting of the inventory). */
function namesTheme(association: AssociationSeed, theme: NeedThemeSeed): boolean {
  const named = [...association.problems.en, ...association.needs.en].join(' ').toLowerCase();
  return theme.keywords.some((keyword) => named.includes(keyword));
}

/** When each endorsement came in: spread over the weeks between the first draft and the paper's submission (or today). */
function endorsementDays(paper: PolicyPaperSeed, shift: number, now: Date): (index: number, count: number) => string {
  const drafted = Date.parse(shiftDateTime(paper.statusHistory[0].date, shift));
  const submitted = paper.statusHistory.find((step) => step.status === 'submitted');
  const closed = Math.min(submitted ? Date.parse(shiftDateTime(submitted.date, shift)) : now.getTime(), now.getTime());
  return (index, count) => new Date(drafted + ((closed - drafted) * (index + 1)) / (count + 1)).toISOString();
}

/** The paper's endorsements, each recorded once (a rerun after an interruption adds only the missing ones). */
async function seedEndorsements(strapi: Core.Strapi, paper: string, associations: string[], dayOf: (index: number, count: number) => string) {
  for (const [index, association] of associations.entries()) {
    const [existing] = await endorsementRecords(strapi, { policyPaper: { documentId: paper }, association: { documentId: association } });
    if (existing) continue;
    await strapi.documents(endorsementUid).create({ data: { policyPaper: paper, association, endorsedAt: dayOf(index, associations.length) } as never });
  }
}

async function seedSiteSettings(strapi: Core.Strapi, settings: GlobalSeed): Promise<void> {
  const documents = strapi.documents('api::global.global');
  if (await documents.findFirst({ locale: 'ru', status: 'draft' })) return;
  const dataIn = (language: Language) => ({
    siteName: settings.siteName[language],
    tagline: settings.tagline[language],
    footerText: settings.footerText[language],
    catalogueIntro: settings.catalogueIntro[language],
    contact: { ...settings.contact, address: settings.contact.address[language] },
    partners: settings.partners.map((partner) => ({ name: partner.name[language], url: partner.url })),
    defaultSeo: { metaTitle: settings.defaultSeo.metaTitle[language], metaDescription: settings.defaultSeo.metaDescription[language] },
  });
  const created = await documents.create({ locale: 'ru', data: dataIn('ru') as never });
  await documents.update({ documentId: created.documentId, locale: 'en', data: dataIn('en') as never });
  await documents.publish({ documentId: created.documentId, locale: '*' });
}
