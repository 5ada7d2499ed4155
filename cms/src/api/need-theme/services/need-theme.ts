import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::need-theme.need-theme');
