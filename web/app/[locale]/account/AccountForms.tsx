'use client';

// The account's small forms (log in, ask for a password link, set the password). Each works
// without JavaScript (a plain POST to its server action) and shows its errors next to the fields.
import { useActionState } from 'react';
import { Field } from '@/components/forms/Field';
import { FormSummary } from '@/components/forms/FormSummary';
import styles from '@/components/forms/Form.module.css';
import type { FormResult } from '@/lib/cms/visitor';

type Action = (previous: FormResult, data: FormData) => Promise<FormResult>;

const fieldsOf = (result: FormResult) => (result.status === 'invalid' ? result.fields : {});
const valueOf = (result: FormResult, name: string) => {
  const values = result.status === 'invalid' || result.status === 'failed' ? result.values : undefined;
  return typeof values?.[name] === 'string' ? (values[name] as string) : '';
};

export function LoginForm({ action, texts }: { action: Action; texts: { email: string; password: string; submit: string; sending: string } }) {
  const [result, submit, pending] = useActionState(action, { status: 'idle' });
  const errors = fieldsOf(result);
  return (
    <form key={valueOf(result, 'email')} action={submit} className={styles.form} noValidate>
      <FormSummary result={result} />
      <Field name="email" label={texts.email} error={errors.email}>
        {(control) => <input {...control} type="email" required autoComplete="username" defaultValue={valueOf(result, 'email')} />}
      </Field>
      <Field name="password" label={texts.password} error={errors.password}>
        {(control) => <input {...control} type="password" required autoComplete="current-password" />}
      </Field>
      <button type="submit" className={styles.submit} disabled={pending}>
        {pending ? texts.sending : texts.submit}
      </button>
    </form>
  );
}

export function PasswordLinkForm({ action, texts }: { action: Action; texts: { email: string; submit: string; sending: string; sent: string } }) {
  const [result, submit, pending] = useActionState(action, { status: 'idle' });
  if (result.status === 'sent') {
    return (
      <p className={styles.done} role="status">
        {texts.sent}
      </p>
    );
  }
  const errors = fieldsOf(result);
  return (
    <form action={submit} className={styles.form} noValidate>
      <FormSummary result={result} />
      <Field name="email" label={texts.email} error={errors.email}>
        {(control) => <input {...control} type="email" required autoComplete="email" defaultValue={valueOf(result, 'email')} />}
      </Field>
      <button type="submit" className={styles.submit} disabled={pending}>
        {pending ? texts.sending : texts.submit}
      </button>
    </form>
  );
}

export function SetPasswordForm({
  action,
  code,
  texts,
}: {
  action: Action;
  code: string;
  texts: { password: string; passwordHint: string; confirmation: string; submit: string; sending: string };
}) {
  const [result, submit, pending] = useActionState(action, { status: 'idle' });
  const errors = fieldsOf(result);
  return (
    <form action={submit} className={styles.form} noValidate>
      <FormSummary result={result} />
      {errors.code && (
        <p className={styles.error} role="alert">
          {errors.code}
        </p>
      )}
      <input type="hidden" name="code" value={code} />
      <Field name="password" label={texts.password} hint={texts.passwordHint} error={errors.password}>
        {(control) => <input {...control} type="password" required minLength={10} autoComplete="new-password" />}
      </Field>
      <Field name="passwordConfirmation" label={texts.confirmation} error={errors.passwordConfirmation}>
        {(control) => <input {...control} type="password" required autoComplete="new-password" />}
      </Field>
      <button type="submit" className={styles.submit} disabled={pending}>
        {pending ? texts.sending : texts.submit}
      </button>
    </form>
  );
}
