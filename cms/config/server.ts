import type { Core } from '@strapi/strapi';
import { publishDue } from '../src/scheduling/publish-due';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Server => ({
  host: env('HOST', '0.0.0.0'),
  port: env.int('CMS_PORT', 1337),
  url: env('CMS_PUBLIC_URL', ''),
  // Uploads live in <public>/uploads; the tests point this at a throwaway folder.
  dirs: { public: env('PUBLIC_DIR', './public') },
  app: {
    keys: env.array('APP_KEYS')!,
  },
  // Scheduled publishing of news and events (src/scheduling): every minute.
  cron: {
    enabled: env.bool('CRON_ENABLED', true),
    tasks: {
      publishScheduled: {
        task: ({ strapi }: { strapi: Core.Strapi }) => publishDue(strapi).catch((error: Error) => strapi.log.error(`scheduled publishing: ${error.message}`)),
        options: { rule: '* * * * *' },
      },
    },
  },
  webhooks: {
    populateRelations: env.bool('WEBHOOKS_POPULATE_RELATIONS', false),
  },
});

export default config;
