'use server';

// What the account pages' forms do: log in and out, ask for a password link, set the password, send
// news, propose profile changes, endorse policy papers. Each checks its input with the shared schema first; the CMS checks again and decides.
import {
  CmsError,
  documentIdSchema,
  loginSchema,
  newsSubmissionSchema,
  passwordLinkRequestSchema,
  profileChangeSchema,
  setPasswordSchema,
  type Locale,
} from '@forum/shared';
import { getTranslations } from 'next-intl/server';
import { redirect } from 'next/navigation';
import { asRepresentative, logIn, logOut, type AccountSummary } from '@/lib/account/session';
import { cms } from '@/lib/cms/client';
import { checkForm, formResultOf, formValues, visitorHeaders, type FormResult } from '@/lib/cms/visitor';
import { currentProfile, profileFields } from './profile/current';

const accountPath = (locale: Locale) => `/${locale}/account`;
const endorsementsPath = (locale: Locale) => `/${locale}/account/endorsements`;

/** The account pages a login returns to, by name. */
const accountPages = { dashboard: '', endorsements: '/endorsements', news: '/news', profile: '/profile' } as const;
export type AccountPage = keyof typeof accountPages;

export async function logInAction(locale: Locale, returnTo: AccountPage, _previous: FormResult, data: FormData): Promise<FormResult> {
  const input = formValues(data);
  const checked = checkForm(loginSchema, input, locale, ['email']);
  if (!checked.ok) return checked.result;
  const t = await getTranslations({ locale, namespace: 'Account' });
  try {
    await logIn(checked.data.email, checked.data.password);
  } catch (error) {
    const status = error instanceof CmsError ? error.status : 503;
    const message = status === 429 ? t('tooMany') : status === 400 ? t('loginFailed') : t('failed');
    return { status: 'failed', message, values: { email: checked.data.email } };
  }
  redirect(`${accountPath(locale)}${accountPages[returnTo] ?? ''}`);
}

export async function logOutAction(locale: Locale): Promise<void> {
  await logOut();
  redirect(accountPath(locale));
}

export async function requestPasswordLinkAction(locale: Locale, _previous: FormResult, data: FormData): Promise<FormResult> {
  const input = { ...formValues(data), locale };
  const checked = checkForm(passwordLinkRequestSchema, input, locale);
  if (!checked.ok) return checked.result;
  try {
    await cms.send('POST', 'account/password-link', checked.data, { params: { locale }, headers: await visitorHeaders() });
    return { status: 'sent' };
  } catch (error) {
    return formResultOf(error, (await getTranslations({ locale, namespace: 'Account' }))('failed'), input);
  }
}

export async function setPasswordAction(locale: Locale, _previous: FormResult, data: FormData): Promise<FormResult> {
  const input = formValues(data);
  const checked = checkForm(setPasswordSchema, input, locale, ['code']);
  if (!checked.ok) return checked.result;
  let email: string;
  try {
    ({ email } = await cms.send<{ email: string }>('POST', 'account/password', checked.data, { params: { locale }, headers: await visitorHeaders() }));
    await logIn(email, checked.data.password);
  } catch (error) {
    return formResultOf(error, (await getTranslations({ locale, namespace: 'Account' }))('failed'), { code: input.code });
  }
  redirect(accountPath(locale));
}

export async function submitNewsAction(locale: Locale, _previous: FormResult, data: FormData): Promise<FormResult> {
  const input = formValues(data, ['sectors']);
  delete input.cover;
  const checked = checkForm(newsSubmissionSchema, input, locale);
  if (!checked.ok) return checked.result;
  const t = await getTranslations({ locale, namespace: 'Account' });
  const body = new FormData();
  body.set('data', JSON.stringify(checked.data));
  const cover = data.get('cover');
  if (cover instanceof File && cover.size > 0) body.set('cover', cover, cover.name);
  try {
    const sent = await asRepresentative((headers) => cms.send('POST', 'account/news-submissions', body, { params: { locale }, headers }));
    if (sent === null) return { status: 'failed', message: t('sessionOver'), values: input };
  } catch (error) {
    return formResultOf(error, t('failed'), input);
  }
  redirect(`${accountPath(locale)}?sent=news`);
}

/** Proposes the fields the representative changed (compared with the public profile in this language) and their note. */
export async function proposeProfileChangeAction(locale: Locale, _previous: FormResult, data: FormData): Promise<FormResult> {
  const typed = formValues(data);
  const t = await getTranslations({ locale, namespace: 'Account' });
  let outcome: { refused: FormResult | null } | null;
  try {
    outcome = await asRepresentative(async (headers) => {
      const { association } = await cms.send<AccountSummary>('GET', 'account/me', undefined, { params: { locale }, headers });
      const current = await currentProfile(association.documentId, locale);
      // Browsers send a textarea's line breaks as CRLF: compared and sent as the CMS keeps them.
      const text = (value: unknown) => (typeof value === 'string' ? value.replace(/\r\n?/g, '\n').trim() : undefined);
      const changed = profileFields.filter((field) => text(typed[field]) !== undefined && text(typed[field]) !== text(current?.[field] ?? ''));
      const input = { ...Object.fromEntries(changed.map((field) => [field, text(typed[field])])), ...(typed.note ? { note: text(typed.note) } : {}), locale };
      const checked = checkForm(profileChangeSchema, input, locale);
      if (!checked.ok) return { refused: { ...checked.result, values: typed } as FormResult };
      await cms.send('POST', 'account/profile-changes', checked.data, { params: { locale }, headers });
      return { refused: null };
    });
  } catch (error) {
    return formResultOf(error, t('failed'), typed);
  }
  if (!outcome) return { status: 'failed', message: t('sessionOver'), values: typed };
  if (outcome.refused) return outcome.refused;
  redirect(`${accountPath(locale)}?sent=profile`);
}

/**
 * Signs the representative's association on to a policy paper (from the paper's page or the account's
 * list) and shows the outcome on the account's endorsements page; without a session, that page asks to log in.
 */
export async function endorseAction(locale: Locale, policyPaper: string): Promise<void> {
  const paper = documentIdSchema.parse(policyPaper);
  let outcome: 'endorsed' | 'refused' | 'failed' | null;
  try {
    const sent = await asRepresentative(async (headers) => {
      await cms.send('POST', 'account/endorsements', { policyPaper: paper }, { params: { locale }, headers });
      return true;
    });
    outcome = sent ? 'endorsed' : null;
  } catch (error) {
    outcome = error instanceof CmsError && error.status < 500 ? 'refused' : 'failed';
  }
  redirect(outcome ? `${endorsementsPath(locale)}?${outcome}=${paper}` : endorsementsPath(locale));
}

/** Takes the association's endorsement of a paper back, while the paper is open. */
export async function withdrawEndorsementAction(locale: Locale, endorsement: string, policyPaper: string): Promise<void> {
  const [id, paper] = [documentIdSchema.parse(endorsement), documentIdSchema.parse(policyPaper)];
  let outcome: 'withdrawn' | 'refused' | 'failed' | null;
  try {
    // The CMS answers 204 (no body): `true` tells a done withdrawal from a missing session.
    const sent = await asRepresentative(async (headers) => {
      await cms.send('DELETE', `account/endorsements/${id}`, undefined, { params: { locale }, headers });
      return true;
    });
    outcome = sent ? 'withdrawn' : null;
  } catch (error) {
    outcome = error instanceof CmsError && error.status < 500 ? 'refused' : 'failed';
  }
  redirect(outcome ? `${endorsementsPath(locale)}?${outcome}=${paper}` : endorsementsPath(locale));
}
