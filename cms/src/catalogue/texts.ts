// The catalogue's words in both languages (the portal's messages hold the page around it).
import type { AssociationKind, Locale } from '@forum/shared';

interface Words {
  title: string;
  edition: (date: string) => string;
  count: (count: number) => string;
  introTitle: string;
  defaultIntro: string;
  dataNote: (url: string, date: string) => string;
  contents: string;
  index: string;
  footer: (site: string) => string;
  seePage: (page: string) => string;
  otherAssociations: string;
  fileName: string;
  /** A volume of a catalogue printed in several, with the first and last names it holds. */
  volume: (volume: number, volumes: number, first: string, last: string) => string;
  volumeFileName: string;
  kinds: Record<AssociationKind, string>;
  labels: { founded: string; members: string; problems: string; needs: string; website: string; email: string; phone: string; address: string };
}

const russianPlural = (count: number, one: string, few: string, many: string) => {
  const [tens, units] = [count % 100, count % 10];
  if (units === 1 && tens !== 11) return one;
  if (units >= 2 && units <= 4 && (tens < 12 || tens > 14)) return few;
  return many;
};

export const catalogueWords: Record<Locale, Words> = {
  ru: {
    title: 'Каталог объединений и профессиональных союзов креативных индустрий Санкт-Петербурга',
    edition: (date) => `Издание от ${date}`,
    count: (count) => `${count} ${russianPlural(count, 'объединение', 'объединения', 'объединений')}`,
    introTitle: 'Введение',
    defaultIntro: 'Каталог объединений и профессиональных союзов творческих предпринимателей Санкт-Петербурга, составленный Форумом креативных индустрий.',
    dataNote: (url, date) =>
      `Каталог составлен по опубликованным материалам сайта Форума (${url}) ${date}. Там же — актуальное издание и открытые данные каталога (CSV и JSON, лицензия CC BY 4.0).`,
    contents: 'Содержание',
    index: 'Алфавитный указатель',
    footer: (site) => `${site} · Каталог объединений`,
    seePage: (page) => `см. с. ${page}`,
    otherAssociations: 'Другие объединения',
    fileName: 'katalog-obedinenij',
    volume: (volume, volumes, first, last) => `Том ${volume} из ${volumes}: от «${first}» до «${last}»`,
    volumeFileName: 'tom',
    kinds: {
      existing_association: 'Ассоциация',
      nascent_association: 'Формирующаяся ассоциация',
      professional_union: 'Профессиональный союз',
      sub_sector_network: 'Отраслевая сеть',
      not_for_profit: 'Некоммерческая организация',
    },
    labels: { founded: 'основано в', members: 'членов', problems: 'Проблемы', needs: 'Потребности', website: 'Сайт', email: 'Почта', phone: 'Телефон', address: 'Адрес' },
  },
  en: {
    title: "Catalogue of the associations and professional unions of St Petersburg's creative industries",
    edition: (date) => `Edition of ${date}`,
    count: (count) => `${count} ${count === 1 ? 'association' : 'associations'}`,
    introTitle: 'Introduction',
    defaultIntro: "A catalogue of the associations and professional unions of St Petersburg's creative entrepreneurs, compiled by the Creative Industries Forum.",
    dataNote: (url, date) =>
      `Compiled from the content published on the Forum's website (${url}) on ${date}. The current edition and the catalogue's open data (CSV and JSON, licensed CC BY 4.0) are there too.`,
    contents: 'Contents',
    index: 'Alphabetical index',
    footer: (site) => `${site} · Catalogue of associations`,
    seePage: (page) => `see p. ${page}`,
    otherAssociations: 'Other associations',
    fileName: 'catalogue-of-associations',
    volume: (volume, volumes, first, last) => `Volume ${volume} of ${volumes}: from “${first}” to “${last}”`,
    volumeFileName: 'volume',
    kinds: {
      existing_association: 'Association',
      nascent_association: 'Emerging association',
      professional_union: 'Professional union',
      sub_sector_network: 'Sub-sector network',
      not_for_profit: 'Not-for-profit organisation',
    },
    labels: { founded: 'founded', members: 'members', problems: 'Problems', needs: 'Needs', website: 'Website', email: 'E-mail', phone: 'Phone', address: 'Address' },
  },
};
