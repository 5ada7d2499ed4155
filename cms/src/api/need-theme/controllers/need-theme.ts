import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::need-theme.need-theme');
