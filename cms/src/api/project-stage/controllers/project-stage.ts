import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::project-stage.project-stage');
