import { draftAndPublishCollections, type ContentByPluralName } from '../types/content';
import type { ListResponse, Locale, SingleResponse } from '../types/strapi';
import { CmsError } from './errors';
import { toQueryString, type QueryParams } from './query-string';
import { previewSecretHeader } from '../preview';

export type Collection = keyof ContentByPluralName;

export interface CmsClientOptions {
  /** The CMS origin, e.g. http://127.0.0.1:1337 */
  baseUrl: string;
  /** An API token, for server-side callers that have one (preview, moderation). */
  token?: string;
  /** Injected in tests; defaults to the global fetch. */
  fetch?: typeof fetch;
  /** Passed to every fetch (e.g. Next's `cache` options). */
  init?: RequestInit;
  /**
   * An editor's preview: while `isEnabled()` says so, reads ask for drafts (`status=draft`) with the
   * secret the CMS accepts for them (its PREVIEW_SECRET). Calls on someone's behalf are not affected.
   */
  draft?: { isEnabled: () => Promise<boolean>; secret: string };
}

export interface FindParams extends QueryParams {
  locale?: Locale;
}

/** The one client of Strapi's REST API: knows the URL scheme, the token and the error format. */
export function createCmsClient(options: CmsClientOptions) {
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const fetchImpl = options.fetch ?? globalThis.fetch;

  /** The CMS's answer, or a CmsError when it failed or could not be reached. */
  async function respond(path: string, params: QueryParams, init: RequestInit = {}): Promise<Response> {
    const query = toQueryString(params);
    const url = `${baseUrl}/api/${path}${query ? `?${query}` : ''}`;
    let response: Response;
    try {
      response = await fetchImpl(url, {
        ...options.init,
        ...init,
        headers: {
          Accept: 'application/json',
          ...(options.token ? { Authorization: `Bearer ${options.token}` } : {}),
          ...options.init?.headers,
          ...init.headers,
        },
      });
    } catch (cause) {
      throw new CmsError(503, `CMS unreachable: ${(cause as Error).message}`, url);
    }
    if (!response.ok) throw await CmsError.fromResponse(response, url);
    return response;
  }

  async function request<T>(path: string, params: QueryParams, init: RequestInit = {}): Promise<T> {
    const response = await respond(path, params, init);
    return (response.status === 204 ? null : await response.json()) as T;
  }

  /** Whether the path reads a type with drafts (its first segment names the type). */
  const hasDrafts = (path: string) => draftAndPublishCollections.includes(path.split('/')[0]);

  async function get<T>(path: string, params: QueryParams = {}) {
    if (!hasDrafts(path) || !(await options.draft?.isEnabled())) return request<T>(path, params);
    return request<T>(path, { ...params, status: 'draft' }, { headers: { [previewSecretHeader]: options.draft!.secret } });
  }

  return {
    /** A page of published documents of a collection. */
    find<C extends Collection>(collection: C, params: FindParams = {}) {
      return get<ListResponse<ContentByPluralName[C]>>(collection, params);
    },

    /** Every published document matching the filters (the first `limit` of them), page after page (static params, a sitemap's part). */
    async findAll<C extends Collection>(collection: C, params: FindParams = {}, limit = Infinity) {
      const pageSize = Math.min(100, limit);
      const first = await get<ListResponse<ContentByPluralName[C]>>(collection, { ...params, pagination: { page: 1, pageSize } });
      const pageCount = Math.min(first.meta.pagination.pageCount, Math.ceil(limit / pageSize));
      const rest = await Promise.all(
        Array.from({ length: pageCount - 1 }, (_, index) =>
          get<ListResponse<ContentByPluralName[C]>>(collection, { ...params, pagination: { page: index + 2, pageSize } }),
        ),
      );
      return [first, ...rest].flatMap((page) => page.data).slice(0, limit);
    },

    /** How many published documents match the filters: one request for one document, Strapi counts the rest. */
    async count<C extends Collection>(collection: C, params: FindParams = {}) {
      const page = await get<ListResponse<ContentByPluralName[C]>>(collection, { ...params, fields: ['documentId'], pagination: { page: 1, pageSize: 1 } });
      return page.meta.pagination.total;
    },

    /** The first published document matching the filters, or null. */
    async findFirst<C extends Collection>(collection: C, params: FindParams = {}) {
      const page = await get<ListResponse<ContentByPluralName[C]>>(collection, { ...params, pagination: { page: 1, pageSize: 1 } });
      return page.data[0] ?? null;
    },

    /**
     * A call on someone's behalf (an account's data, a submission, an application), never cached:
     * a JSON body, or a FormData for files; `headers` say who it is for (a user's token, the visitor's address).
     */
    send<T>(method: 'GET' | 'POST' | 'PUT' | 'DELETE', path: string, body?: unknown, { params = {}, headers = {} }: { params?: QueryParams; headers?: Record<string, string> } = {}) {
      const isForm = typeof FormData !== 'undefined' && body instanceof FormData;
      return request<T>(path, params, {
        method,
        headers: isForm || body === undefined ? headers : { 'Content-Type': 'application/json', ...headers },
        body: isForm ? body : body === undefined ? undefined : JSON.stringify(body),
        cache: 'no-store',
      });
    },

    /** A file the CMS makes (e.g. the catalogue's PDF): its bytes and the headers that describe it. */
    async file(path: string, params: QueryParams = {}) {
      const response = await respond(path, params, { headers: { Accept: '*/*' } });
      return { bytes: new Uint8Array(await response.arrayBuffer()), headers: response.headers };
    },

    /** A single type (e.g. `global`). */
    async single<T>(name: string, params: FindParams = {}) {
      return (await get<SingleResponse<T>>(name, params)).data;
    },
  };
}

export type CmsClient = ReturnType<typeof createCmsClient>;
