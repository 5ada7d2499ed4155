// What an association's representative does from the portal's account pages: see their
// association and their submissions, send news, propose profile changes, withdraw a pending
// submission, and set their password from an invitation or reset link. The association always
// comes from the policy (the logged-in user's), never from the request.
import { promises as fs } from 'node:fs';
import {
  endorsementSchema,
  isOpenForEndorsement,
  imageTypeOf,
  newsSubmissionSchema,
  passwordLinkRequestSchema,
  profileChangeSchema,
  setPasswordSchema,
  submissionLimits,
  validationMessage,
  type Locale,
} from '@forum/shared';
import { errors } from '@strapi/utils';
import { accessMessages } from '../../../access/messages';
import { parseInput } from '../../../access/parse-input';
import { requestLocale } from '../../../access/request-locale';
import { issuePasswordCode, mayIssuePasswordCode, userOfPasswordCode } from '../../../accounts/password-link';
import { sectorIdsOf } from '../../../accounts/sectors';
import { mails } from '../../../email/messages';
import { endorsementRecords, endorsementUid, isPublished, publishedIn } from '../../../endorsements/records';
import { sendMail } from '../../../email/send';
import type { RepresentedAssociation } from '../../../policies/association-representative';

interface UploadedFile {
  filepath: string;
  originalFilename?: string | null;
  size: number;
}

interface Context {
  state: { user?: { id: number; documentId: string }; association: RepresentedAssociation; record: { id: number; documentId: string; state: string } };
  request: { body?: Record<string, unknown>; files?: Record<string, UploadedFile | UploadedFile[] | undefined> };
  query: Record<string, unknown>;
  params: Record<string, string>;
  get: (header: string) => string;
  status: number;
  body: unknown;
}

const submissionFields = ['state', 'languages', 'titleRu', 'titleEn', 'rejectionReason', 'createdAt', 'reviewedAt'] as const;

function fieldError(field: string, message: string): never {
  throw new errors.ValidationError(message, { fields: { [field]: message } });
}

/** The `data` of a multipart form (a JSON string), or the JSON body itself. */
function formData(ctx: Context, locale: Locale): unknown {
  const data = ctx.request.body?.data;
  if (typeof data !== 'string') return ctx.request.body ?? {};
  try {
    return JSON.parse(data);
  } catch {
    return fieldError('form', validationMessage('invalid', locale));
  }
}

/** Checks the uploaded cover by its content and size, and adds it to the media library. */
async function uploadCover(file: UploadedFile, title: string, locale: Locale): Promise<{ id: number }> {
  if (file.size > submissionLimits.coverBytes) fieldError('cover', validationMessage('imageTooLarge', locale, submissionLimits.coverBytes / 1024 / 1024));
  const handle = await fs.open(file.filepath, 'r');
  const head = new Uint8Array(16);
  try {
    await handle.read(head, 0, head.length, 0);
  } finally {
    await handle.close();
  }
  const mimetype = imageTypeOf(head);
  if (!mimetype) fieldError('cover', validationMessage('imageType', locale));
  const extension = mimetype.split('/')[1].replace('jpeg', 'jpg');
  const [uploaded] = await strapi.plugin('upload').service('upload').upload({
    data: { fileInfo: { name: `submission.${extension}`, alternativeText: title, caption: null } },
    files: { filepath: file.filepath, originalFilename: `submission.${extension}`, mimetype, size: file.size },
  });
  return uploaded;
}

async function removeFile(id: number) {
  const file = await strapi.plugin('upload').service('upload').findOne(id);
  if (file) await strapi.plugin('upload').service('upload').remove(file);
}

export default {
  /** The representative and their association, named in the language asked for (where it has one). */
  async me(ctx: Context) {
    const { association } = ctx.state;
    const [user, localized] = await Promise.all([
      strapi.db.query('plugin::users-permissions.user').findOne({ where: { id: ctx.state.user!.id }, select: ['username', 'email', 'language'] }),
      strapi.documents('api::association.association').findOne({
        documentId: association.documentId,
        locale: requestLocale(ctx),
        status: 'published',
        fields: ['name', 'slug'],
      }),
    ]);
    ctx.body = { user, association: { ...association, ...(localized ? { name: localized.name, slug: localized.slug } : {}), published: Boolean(localized) } };
  },

  async submissions(ctx: Context) {
    const association = ctx.state.association.documentId;
    const [news, profileChanges] = await Promise.all([
      strapi.documents('api::news-submission.news-submission').findMany({
        filters: { association: { documentId: association } },
        fields: [...submissionFields],
        populate: { article: { fields: ['slug'] } },
        sort: 'createdAt:desc',
      }),
      strapi.documents('api::profile-change.profile-change').findMany({
        filters: { association: { documentId: association } },
        fields: ['state', 'locale', 'changes', 'rejectionReason', 'createdAt', 'reviewedAt'],
        sort: 'createdAt:desc',
      }),
    ]);
    ctx.body = { news, profileChanges };
  },

  async newsSubmission(ctx: Context) {
    ctx.body = await strapi.documents('api::news-submission.news-submission').findOne({
      documentId: ctx.state.record.documentId,
      fields: [...submissionFields, 'summaryRu', 'bodyRu', 'summaryEn', 'bodyEn'],
      populate: { cover: { fields: ['url', 'alternativeText', 'width', 'height'] }, sectors: { fields: ['slug', 'name'] }, article: { fields: ['slug'] } },
    });
  },

  async submitNews(ctx: Context) {
    const locale = requestLocale(ctx);
    const data = parseInput(newsSubmissionSchema, formData(ctx, locale), locale);
    const sectors = await sectorIdsOf(strapi, data.sectors, locale);
    const coverFile = ctx.request.files?.cover;
    if (Array.isArray(coverFile)) fieldError('cover', validationMessage('tooMany', locale, 1));
    const cover = coverFile ? await uploadCover(coverFile, data.titleRu ?? data.titleEn ?? '', locale) : undefined;
    try {
      const created = await strapi.documents('api::news-submission.news-submission').create({
        data: {
          ...data,
          sectors,
          state: 'pending',
          association: ctx.state.association.documentId,
          submittedBy: ctx.state.user!.documentId,
          cover: cover?.id,
        } as never,
        fields: [...submissionFields],
      });
      ctx.status = 201;
      ctx.body = created;
    } catch (error) {
      // Nothing half-stored: no submission, no orphan image.
      if (cover) await removeFile(cover.id);
      throw error;
    }
  },

  async withdrawNews(ctx: Context) {
    const locale = requestLocale(ctx);
    if (ctx.state.record.state !== 'pending') throw new errors.ApplicationError(accessMessages[locale].notPending);
    const submission = await strapi.documents('api::news-submission.news-submission').findOne({
      documentId: ctx.state.record.documentId,
      populate: { cover: { fields: ['id'] } },
    });
    await strapi.documents('api::news-submission.news-submission').delete({ documentId: ctx.state.record.documentId });
    if (submission?.cover) await removeFile(submission.cover.id);
    ctx.status = 204;
    ctx.body = null;
  },

  async proposeProfileChange(ctx: Context) {
    const locale = requestLocale(ctx);
    const { locale: profileLocale, ...changes } = parseInput(profileChangeSchema, ctx.request.body ?? {}, locale);
    if (changes.sectors) await sectorIdsOf(strapi, changes.sectors, locale);
    const created = await strapi.documents('api::profile-change.profile-change').create({
      data: {
        state: 'pending',
        locale: profileLocale,
        changes,
        association: ctx.state.association.documentId,
        submittedBy: ctx.state.user!.documentId,
      } as never,
      fields: ['state', 'locale', 'changes', 'createdAt'],
    });
    ctx.status = 201;
    ctx.body = created;
  },

  /** The papers the association endorsed, latest first, named in the language asked for (null where not published in it). */
  async endorsements(ctx: Context) {
    const locale = requestLocale(ctx);
    const records = await endorsementRecords(strapi, { association: { documentId: ctx.state.association.documentId } });
    const papers = await publishedIn(strapi, 'api::policy-paper.policy-paper', locale, records.map((record) => record.policyPaper), ['title', 'slug', 'state']);
    ctx.body = records.reverse().map((record) => ({
      documentId: record.documentId,
      endorsedAt: record.endorsedAt,
      policyPaper: { documentId: record.policyPaper, ...(record.policyPaper ? papers.get(record.policyPaper) : undefined) },
    }));
  },

  /** Signs the association on to an open, published paper; endorsing again answers with the endorsement there is. */
  async endorse(ctx: Context) {
    const locale = requestLocale(ctx);
    const messages = accessMessages[locale];
    const { policyPaper } = parseInput(endorsementSchema, ctx.request.body ?? {}, locale);
    const association = ctx.state.association.documentId;
    const published = await strapi.db.query('api::policy-paper.policy-paper').findOne({
      where: { documentId: policyPaper, publishedAt: { $notNull: true } },
      select: ['state'],
    });
    if (!published) throw new errors.NotFoundError(messages.noSuchPaper);
    if (!isOpenForEndorsement(published.state)) throw new errors.ApplicationError(messages.endorsementsClosed);
    if (!(await isPublished(strapi, 'api::association.association', association))) throw new errors.ApplicationError(messages.notInCatalogue);

    const [existing] = await endorsementRecords(strapi, { policyPaper: { documentId: policyPaper }, association: { documentId: association } });
    if (existing) {
      ctx.body = { documentId: existing.documentId, endorsedAt: existing.endorsedAt };
      return;
    }
    const created = await strapi.documents(endorsementUid).create({
      data: { policyPaper, association, endorsedAt: new Date().toISOString(), endorsedBy: ctx.state.user!.documentId } as never,
      fields: ['endorsedAt'],
    });
    ctx.status = 201;
    ctx.body = { documentId: created.documentId, endorsedAt: created.endorsedAt };
  },

  /** Takes the association's name off a paper, while the paper is still open. */
  async withdrawEndorsement(ctx: Context) {
    const locale = requestLocale(ctx);
    const [record] = await endorsementRecords(strapi, { documentId: ctx.state.record.documentId });
    const published = record?.policyPaper
      ? await strapi.db.query('api::policy-paper.policy-paper').findOne({ where: { documentId: record.policyPaper, publishedAt: { $notNull: true } }, select: ['state'] })
      : null;
    if (published && !isOpenForEndorsement(published.state)) throw new errors.ApplicationError(accessMessages[locale].endorsementsClosed);
    await strapi.documents(endorsementUid).delete({ documentId: ctx.state.record.documentId });
    ctx.status = 204;
    ctx.body = null;
  },

  /**
   * Sends a password link to a representative's address (not again within a few minutes); says the
   * same whether the address has an account or not, and whether a link was sent.
   */
  async requestPasswordLink(ctx: Context) {
    const locale = requestLocale(ctx);
    const { email, locale: emailLocale } = parseInput(passwordLinkRequestSchema, ctx.request.body ?? {}, locale);
    const users = strapi.db.query('plugin::users-permissions.user');
    const user = await users.findOne({ where: { email: email.toLowerCase(), blocked: false }, populate: { association: { select: ['id'] } } });
    if (user?.association && mayIssuePasswordCode(user)) {
      const code = await issuePasswordCode(strapi, user.id);
      await sendMail(strapi, user.email, mails.passwordReset((user.language as Locale | null) ?? emailLocale, code));
    }
    ctx.status = 202;
    ctx.body = { sent: true };
  },

  async setPassword(ctx: Context) {
    const locale = requestLocale(ctx);
    const { code, password } = parseInput(setPasswordSchema, ctx.request.body ?? {}, locale);
    const user = await userOfPasswordCode(strapi, code);
    if (!user) fieldError('code', accessMessages[locale].badLink);
    await strapi.plugin('users-permissions').service('user').edit(user.id, {
      password,
      resetPasswordToken: null,
      passwordTokenIssuedAt: null,
      confirmed: true,
    });
    ctx.body = { email: user.email };
  },
};
