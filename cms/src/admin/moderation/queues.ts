// What associations send and editors decide on: the three queues, each a collection whose `state`
// starts as "pending" (see cms/src/moderation).
export const moderationQueues = [
  { uid: 'api::news-submission.news-submission', label: { id: 'forum.moderation.news', defaultMessage: 'News from associations' } },
  { uid: 'api::profile-change.profile-change', label: { id: 'forum.moderation.profiles', defaultMessage: 'Profile changes' } },
  { uid: 'api::membership-application.membership-application', label: { id: 'forum.moderation.applications', defaultMessage: 'Applications to join' } },
] as const;

const pending = 'filters[$and][0][state][$eq]=pending';

/** The content manager's list of a queue: pending only, oldest first (first come, first served). */
export const pendingListPath = (uid: string) => `/content-manager/collection-types/${uid}?${pending}&sort=createdAt:ASC&page=1&pageSize=20`;

/** The content manager API's count of a queue's pending records. */
export const pendingCountPath = (uid: string) => `/content-manager/collection-types/${uid}?${pending}&page=1&pageSize=1`;

export const inviteRepresentativePath = '/content-manager/collection-types/plugin::users-permissions.user/create';

/** The widget's texts, in the admin's two languages. */
export const moderationTranslations = {
  en: {
    'forum.moderation.title': 'Moderation queue',
    'forum.moderation.news': 'News from associations',
    'forum.moderation.profiles': 'Profile changes',
    'forum.moderation.applications': 'Applications to join',
    'forum.moderation.pending': '{count, plural, =0 {nothing waiting} one {# waiting} other {# waiting}}',
    'forum.moderation.hint': 'Open a record, set its state to Approved or Rejected (with a reason) and save: approving publishes, the sender gets an e-mail.',
    'forum.moderation.invite': 'Invite a representative',
    'forum.moderation.inviteHint': 'Create a user with their e-mail, a username (the e-mail again will do), their language and association; leave the password and role empty: the invitation to set a password is e-mailed.',
    'forum.moderation.failed': 'The queues could not be loaded.',
  },
  ru: {
    'forum.moderation.title': 'Очередь модерации',
    'forum.moderation.news': 'Новости объединений',
    'forum.moderation.profiles': 'Изменения профилей',
    'forum.moderation.applications': 'Заявки на вступление',
    'forum.moderation.pending': '{count, plural, =0 {ничего не ждёт} one {ждёт #} few {ждут #} many {ждут #} other {ждут #}}',
    'forum.moderation.hint': 'Откройте запись, поставьте состояние «approved» или «rejected» (с причиной) и сохраните: одобренное публикуется, отправитель получает письмо.',
    'forum.moderation.invite': 'Пригласить представителя',
    'forum.moderation.inviteHint': 'Создайте пользователя: почта, имя пользователя (можно ту же почту), язык и объединение; пароль и роль оставьте пустыми — приглашение задать пароль придёт на почту.',
    'forum.moderation.failed': 'Не удалось загрузить очереди.',
  },
};
