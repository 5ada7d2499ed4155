'use client';

// The application form. It works without JavaScript (a plain POST to the server action); with it,
// the page stays in place and the errors appear next to their fields.
import { useActionState } from 'react';
import { Field } from '@/components/forms/Field';
import { FormSummary } from '@/components/forms/FormSummary';
import { SectorChoices } from '@/components/forms/SectorChoices';
import styles from '@/components/forms/Form.module.css';
import type { FormResult } from '@/lib/cms/visitor';

export interface JoinFormTexts {
  name: string;
  kind: string;
  chooseKind: string;
  sectors: string;
  sectorsHint: string;
  description: string;
  descriptionHint: string;
  contactName: string;
  email: string;
  phone: string;
  website: string;
  motivation: string;
  motivationHint: string;
  submit: string;
  sending: string;
  sentTitle: string;
  sentText: string;
  trap: string;
}

interface JoinFormProps {
  /** The hidden field that tells bots (see membership.ts in shared); passed in, to keep shared's runtime out of the browser. */
  trapName: string;
  action: (previous: FormResult, data: FormData) => Promise<FormResult>;
  kinds: { value: string; label: string }[];
  sectors: { value: string; label: string }[];
  texts: JoinFormTexts;
}

export function JoinForm({ trapName, action, kinds, sectors, texts }: JoinFormProps) {
  const [result, submit, pending] = useActionState(action, { status: 'idle' });
  if (result.status === 'sent') {
    return (
      <div className={styles.done} role="status">
        <h2>{texts.sentTitle}</h2>
        <p>{texts.sentText}</p>
      </div>
    );
  }
  const errors = result.status === 'invalid' ? result.fields : {};
  const values = (result.status === 'invalid' || result.status === 'failed' ? result.values : undefined) ?? {};
  const text = (name: string) => (typeof values[name] === 'string' ? (values[name] as string) : '');
  const chosenSectors = Array.isArray(values.sectors) ? (values.sectors as string[]) : [];

  return (
    // Keyed by the result: after an action React empties the form, so it is drawn again with what was typed.
    <form key={JSON.stringify(values)} action={submit} className={styles.form} noValidate>
      <FormSummary result={result} />
      <Field name="name" label={texts.name} error={errors.name}>
        {(control) => <input {...control} type="text" required maxLength={200} defaultValue={text('name')} autoComplete="organization" />}
      </Field>
      <Field name="kind" label={texts.kind} error={errors.kind}>
        {(control) => (
          <select {...control} required defaultValue={text('kind')}>
            <option value="">{texts.chooseKind}</option>
            {kinds.map((kind) => (
              <option key={kind.value} value={kind.value}>
                {kind.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <SectorChoices legend={texts.sectors} hint={texts.sectorsHint} sectors={sectors} chosen={chosenSectors} error={errors.sectors} />
      <Field name="description" label={texts.description} hint={texts.descriptionHint} error={errors.description}>
        {(control) => <textarea {...control} required maxLength={5000} defaultValue={text('description')} />}
      </Field>
      <Field name="motivation" label={texts.motivation} hint={texts.motivationHint} error={errors.motivation}>
        {(control) => <textarea {...control} required maxLength={5000} defaultValue={text('motivation')} />}
      </Field>
      <Field name="contactName" label={texts.contactName} error={errors.contactName}>
        {(control) => <input {...control} type="text" required maxLength={200} defaultValue={text('contactName')} autoComplete="name" />}
      </Field>
      <Field name="email" label={texts.email} error={errors.email}>
        {(control) => <input {...control} type="email" required maxLength={200} defaultValue={text('email')} autoComplete="email" />}
      </Field>
      <Field name="phone" label={texts.phone} error={errors.phone}>
        {(control) => <input {...control} type="tel" maxLength={50} defaultValue={text('phone')} autoComplete="tel" />}
      </Field>
      <Field name="website" label={texts.website} error={errors.website}>
        {(control) => <input {...control} type="url" maxLength={300} defaultValue={text('website')} placeholder="https://" autoComplete="url" />}
      </Field>
      <div className={styles.trap} aria-hidden="true">
        <label htmlFor="field-trap">{texts.trap}</label>
        <input id="field-trap" type="text" name={trapName} tabIndex={-1} autoComplete="off" />
      </div>
      <button type="submit" className={styles.submit} disabled={pending}>
        {pending ? texts.sending : texts.submit}
      </button>
    </form>
  );
}
