import type { ErrorResponse } from '../types/strapi';

/**
 * A failed request to the CMS. Thrown, never swallowed, so that a cached page keeps being
 * served when the CMS is down instead of being replaced by an empty one.
 */
export class CmsError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly url: string,
    readonly details?: unknown,
    /** The CMS's own message (for a 4xx, a sentence for the person who sent the request). */
    readonly reason?: string,
  ) {
    super(message);
    this.name = 'CmsError';
  }

  /** True when the CMS answered that the thing asked for does not exist. */
  get isNotFound(): boolean {
    return this.status === 404;
  }

  static async fromResponse(response: Response, url: string): Promise<CmsError> {
    let body: Partial<ErrorResponse> | undefined;
    try {
      body = (await response.json()) as Partial<ErrorResponse>;
    } catch {
      body = undefined;
    }
    const message = body?.error?.message ?? `${response.status} ${response.statusText}`.trim();
    return new CmsError(response.status, `CMS request failed: ${message}`, url, body?.error?.details, body?.error?.message);
  }
}
