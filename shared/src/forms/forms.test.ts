import { membershipApplicationSchema } from './membership';
import { imageTypeOf, newsSubmissionSchema, profileChangeSchema } from './submissions';
import { fieldErrors } from './validation';

const errorsOf = (schema: { safeParse: (input: unknown) => { success: boolean; error?: unknown } }, input: unknown, locale: 'ru' | 'en') => {
  const result = schema.safeParse(input);
  if (result.success) throw new Error('expected the input to be refused');
  return fieldErrors(result.error as never, input, locale);
};

describe('news submissions', () => {
  it('accept news in one language and drop empty fields of the other', () => {
    const parsed = newsSubmissionSchema.parse({ languages: 'ru', titleRu: ' Выставка ', bodyRu: 'Текст', titleEn: '', sectors: ['design'] });
    expect(parsed).toEqual({ languages: 'ru', titleRu: 'Выставка', bodyRu: 'Текст', summaryRu: undefined, titleEn: undefined, summaryEn: undefined, bodyEn: undefined, sectors: ['design'] });
  });

  it('need the title and text of every language the news is written in, and say so per field in the visitor language', () => {
    const errors = errorsOf(newsSubmissionSchema, { languages: 'both', titleRu: 'Выставка', bodyRu: 'Текст' }, 'ru');
    expect(errors.fields).toEqual({
      titleEn: 'Заполните это поле: вы указали, что пишете на этом языке.',
      bodyEn: 'Заполните это поле: вы указали, что пишете на этом языке.',
    });
    expect(errors.message).toBe('Проверьте форму: 2 поля заполнены неверно.');
  });

  it('refuse unknown fields, such as an association or a status, instead of ignoring them', () => {
    const errors = errorsOf(newsSubmissionSchema, { languages: 'en', titleEn: 'Show', bodyEn: 'Text', association: 'other', state: 'approved' }, 'en');
    expect(errors.fields).toEqual({ association: 'The form has no such field.', state: 'The form has no such field.' });
    expect(errors.message).toBe('Please check the form: 2 fields need attention.');
  });

  it('name the limits it enforces', () => {
    const errors = errorsOf(newsSubmissionSchema, { languages: 'en', titleEn: 'x'.repeat(201), bodyEn: 'Text', sectors: ['a', 'b', 'c', 'd', 'e', 'f'] }, 'en');
    expect(errors.fields).toEqual({ titleEn: 'Too long: at most 200 characters.', sectors: 'Choose at most 5.' });
    expect(errorsOf(newsSubmissionSchema, {}, 'ru').fields).toEqual({ languages: 'Заполните это поле.' });
  });
});

describe('imageTypeOf', () => {
  it('tells JPEG, PNG and WebP by their first bytes, whatever the file is called', () => {
    expect(imageTypeOf(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
    expect(imageTypeOf(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe('image/png');
    expect(imageTypeOf(new TextEncoder().encode('RIFF\x00\x00\x00\x00WEBPVP8 '))).toBe('image/webp');
    expect(imageTypeOf(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull();
    expect(imageTypeOf(new TextEncoder().encode('<!doctype html><script>'))).toBeNull();
  });
});

describe('profile changes', () => {
  it('take only the fields given, in one language, and need at least one', () => {
    expect(profileChangeSchema.parse({ locale: 'en', website: 'https://example.org' })).toEqual({ locale: 'en', website: 'https://example.org' });
    expect(errorsOf(profileChangeSchema, { locale: 'ru', note: 'просто так' }, 'ru').fields).toEqual({ form: 'Заполните это поле.' });
    expect(errorsOf(profileChangeSchema, { locale: 'en', website: 'javascript:alert(1)' }, 'en').fields).toEqual({
      website: 'Enter the website address, starting with https://.',
    });
  });
});

describe('membership applications', () => {
  const application = {
    locale: 'ru',
    name: 'Союз иллюстраторов',
    kind: 'nascent_association',
    sectors: ['art', 'publishing'],
    description: 'Объединяем иллюстраторов детской книги Петербурга.',
    contactName: 'Анна Петрова',
    email: 'anna@example.ru',
    motivation: 'Хотим говорить с городом вместе с другими союзами.',
  };

  it('accept a complete application', () => {
    expect(membershipApplicationSchema.parse({ ...application, website: '' }).website).toBeUndefined();
  });

  it('explain every missing or malformed field in the applicant language', () => {
    const errors = errorsOf(membershipApplicationSchema, { ...application, email: 'anna', sectors: [], description: 'Коротко' }, 'ru');
    expect(errors.fields).toEqual({
      email: 'Введите адрес электронной почты, например name@example.ru.',
      sectors: 'Заполните это поле.',
      description: 'Слишком коротко: нужно не меньше 20 символов.',
    });
  });
});
