// How the admin's content manager lists the records editors review (newest first) and the need
// themes they keep in order: the columns that say what a record is and where it stands. Set at every start, so that a fresh install has it;
// the content manager keeps the rest of its configuration (edit layouts, labels) as it is.
import type { Core, UID } from '@strapi/strapi';

interface ListLayout {
  /** The field that names a record (in relation pickers and titles). */
  mainField: string;
  columns: string[];
  sortBy: string;
  sortOrder: 'ASC' | 'DESC';
}

export const listLayouts: Partial<Record<UID.ContentType, ListLayout>> = {
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

export async function arrangeAdminLists(strapi: Core.Strapi): Promise<void> {
  const contentTypes = strapi.plugin('content-manager').service('content-types');
  for (const [uid, layout] of Object.entries(listLayouts) as [UID.ContentType, ListLayout][]) {
    const current: Configuration = await contentTypes.findConfiguration({ uid });
    await contentTypes.updateConfiguration(
      { uid },
      {
        settings: { ...current.settings, mainField: layout.mainField, defaultSortBy: layout.sortBy, defaultSortOrder: layout.sortOrder },
        metadatas: current.metadatas,
        layouts: { ...current.layouts, list: layout.columns },
      },
    );
  }
}
