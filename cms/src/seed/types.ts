/**
 * The shape of the demo content in ./data/*.json. The seeder turns these records into
 * Strapi documents in both locales; records refer to each other by `key` (never by id).
 *
 * Dates are absolute ISO strings written around 2026-11-27 ("today" when the content was
 * written); the seeder shifts them by whole weeks so that the demo keeps past and upcoming
 * events whenever it is seeded. Texts therefore never name a date, month or year.
 */

/** A text in both of the portal's languages. */
export interface Bilingual {
  ru: string;
  en: string;
}

/** Paragraphs in both languages, turned into Strapi blocks (one paragraph block each). */
export interface BilingualParagraphs {
  ru: string[];
  en: string[];
}

/** A list in both languages (problems, needs): one item per entry, same count in both. */
export interface BilingualList {
  ru: string[];
  en: string[];
}

export type SectorSlug =
  | 'advertising' | 'architecture' | 'art' | 'art-galleries' | 'craft' | 'design' | 'fashion'
  | 'photography' | 'cinema-video' | 'music' | 'theatre-design' | 'publishing' | 'multimedia' | 'tv-radio';

export interface SectorSeed {
  slug: SectorSlug;
  name: Bilingual;
  description: Bilingual;
  /** Name of the icon the portal draws for the sector (see web/components/sectors). */
  icon: string;
}

export type AssociationKind =
  | 'existing_association' | 'nascent_association' | 'professional_union' | 'sub_sector_network' | 'not_for_profit';

export type District =
  | 'admiralteysky' | 'vasileostrovsky' | 'vyborgsky' | 'kalininsky' | 'kirovsky' | 'kolpinsky'
  | 'krasnogvardeysky' | 'krasnoselsky' | 'kronshtadtsky' | 'kurortny' | 'moskovsky' | 'nevsky'
  | 'petrogradsky' | 'petrodvortsovy' | 'primorsky' | 'pushkinsky' | 'frunzensky' | 'tsentralny';

export interface AssociationSeed {
  /** Stable key other records use; equals the English slug. */
  key: string;
  /** ru: Latin transliteration of the Russian name; en: from the English name. */
  slug: Bilingual;
  name: Bilingual;
  shortDescription: Bilingual;
  description: BilingualParagraphs;
  kind: AssociationKind;
  sectors: SectorSlug[];
  foundedYear?: number;
  membersCount?: number;
  /** Fictional associations use the reserved `.example` top-level domain only. */
  website?: string;
  /** An organisation's address (info@...), never a person's. */
  email?: string;
  phone?: string;
  address?: Bilingual;
  district?: District;
  location?: { latitude: number; longitude: number };
  socialLinks?: { network: 'vk' | 'telegram' | 'youtube' | 'website' | 'other'; url: string }[];
  allianceMembership: 'member' | 'partner' | 'candidate';
  problems: BilingualList;
  needs: BilingualList;
  /** Private editors' note: never leaves the admin. */
  internalNotes: string;
  /** True for every fictional association; false only for the project's real partners. */
  demo: boolean;
}

export type EventKind = 'forum_session' | 'working_session' | 'seminar' | 'round_table' | 'final_session';

export interface EventSeed {
  key: string;
  slug: Bilingual;
  title: Bilingual;
  kind: EventKind;
  summary: Bilingual;
  /** The agenda / description. */
  description: BilingualParagraphs;
  /** ISO with the Moscow offset, e.g. 2026-10-15T18:30:00+03:00 */
  startsAt: string;
  endsAt: string;
  venueName: Bilingual;
  address: Bilingual;
  onlineLink?: string;
  organisers: string[]; // association keys
  sectors: SectorSlug[];
  capacity?: number;
  registrationOpen: boolean;
  /** Only for events that already took place. */
  outcomes?: BilingualParagraphs;
}

export interface NewsArticleSeed {
  key: string;
  slug: Bilingual;
  title: Bilingual;
  summary: Bilingual;
  body: BilingualParagraphs;
  /** ISO date-time when the article appeared. */
  date: string;
  sectors: SectorSlug[];
  /** The association that wrote it (source "association") or that it is about. */
  association?: string;
  source: 'editorial' | 'association';
}

export type PolicyStatus = 'draft' | 'submitted' | 'response_received' | 'adopted' | 'rejected';

export interface PolicyPaperSeed {
  key: string;
  slug: Bilingual;
  title: Bilingual;
  kind: 'recommendation' | 'position_paper' | 'appeal' | 'report';
  abstract: Bilingual;
  body: BilingualParagraphs;
  addressee: Bilingual;
  status: PolicyStatus;
  /** Oldest first; the last entry's status equals `status`. */
  statusHistory: { status: PolicyStatus; date: string; note: Bilingual }[];
  endorsements: string[]; // association keys
  originatingEvent?: string; // event key
}

export interface PilotProjectSeed {
  key: string;
  slug: Bilingual;
  title: Bilingual;
  description: Bilingual;
  associations: string[];
  sectors: SectorSlug[];
  status: 'proposed' | 'in_progress' | 'completed';
}

export interface ProjectStageSeed {
  number: 1 | 2 | 3;
  title: Bilingual;
  description: Bilingual;
  startsOn: string; // YYYY-MM-DD
  endsOn: string;
  status: 'planned' | 'in_progress' | 'completed';
  progress: number; // 0..100
}

export type IndicatorRule =
  | 'manual' | 'associations_catalogued' | 'working_sessions_held' | 'recommendations_submitted'
  | 'final_session_held' | 'association_news' | 'alliance_members';

/** A theme of the inventory's needs; the associations that named it are found by its keywords in their (English) problems and needs. */
export interface NeedThemeSeed {
  key: string;
  slug: Bilingual;
  title: Bilingual;
  description: Bilingual;
  /** Lower-case fragments of the English problems and needs that put an association under this theme. */
  keywords: string[];
  policyPapers: string[]; // paper keys
  events: string[]; // event keys
}

export interface IndicatorSeed {
  key: string;
  title: Bilingual;
  unit: Bilingual;
  baseline: number;
  target: number;
  rule: IndicatorRule;
  /** Only for rule "manual". */
  manualActual?: number;
  stage: 1 | 2 | 3;
  periodStart: string; // YYYY-MM-DD
  periodEnd: string;
}

export interface PageSeed {
  key: 'about' | 'partners' | 'contacts';
  slug: Bilingual;
  title: Bilingual;
  body: BilingualParagraphs;
  seo: { metaTitle: Bilingual; metaDescription: Bilingual };
}

export interface GlobalSeed {
  siteName: Bilingual;
  tagline: Bilingual;
  footerText: Bilingual;
  /** The published catalogue's introduction (its PDF edition). */
  catalogueIntro: Bilingual;
  contact: { email: string; phone: string; address: Bilingual; website: string };
  partners: { name: Bilingual; url?: string }[];
  defaultSeo: { metaTitle: Bilingual; metaDescription: Bilingual };
}
