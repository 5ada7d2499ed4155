import type { Core, Modules } from '@strapi/strapi';
import { revalidationRequestSchema, type RevalidationRequest } from '@forum/shared';

/** The editor never waits for this call; the limit only keeps a stuck portal from piling up open sockets. */
const notifyTimeoutMs = 10_000;

/**
 * Seconds after which the call is sent again (REVALIDATE_FOLLOW_UP_SECONDS, 0 for none). A page the
 * portal was regenerating when the change committed read the old content, and is stored after the
 * first call as if fresh; the second call expires it again. It also covers a first call that was lost.
 */
const followUpSeconds = () => Number(process.env.REVALIDATE_FOLLOW_UP_SECONDS ?? 5);

type DocumentAction = Modules.Documents.Middleware.Context['action'];

/**
 * Whether this Document Service action changes what visitors read. Saving a draft (create or
 * update without `status: 'published'`) and discarding a draft touch only the draft.
 */
export function changesPublishedContent(action: DocumentAction, params: unknown, draftAndPublish: boolean): boolean {
  switch (action) {
    case 'publish':
    case 'unpublish':
    case 'delete':
      return true;
    case 'create':
    case 'update':
      return !draftAndPublish || (params as { status?: string } | undefined)?.status === 'published';
    default:
      return false;
  }
}

/** The web's name for a content type (its REST plural name, `global` for the single type), or null when the web does not show it. */
export function revalidatedCollectionOf(uid: string, pluralName: string): RevalidationRequest['collection'] | null {
  if (!uid.startsWith('api::')) return null; // media library, users, admin: not cached by the web yet
  const collection = uid === 'api::global.global' ? 'global' : pluralName;
  return revalidationRequestSchema.shape.collection.safeParse(collection).data ?? null;
}

/** Sends the call; what went wrong, or null once the portal has it. */
async function postRevalidation(webUrl: string, secret: string, change: RevalidationRequest): Promise<string | null> {
  const url = `${webUrl.replace(/\/+$/, '')}/api/revalidate`;
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${secret}` },
      body: JSON.stringify(change),
      signal: AbortSignal.timeout(notifyTimeoutMs),
    });
    return response.ok ? null : `${url} answered ${response.status}`;
  } catch (error) {
    return `${url} unreachable: ${(error as Error).message}`;
  }
}

async function sendRevalidation(strapi: Core.Strapi, webUrl: string, secret: string, change: RevalidationRequest) {
  const problem = await postRevalidation(webUrl, secret, change);
  if (problem) strapi.log.warn(`revalidation of ${change.collection} ${change.documentId}: ${problem}`);
}

/** How long, and how often, a call about something made outside a document change is sent again until the portal has it. */
const retryForMs = 10 * 60 * 1000;
const retryEveryMs = 15 * 1000;

/**
 * Tells the portal that something it shows was made outside a document change (a catalogue edition,
 * typeset), until it has heard: nothing else would tell it, and the portal may not be listening yet
 * (an edition typeset while the portal's build asked about it). Silent while WEB_URL or
 * REVALIDATE_SECRET is unset.
 */
export function notifyWeb(strapi: Core.Strapi, change: RevalidationRequest): void {
  const webUrl = process.env.WEB_URL;
  const secret = process.env.REVALIDATE_SECRET;
  if (!webUrl || !secret) return;
  const giveUpAt = Date.now() + retryForMs;
  const attempt = async (first: boolean) => {
    const problem = await postRevalidation(webUrl, secret, change);
    if (!problem) return;
    if (Date.now() >= giveUpAt) return strapi.log.warn(`revalidation of ${change.collection} ${change.documentId}: given up, ${problem}`);
    if (first) strapi.log.warn(`revalidation of ${change.collection} ${change.documentId}: ${problem}; trying again every ${retryEveryMs / 1000} s`);
    setTimeout(() => void attempt(false), retryEveryMs).unref();
  };
  void attempt(true);
}

/**
 * Tells the portal which document changed once a change to published content is committed, so
 * that its cached pages are fresh within seconds: once at the commit, and once more a few seconds
 * later (see followUpSeconds); the portal's time-based revalidation is the safety net beyond that. Fire-and-forget: the editor's action
 * neither waits for the web nor fails with it. Silent while WEB_URL or REVALIDATE_SECRET is unset,
 * and until Strapi has loaded, so that the demo seed (run in bootstrap, before the portal exists) sends nothing.
 */
export function notifyWebOfChanges(strapi: Core.Strapi): Modules.Documents.Middleware.Middleware {
  return async (context, next) => {
    const result = await next();
    const webUrl = process.env.WEB_URL;
    const secret = process.env.REVALIDATE_SECRET;
    if (!webUrl || !secret || !strapi.isLoaded) return result;

    const draftAndPublish = context.contentType.options?.draftAndPublish === true;
    if (!changesPublishedContent(context.action, context.params, draftAndPublish)) return result;
    const collection = revalidatedCollectionOf(context.uid, context.contentType.info.pluralName);
    const documentId =
      (context.params as { documentId?: string } | undefined)?.documentId ?? (result as { documentId?: string } | null)?.documentId;
    if (!collection || !documentId) return result;

    // Once the transaction the action may run in commits (the admin publishes inside one): sooner, the web would read the old content.
    await strapi.db.transaction(({ onCommit }) => {
      onCommit(() => {
        const change = { collection, documentId };
        void sendRevalidation(strapi, webUrl, secret, change);
        const delay = followUpSeconds();
        if (delay > 0) setTimeout(() => void sendRevalidation(strapi, webUrl, secret, change), delay * 1000).unref();
      });
    });
    return result;
  };
}
