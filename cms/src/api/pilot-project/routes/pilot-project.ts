import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::pilot-project.pilot-project');
