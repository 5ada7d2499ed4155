import type { StrapiApp } from '@strapi/strapi/admin';
import { Bell } from '@strapi/icons';
import { moderationTranslations } from './moderation/queues';

export default {
  config: {
    // The Forum's editors work in Russian or English: offer both in the admin's language menu.
    locales: ['ru'],
    translations: moderationTranslations,
  },
  register(app: StrapiApp) {
    app.widgets.register({
      id: 'moderation-queue',
      icon: Bell,
      title: { id: 'forum.moderation.title', defaultMessage: 'Moderation queue' },
      component: async () => (await import('./moderation/QueueWidget')).QueueWidget,
    });
  },
  bootstrap(_app: StrapiApp) {},
};
