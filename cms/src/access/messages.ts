import type { Locale } from '@forum/shared';

/** The account API's refusals, in the language of the request (see request-locale.ts). */
export const accessMessages: Record<Locale, Record<'notRepresentative' | 'notFound' | 'tooMany' | 'notPending' | 'badLink' | 'unknownSectors', string>> = {
  ru: {
    notRepresentative: 'Войдите в аккаунт объединения: эта страница — для представителей объединений.',
    notFound: 'Такого материала нет среди материалов вашего объединения.',
    tooMany: 'Слишком много попыток. Подождите немного и попробуйте снова.',
    notPending: 'Материал уже рассмотрен редакцией, отозвать его нельзя.',
    badLink: 'Ссылка устарела или уже использована. Запросите новую.',
    unknownSectors: 'Таких отраслей нет: выберите из списка.',
  },
  en: {
    notRepresentative: "Please log in to your association's account: this is for association representatives.",
    notFound: "There is no such submission among your association's.",
    tooMany: 'Too many attempts. Please wait a little and try again.',
    notPending: 'The editors have already decided on this submission: it can no longer be withdrawn.',
    badLink: 'This link has expired or was already used. Please ask for a new one.',
    unknownSectors: 'There are no such sectors: please choose from the list.',
  },
};
