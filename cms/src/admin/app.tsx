import type { StrapiApp } from '@strapi/strapi/admin';

// The Forum's editors work in Russian or English: offer both in the admin's language menu.
export default {
  config: {
    locales: ['ru'],
  },
  bootstrap(_app: StrapiApp) {},
};
