import { previewSecretHeader } from '@forum/shared';
import { sameSecret } from '@forum/shared/server';
import type { Core, Modules } from '@strapi/strapi';
import { errors } from '@strapi/utils';

interface RequestState {
  query?: { locale?: unknown };
  request?: { headers?: Record<string, string | string[] | undefined> };
  state?: { route?: { info?: { type?: string } }; auth?: { strategy?: { name?: string } } };
}

/**
 * Strapi hands drafts to any role that may `find`, when asked `?status=draft`. On the public
 * REST API only an API token issued by editors, or the portal previewing for an editor, may ask for drafts;
 * visitors and association accounts get a 403. Enforced in the Document Service, so it covers
 * every route, populate and locale in one place.
 */
/** The portal asking for drafts while an editor previews (draft mode): it sends the PREVIEW_SECRET it shares with the CMS. */
function isPortalPreview(request: RequestState | undefined): boolean {
  const secret = process.env.PREVIEW_SECRET;
  const sent = request?.request?.headers?.[previewSecretHeader];
  if (!secret || typeof sent !== 'string') return false;
  return sameSecret(sent, secret);
}

/** The admin's API-token strategy (named `content-api-token` since Strapi 5.x, `api-token` before). */
const apiTokenStrategies = ['content-api-token', 'api-token'];

export function mayReadDrafts(request: RequestState | undefined): boolean {
  const isContentApi = request?.state?.route?.info?.type === 'content-api';
  if (!isContentApi) return true; // the admin panel and the CMS's own code
  return apiTokenStrategies.includes(request?.state?.auth?.strategy?.name ?? '') || isPortalPreview(request);
}

const draftsAreNotPublic = {
  ru: 'Черновики не публикуются: запросите опубликованные материалы.',
  en: 'Drafts are not public: ask for published content.',
};

export function publishedOnlyForPublic(strapi: Core.Strapi): Modules.Documents.Middleware.Middleware {
  return async (context, next) => {
    const params = context.params as { status?: string } | undefined;
    const request = strapi.requestContext.get() as RequestState | undefined;
    if (params?.status === 'draft' && !mayReadDrafts(request)) {
      // A PolicyError is the 403 whose message Strapi passes on to the caller.
      throw new errors.PolicyError(draftsAreNotPublic[request?.query?.locale === 'en' ? 'en' : 'ru']);
    }
    return next();
  };
}
