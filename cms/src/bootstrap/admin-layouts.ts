// How the admin's content manager is arranged for editors, set in code at every start so that a
// fresh install has it: each list's columns and default order, the field that names a record in
// relation pickers (names, not ids), and a plain-words description (and example) under the fields
// that need one. The rest of the configuration (edit layouts an editor rearranged) is kept.
import type { Core, UID } from '@strapi/strapi';

interface ListLayout {
  /** The field that names a record (in relation pickers and titles). */
  mainField: string;
  columns: string[];
  sortBy: string;
  sortOrder: 'ASC' | 'DESC';
  /** What a field is for, shown under it in the edit view, in both languages of the team. */
  descriptions?: Record<string, string>;
  /** An example shown in an empty field. */
  placeholders?: Record<string, string>;
}

const slugDescription = 'Адрес страницы, латиницей; создаётся из названия. Изменённый адрес продолжает работать. / The page address, in Latin letters, made from the title; an old address keeps working after a change.';

export const listLayouts: Partial<Record<UID.ContentType, ListLayout>> = {
  'api::association.association': {
    mainField: 'name',
    columns: ['id', 'name', 'kind', 'sectors', 'allianceMembership', 'updatedAt'],
    sortBy: 'name',
    sortOrder: 'ASC',
    descriptions: {
      slug: slugDescription,
      shortDescription: 'Одна-две фразы для карточки в каталоге и поиска (до 300 знаков). / One or two sentences for the catalogue card and search (300 characters at most).',
      problems: 'По одной проблеме в строке, как их назвало объединение. / One problem per line, as the association put it.',
      needs: 'По одной потребности в строке. / One need per line.',
      allianceMembership: 'Участник, партнёр или кандидат интернет-альянса; считается в итогах проекта. / Member, partner or candidate of the internet alliance; counted in the outcomes.',
      logo: 'Квадратное изображение (PNG, JPEG, SVG, WebP). / A square image (PNG, JPEG, SVG, WebP).',
      internalNotes: 'Видно только редакции. / Seen by the editors only.',
    },
    placeholders: { website: 'https://', email: 'info@example.ru', phone: '+7 812 000-00-00' },
  },
  'api::event.event': {
    mainField: 'title',
    columns: ['id', 'title', 'kind', 'startsAt', 'registrationOpen', 'updatedAt'],
    sortBy: 'startsAt',
    sortOrder: 'DESC',
    descriptions: {
      slug: slugDescription,
      kind: 'Рабочие сессии и семинары считаются в итогах проекта. / Working sessions and seminars are counted in the outcomes.',
      startsAt: 'Время Санкт-Петербурга. / St Petersburg time.',
      publishAt: 'Опубликовать автоматически в это время (по Петербургу): заполните и сохраните черновик (Save). / Publish automatically at this time (St Petersburg): fill it in and save the draft.',
      summary: 'Одна-две фразы для списка мероприятий. / One or two sentences for the events list.',
      outcomes: 'Итоги после мероприятия: решения, договорённости. / What came of it, once it is over.',
    },
    placeholders: { onlineLink: 'https://' },
  },
  'api::news-article.news-article': {
    mainField: 'title',
    columns: ['id', 'title', 'date', 'source', 'association', 'updatedAt'],
    sortBy: 'date',
    sortOrder: 'DESC',
    descriptions: {
      slug: slugDescription,
      summary: 'Подводка для списка новостей и RSS. / The lead for the news list and the RSS feed.',
      publishAt: 'Опубликовать автоматически в это время (по Петербургу): заполните и сохраните черновик (Save). / Publish automatically at this time (St Petersburg): fill it in and save the draft.',
      source: 'Редакция Форума или объединение (новости объединений считаются в итогах). / The Forum’s editors or an association (association news is counted in the outcomes).',
    },
  },
  'api::policy-paper.policy-paper': {
    mainField: 'title',
    columns: ['id', 'title', 'kind', 'state', 'updatedAt'],
    sortBy: 'updatedAt',
    sortOrder: 'DESC',
    descriptions: {
      slug: slugDescription,
      state: 'Пока «черновик», объединения могут поддержать документ; «направлен» и далее — считается в итогах. / While a draft, associations can endorse it; from “submitted” on it counts in the outcomes.',
      statusHistory: 'Каждое изменение статуса с датой и пояснением, по порядку. / Each change of status with its date and a note, in order.',
      document: 'PDF документа, как он направлен адресату. / The paper as a PDF, as sent to the addressee.',
    },
  },
  'api::page.page': { mainField: 'title', columns: ['id', 'title', 'slug', 'updatedAt'], sortBy: 'title', sortOrder: 'ASC', descriptions: { slug: slugDescription } },
  'api::sector.sector': { mainField: 'name', columns: ['id', 'order', 'name', 'slug'], sortBy: 'order', sortOrder: 'ASC', descriptions: { order: 'Порядок отраслей на сайте и в каталоге. / The order of sectors on the site and in the catalogue.' } },
  'api::pilot-project.pilot-project': { mainField: 'title', columns: ['id', 'title', 'state', 'updatedAt'], sortBy: 'title', sortOrder: 'ASC' },
  'api::project-stage.project-stage': {
    mainField: 'title',
    columns: ['id', 'number', 'title', 'state', 'progress'],
    sortBy: 'number',
    sortOrder: 'ASC',
    descriptions: { progress: 'Насколько этап выполнен, в процентах. / How far the stage has come, in per cent.' },
  },
  'api::indicator.indicator': {
    mainField: 'title',
    columns: ['id', 'key', 'title', 'rule', 'target', 'stage'],
    sortBy: 'key',
    sortOrder: 'ASC',
    descriptions: {
      rule: 'Как считается факт: по опубликованным материалам или «manual» — вносит редакция. / How the actual value is counted from the published content, or “manual”: entered by the editors.',
      manualActual: 'Только для правила «manual». / For the “manual” rule only.',
      periodStart: 'Считать мероприятия с этой даты (пусто — с начала). / Count events from this day (empty: from the start).',
    },
  },
  'api::news-submission.news-submission': {
    mainField: 'titleRu',
    columns: ['id', 'titleRu', 'titleEn', 'association', 'state', 'createdAt'],
    sortBy: 'createdAt',
    sortOrder: 'DESC',
  },
  'api::profile-change.profile-change': {
    mainField: 'id',
    columns: ['id', 'association', 'locale', 'state', 'createdAt'],
    sortBy: 'createdAt',
    sortOrder: 'DESC',
  },
  'api::membership-application.membership-application': {
    mainField: 'name',
    columns: ['id', 'name', 'kind', 'email', 'state', 'createdAt'],
    sortBy: 'createdAt',
    sortOrder: 'DESC',
  },
  'api::endorsement.endorsement': {
    mainField: 'id',
    columns: ['id', 'policyPaper', 'association', 'endorsedAt'],
    sortBy: 'endorsedAt',
    sortOrder: 'DESC',
  },
  'api::need-theme.need-theme': {
    mainField: 'title',
    columns: ['id', 'order', 'title', 'associations', 'policyPapers', 'updatedAt'],
    sortBy: 'order',
    sortOrder: 'ASC',
  },
};

interface Configuration {
  settings: Record<string, unknown>;
  metadatas: Record<string, { list?: Record<string, unknown>; edit?: Record<string, unknown> }>;
  layouts: { list: string[]; edit: unknown };
}

/** The edit view's descriptions and placeholders of a type, over what the configuration has. */
function withHelp(metadatas: Configuration['metadatas'], layout: ListLayout): Configuration['metadatas'] {
  const result = { ...metadatas };
  for (const [field, description] of Object.entries(layout.descriptions ?? {})) {
    if (result[field]) result[field] = { ...result[field], edit: { ...result[field].edit, description } };
  }
  for (const [field, placeholder] of Object.entries(layout.placeholders ?? {})) {
    if (result[field]) result[field] = { ...result[field], edit: { ...result[field].edit, placeholder } };
  }
  return result;
}

export async function arrangeAdminLists(strapi: Core.Strapi): Promise<void> {
  const contentTypes = strapi.plugin('content-manager').service('content-types');
  for (const [uid, layout] of Object.entries(listLayouts) as [UID.ContentType, ListLayout][]) {
    const current: Configuration = await contentTypes.findConfiguration({ uid });
    await contentTypes.updateConfiguration(
      { uid },
      {
        settings: { ...current.settings, mainField: layout.mainField, defaultSortBy: layout.sortBy, defaultSortOrder: layout.sortOrder },
        metadatas: withHelp(current.metadatas, layout),
        layouts: { ...current.layouts, list: layout.columns },
      },
    );
  }
}
