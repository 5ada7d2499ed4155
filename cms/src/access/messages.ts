import type { Locale } from '@forum/shared';

/** The account API's refusals, in the language of the request (see request-locale.ts). */
export const accessMessages: Record<Locale, Record<'notRepresentative' | 'notFound' | 'tooMany' | 'notPending' | 'badLink' | 'unknownSectors' | 'noSuchPaper' | 'endorsementsClosed' | 'notInCatalogue', string>> = {
  ru: {
    notRepresentative: 'Войдите в аккаунт объединения: эта страница — для представителей объединений.',
    notFound: 'Такого материала нет среди материалов вашего объединения.',
    tooMany: 'Слишком много попыток. Подождите немного и попробуйте снова.',
    notPending: 'Материал уже рассмотрен редакцией, отозвать его нельзя.',
    badLink: 'Ссылка устарела или уже использована. Запросите новую.',
    unknownSectors: 'Таких отраслей нет: выберите из списка.',
    noSuchPaper: 'Такого опубликованного документа нет.',
    endorsementsClosed: 'Документ уже направлен органам власти: список поддержавших закрыт.',
    notInCatalogue: 'Профиль вашего объединения ещё не опубликован: поддерживать документы можно после его публикации в каталоге.',
  },
  en: {
    notRepresentative: "Please log in to your association's account: this is for association representatives.",
    notFound: "There is no such submission among your association's.",
    tooMany: 'Too many attempts. Please wait a little and try again.',
    notPending: 'The editors have already decided on this submission: it can no longer be withdrawn.',
    badLink: 'This link has expired or was already used. Please ask for a new one.',
    unknownSectors: 'There are no such sectors: please choose from the list.',
    noSuchPaper: 'There is no such published policy paper.',
    endorsementsClosed: 'This paper has already gone to the authorities: its list of endorsers is closed.',
    notInCatalogue: "Your association's profile is not published yet: it can endorse papers once it is in the catalogue.",
  },
};
