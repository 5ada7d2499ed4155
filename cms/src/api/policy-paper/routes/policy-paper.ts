import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::policy-paper.policy-paper');
