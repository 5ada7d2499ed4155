'use client';

// The representative's news form: the languages it is written in, the texts in each, sectors and a
// cover image. Works without JavaScript; errors appear next to their fields, typed text stays.
import { useActionState } from 'react';
import { Field } from '@/components/forms/Field';
import { FormSummary } from '@/components/forms/FormSummary';
import { SectorChoices } from '@/components/forms/SectorChoices';
import styles from '@/components/forms/Form.module.css';
import type { FormResult } from '@/lib/cms/visitor';

export interface NewsFormTexts {
  languages: string;
  languageRu: string;
  languageEn: string;
  languageBoth: string;
  inRussian: string;
  inEnglish: string;
  title: string;
  summary: string;
  body: string;
  bodyHint: string;
  sectors: string;
  sectorsHint: string;
  cover: string;
  coverHint: string;
  submit: string;
  sending: string;
}

interface NewsFormProps {
  action: (previous: FormResult, data: FormData) => Promise<FormResult>;
  sectors: { value: string; label: string }[];
  texts: NewsFormTexts;
}

export function NewsForm({ action, sectors, texts }: NewsFormProps) {
  const [result, submit, pending] = useActionState(action, { status: 'idle' });
  const errors = result.status === 'invalid' ? result.fields : {};
  const values = (result.status === 'invalid' || result.status === 'failed' ? result.values : undefined) ?? {};
  const text = (name: string) => (typeof values[name] === 'string' ? (values[name] as string) : '');
  const chosenSectors = Array.isArray(values.sectors) ? (values.sectors as string[]) : [];
  const language = text('languages') || 'ru';

  const texts_ = (suffix: 'Ru' | 'En', legend: string) => (
    <fieldset className={styles.fieldset}>
      <legend className={styles.legend}>{legend}</legend>
      <Field name={`title${suffix}`} label={texts.title} error={errors[`title${suffix}`]}>
        {(control) => <input {...control} type="text" maxLength={200} defaultValue={text(`title${suffix}`)} />}
      </Field>
      <Field name={`summary${suffix}`} label={texts.summary} error={errors[`summary${suffix}`]}>
        {(control) => <textarea {...control} maxLength={500} rows={3} defaultValue={text(`summary${suffix}`)} />}
      </Field>
      <Field name={`body${suffix}`} label={texts.body} hint={texts.bodyHint} error={errors[`body${suffix}`]}>
        {(control) => <textarea {...control} maxLength={20000} rows={10} defaultValue={text(`body${suffix}`)} />}
      </Field>
    </fieldset>
  );

  return (
    <form key={JSON.stringify(values)} action={submit} className={styles.form} noValidate encType="multipart/form-data">
      <FormSummary result={result} />
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{texts.languages}</legend>
        <div className={styles.choices}>
          {(
            [
              ['ru', texts.languageRu],
              ['en', texts.languageEn],
              ['both', texts.languageBoth],
            ] as const
          ).map(([value, label]) => (
            <label key={value} className={styles.choice}>
              <input type="radio" name="languages" value={value} defaultChecked={language === value} /> {label}
            </label>
          ))}
        </div>
      </fieldset>
      {texts_('Ru', texts.inRussian)}
      {texts_('En', texts.inEnglish)}
      <SectorChoices legend={texts.sectors} hint={texts.sectorsHint} sectors={sectors} chosen={chosenSectors} error={errors.sectors} />
      <Field name="cover" label={texts.cover} hint={texts.coverHint} error={errors.cover}>
        {(control) => <input {...control} type="file" accept="image/jpeg,image/png,image/webp" />}
      </Field>
      <button type="submit" className={styles.submit} disabled={pending}>
        {pending ? texts.sending : texts.submit}
      </button>
    </form>
  );
}
