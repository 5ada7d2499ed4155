'use server';

import { joinHoneypotField, membershipApplicationSchema, type Locale } from '@forum/shared';
import { getTranslations } from 'next-intl/server';
import { cms } from '@/lib/cms/client';
import { checkForm, formResultOf, formValues, visitorHeaders, type FormResult } from '@/lib/cms/visitor';

/** The "join the alliance" form: checked here with the shared schema, stored by the CMS as a pending application. */
export async function applyToJoin(locale: Locale, _previous: FormResult, data: FormData): Promise<FormResult> {
  const input: Record<string, unknown> = { ...formValues(data, ['sectors']), locale };
  // A filled trap field: answered like any other application, sent nowhere.
  if (input[joinHoneypotField]) return { status: 'sent' };
  delete input[joinHoneypotField];
  const checked = checkForm(membershipApplicationSchema, input, locale);
  if (!checked.ok) return checked.result;
  try {
    await cms.send('POST', 'membership-applications', checked.data, { params: { locale }, headers: await visitorHeaders() });
    return { status: 'sent' };
  } catch (error) {
    const t = await getTranslations({ locale, namespace: 'Join' });
    return formResultOf(error, t('failed'), input);
  }
}
