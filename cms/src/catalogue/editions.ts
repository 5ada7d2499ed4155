// The catalogue's editions as typeset, kept in memory until associations, sectors or the site
// settings change: a volume of 300 associations takes up to a minute to typeset, so it is made once,
// for every visitor who asks (asked twice at once, typeset once). The catalogue page asks only what
// an edition holds (editionInfo): that starts its typesetting, behind any a visitor waits for, and
// the portal is told when it is ready, so that the page shows its size and date; the page never waits.
import type { CatalogueEditionInfo, Locale } from '@forum/shared';
import type { Core, Modules } from '@strapi/strapi';
import { notifyWeb } from '../revalidation/notify-web';
import { planEdition, typesetEdition, volumeSize, type CatalogueEdition, type EditionPlan, type MissingEdition } from './edition';

interface Kept {
  edition: Promise<CatalogueEdition>;
  hurry: () => void;
  /** Once typeset. */
  made?: CatalogueEdition;
}

const kept = new Map<string, Kept>();

/** What the catalogue is made of: a change to any of these makes every edition out of date. */
const madeOf = new Set(['api::association.association', 'api::sector.sector', 'api::global.global']);
const writes = new Set(['create', 'update', 'delete', 'publish', 'unpublish', 'discardDraft']);

/** Forgets the editions once a change to what they are made of is committed (drafts too: cheap, and never stale). */
export function forgetEditionsOnChange(strapi: Core.Strapi): Modules.Documents.Middleware.Middleware {
  return async (context, next) => {
    const result = await next();
    if (madeOf.has(context.uid) && writes.has(context.action)) {
      await strapi.db.transaction(({ onCommit }) => onCommit(() => kept.clear()));
    }
    return result;
  };
}

const keyOf = (plan: EditionPlan) => [plan.locale, plan.sector?.slug ?? '', plan.volume, volumeSize()].join('/');

function keep(strapi: Core.Strapi, plan: EditionPlan, { urgent }: { urgent: boolean }): Kept {
  const key = keyOf(plan);
  const held = kept.get(key);
  if (held) {
    if (urgent) held.hurry();
    return held;
  }
  const entry: Kept = typesetEdition(strapi, plan, { urgent });
  kept.set(key, entry);
  entry.edition.then(
    (edition) => {
      if (kept.get(key) !== entry) return; // the catalogue changed meanwhile
      entry.made = edition;
      // The first volume's size and date are what the catalogue page shows.
      if (plan.volume === 1) notifyWeb(strapi, { collection: 'catalogue-editions', documentId: `${plan.locale}-${plan.sector?.slug ?? 'all'}` });
    },
    (error: Error) => {
      if (kept.get(key) === entry) kept.delete(key); // asked again, it is typeset again
      strapi.log.error(`catalogue ${key}: ${error.message}`);
    },
  );
  return entry;
}

/** A volume of the catalogue, typeset now (or kept from before), or why there is none. */
export async function catalogueEdition(
  strapi: Core.Strapi,
  locale: Locale,
  asked: { sectorSlug?: string; volume?: number },
): Promise<CatalogueEdition | MissingEdition> {
  const plan = await planEdition(strapi, locale, asked);
  if ('missing' in plan) return plan;
  return keep(strapi, plan, { urgent: true }).edition;
}

/** What an edition (of every sector or of one) holds, at once; its first volume's size and date once typeset, which this starts. */
export async function editionInfo(strapi: Core.Strapi, locale: Locale, sectorSlug?: string): Promise<CatalogueEditionInfo | MissingEdition> {
  const plan = await planEdition(strapi, locale, { sectorSlug });
  if ('missing' in plan) return plan;
  const { made } = keep(strapi, plan, { urgent: false });
  return {
    volumes: plan.volumes,
    entries: plan.entries,
    fileName: plan.fileName,
    typeset: made ? { bytes: made.pdf.byteLength, madeAt: made.madeAt } : null,
  };
}
