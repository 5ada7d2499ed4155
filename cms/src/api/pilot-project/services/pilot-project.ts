import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::pilot-project.pilot-project');
