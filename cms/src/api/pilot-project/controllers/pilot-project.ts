import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::pilot-project.pilot-project');
