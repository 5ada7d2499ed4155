'use server';

// What the account pages' forms do: log in and out, ask for a password link, set the password, send
// news. Each checks its input with the shared schema first; the CMS checks again and decides.
import {
  CmsError,
  loginSchema,
  newsSubmissionSchema,
  passwordLinkRequestSchema,
  setPasswordSchema,
  type Locale,
} from '@forum/shared';
import { getTranslations } from 'next-intl/server';
import { redirect } from 'next/navigation';
import { asRepresentative, logIn, logOut } from '@/lib/account/session';
import { cms } from '@/lib/cms/client';
import { checkForm, formResultOf, formValues, visitorHeaders, type FormResult } from '@/lib/cms/visitor';

const accountPath = (locale: Locale) => `/${locale}/account`;

export async function logInAction(locale: Locale, _previous: FormResult, data: FormData): Promise<FormResult> {
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
  redirect(accountPath(locale));
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
