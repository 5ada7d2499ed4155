'use client';

// The proposed profile change: the public profile's fields in this language, filled in with what the
// profile says now; only the fields changed are sent, for an editor to approve.
import { useActionState } from 'react';
import { Field } from '@/components/forms/Field';
import { FormSummary } from '@/components/forms/FormSummary';
import styles from '@/components/forms/Form.module.css';
import type { FormResult } from '@/lib/cms/visitor';

type Fields = 'name' | 'shortDescription' | 'description' | 'website' | 'email' | 'phone' | 'address' | 'problems' | 'needs';

interface ProfileFormProps {
  action: (previous: FormResult, data: FormData) => Promise<FormResult>;
  current: Record<Fields, string>;
  texts: Record<Fields | 'note' | 'noteHint' | 'linesHint' | 'submit' | 'sending', string>;
}

const long: Fields[] = ['description', 'problems', 'needs'];
const order: Fields[] = ['name', 'shortDescription', 'description', 'problems', 'needs', 'website', 'email', 'phone', 'address'];

export function ProfileForm({ action, current, texts }: ProfileFormProps) {
  const [result, submit, pending] = useActionState(action, { status: 'idle' });
  const errors = result.status === 'invalid' ? result.fields : {};
  const values = (result.status === 'invalid' || result.status === 'failed' ? result.values : undefined) ?? current;
  const text = (name: string) => (typeof (values as Record<string, unknown>)[name] === 'string' ? ((values as Record<string, unknown>)[name] as string) : '');
  return (
    <form key={JSON.stringify(values)} action={submit} className={styles.form} noValidate>
      <FormSummary result={result} />
      {order.map((name) => (
        <Field key={name} name={name} label={texts[name]} hint={name === 'problems' || name === 'needs' ? texts.linesHint : undefined} error={errors[name]}>
          {(control) =>
            long.includes(name) ? <textarea {...control} rows={6} defaultValue={text(name)} /> : <input {...control} type="text" defaultValue={text(name)} />
          }
        </Field>
      ))}
      <Field name="note" label={texts.note} hint={texts.noteHint} error={errors.note}>
        {(control) => <textarea {...control} rows={3} maxLength={2000} defaultValue={text('note')} />}
      </Field>
      <button type="submit" className={styles.submit} disabled={pending}>
        {pending ? texts.sending : texts.submit}
      </button>
    </form>
  );
}
