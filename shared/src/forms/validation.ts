// Form errors in the visitor's language, from one place: the portal's forms and the CMS's account
// routes check input with the same zod schemas (./submissions.ts, ./membership.ts) and turn the
// problems into the same sentences, one per field.
import type { z } from 'zod';
import type { Locale } from '../types/strapi';

export type ValidationProblem =
  | 'required'
  | 'tooShort'
  | 'tooLong'
  | 'tooMany'
  | 'choose'
  | 'email'
  | 'url'
  | 'invalid'
  | 'unknownField'
  | 'imageType'
  | 'imageTooLarge'
  | 'fieldsFor'
  | 'passwordsDiffer';

const messages: Record<Locale, Record<ValidationProblem, string> & { summary: string }> = {
  ru: {
    required: 'Заполните это поле.',
    tooShort: 'Слишком коротко: нужно не меньше {limit} символов.',
    tooLong: 'Слишком длинно: не больше {limit} символов.',
    tooMany: 'Можно выбрать не больше {limit}.',
    choose: 'Выберите один из вариантов.',
    email: 'Введите адрес электронной почты, например name@example.ru.',
    url: 'Введите адрес сайта, начиная с https://.',
    invalid: 'Значение не подходит.',
    unknownField: 'Такого поля в форме нет.',
    imageType: 'Загрузите изображение JPEG, PNG или WebP.',
    imageTooLarge: 'Изображение слишком большое: не больше {limit} МБ.',
    fieldsFor: 'Заполните это поле: вы указали, что пишете на этом языке.',
    passwordsDiffer: 'Пароли не совпадают.',
    summary: 'Проверьте форму: {count, plural, one {# поле заполнено} few {# поля заполнены} other {# полей заполнены}} неверно.',
  },
  en: {
    required: 'Please fill in this field.',
    tooShort: 'Too short: at least {limit} characters.',
    tooLong: 'Too long: at most {limit} characters.',
    tooMany: 'Choose at most {limit}.',
    choose: 'Please choose one of the options.',
    email: 'Enter an e-mail address, like name@example.org.',
    url: 'Enter the website address, starting with https://.',
    invalid: 'This value is not valid.',
    unknownField: 'The form has no such field.',
    imageType: 'Upload a JPEG, PNG or WebP image.',
    imageTooLarge: 'The image is too large: {limit} MB at most.',
    fieldsFor: 'Please fill in this field: you said you write in this language.',
    passwordsDiffer: 'The passwords do not match.',
    summary: 'Please check the form: {count, plural, one {# field needs} other {# fields need}} attention.',
  },
};

/** Russian and English plural forms of the summary, without an ICU runtime. */
function pluralize(template: string, count: number, locale: Locale): string {
  return template.replace(/\{count, plural, ([^{}]*(?:\{[^{}]*\}[^{}]*)*)\}/, (_match, body: string) => {
    const forms = Object.fromEntries([...body.matchAll(/(\w+) \{([^{}]*)\}/g)].map(([, key, text]) => [key, text]));
    const rule = new Intl.PluralRules(locale === 'ru' ? 'ru-RU' : 'en-GB').select(count);
    return (forms[rule] ?? forms.other).replace('#', String(count));
  });
}

export function validationMessage(problem: ValidationProblem, locale: Locale, limit?: number): string {
  return messages[locale][problem].replace('{limit}', String(limit ?? ''));
}

export interface FieldErrors {
  /** One sentence for the whole form, for the top of the form or an API error's message. */
  message: string;
  /** The first problem of each field, by field name ("titleRu", "cover"...). */
  fields: Record<string, string>;
}

function valueAt(input: unknown, path: PropertyKey[]): unknown {
  return path.reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined), input);
}

/** What a zod problem means to the person filling in the form. */
function problemOf(issue: z.core.$ZodIssue, input: unknown): { problem: ValidationProblem; limit?: number } {
  switch (issue.code) {
    case 'invalid_type':
      return { problem: valueAt(input, issue.path) === undefined ? 'required' : 'invalid' };
    case 'too_small': {
      const value = valueAt(input, issue.path);
      const empty = value === undefined || (typeof value === 'string' && value.trim() === '');
      if (empty || issue.origin === 'array') return { problem: 'required' };
      return { problem: 'tooShort', limit: Number(issue.minimum) };
    }
    case 'too_big':
      if (issue.origin === 'array') return { problem: 'tooMany', limit: Number(issue.maximum) };
      return { problem: 'tooLong', limit: Number(issue.maximum) };
    case 'invalid_value':
      return { problem: valueAt(input, issue.path) === undefined ? 'required' : 'choose' };
    case 'invalid_format':
      return { problem: issue.format === 'email' ? 'email' : issue.format === 'url' ? 'url' : 'invalid' };
    case 'unrecognized_keys':
      return { problem: 'unknownField' };
    case 'custom': {
      const [problem, limit] = issue.message.split(':');
      return { problem: (problem in messages.en ? problem : 'invalid') as ValidationProblem, limit: limit ? Number(limit) : undefined };
    }
    default:
      return { problem: 'invalid' };
  }
}

/** The problems of a failed parse, field by field, in `locale`. */
export function fieldErrors(error: z.ZodError, input: unknown, locale: Locale): FieldErrors {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const { problem, limit } = problemOf(issue, input);
    const names = issue.code === 'unrecognized_keys' ? issue.keys.map((key) => [...issue.path, key].join('.')) : [issue.path.join('.') || 'form'];
    for (const name of names) fields[name] ??= validationMessage(problem, locale, limit);
  }
  return { message: pluralize(messages[locale].summary, Object.keys(fields).length, locale), fields };
}
