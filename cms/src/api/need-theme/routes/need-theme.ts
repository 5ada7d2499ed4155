import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::need-theme.need-theme');
