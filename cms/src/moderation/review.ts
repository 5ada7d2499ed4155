// Editors decide on what associations send (news, profile changes, applications) in the admin, by
// setting the record's state from "pending" to "approved" or "rejected". This Document Service
// middleware makes that decision do what it says: approving publishes (see the handlers), rejecting
// needs a reason, a decision is final, and a new record always starts as pending.
import type { Core, Modules, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';

export const reviewedTypes = [
  'api::news-submission.news-submission',
  'api::profile-change.profile-change',
  'api::membership-application.membership-application',
] as const;

export type ReviewedType = (typeof reviewedTypes)[number];

type Data = Record<string, unknown>;
export interface ReviewedRecord {
  documentId: string;
  state: 'pending' | 'approved' | 'rejected';
  rejectionReason?: string | null;
}

export interface Approval {
  /** More fields to store with the decision (e.g. the article it published). */
  data?: Data;
  /** Takes back what approving did, should storing the decision fail. */
  undo?: () => Promise<void>;
}

export interface ReviewHandlers<R extends ReviewedRecord> {
  load: (documentId: string) => Promise<R | null>;
  approve: (record: R) => Promise<Approval>;
  /** Tells the sender (an e-mail), once the decision is stored. */
  notify: (record: R, decision: 'approved' | 'rejected', reason?: string) => Promise<void>;
}

// The admin is used in Russian and English: its messages say both.
const messages = {
  reasonRequired: 'Укажите причину отказа: её получит отправитель. / Give the reason for the rejection: the sender will get it.',
  alreadyDecided: 'Решение уже принято, изменить его нельзя. / The decision has been made and cannot be changed.',
};

export function reviewOf<R extends ReviewedRecord>(strapi: Core.Strapi, uid: ReviewedType, handlers: ReviewHandlers<R>): Modules.Documents.Middleware.Middleware {
  return async (context, next) => {
    if (context.uid !== (uid as UID.ContentType)) return next();
    const params = context.params as { documentId?: string; data?: Data };
    if (context.action === 'create') {
      params.data = { ...params.data, state: 'pending', reviewedAt: null };
      return next();
    }
    if (context.action !== 'update' || !params.documentId || !params.data?.state) return next();

    const current = await handlers.load(params.documentId);
    const requested = params.data.state as ReviewedRecord['state'];
    if (!current || requested === current.state) return next();
    if (current.state !== 'pending' || requested === 'pending') throw new errors.ValidationError(messages.alreadyDecided);

    const data = params.data;
    data.reviewedAt = new Date().toISOString();
    let result: Awaited<ReturnType<typeof next>>;
    if (requested === 'rejected') {
      const reason = String(data.rejectionReason ?? current.rejectionReason ?? '').trim();
      if (!reason) throw new errors.ValidationError(messages.reasonRequired, { errors: [{ path: ['rejectionReason'], message: messages.reasonRequired }] });
      result = await next();
      await handlers.notify(current, 'rejected', reason).catch((error) => strapi.log.warn(`review: could not tell the sender (${String(error)})`));
      return result;
    }

    const approval = await handlers.approve(current);
    Object.assign(data, approval.data);
    try {
      result = await next();
    } catch (error) {
      await approval.undo?.();
      throw error;
    }
    await handlers.notify(current, 'approved').catch((error) => strapi.log.warn(`review: could not tell the sender (${String(error)})`));
    return result;
  };
}
