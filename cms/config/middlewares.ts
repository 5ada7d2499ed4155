import type { Core } from '@strapi/strapi';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Middlewares => [
  'strapi::logger',
  'strapi::errors',
  'strapi::security',
  // Browsers may call the API from the portal only (the portal's own server calls it directly).
  { name: 'strapi::cors', config: { origin: env.array('CORS_ORIGINS', ['http://localhost:3000', 'http://127.0.0.1:3000']) } },
  'strapi::poweredBy',
  'strapi::query',
  'strapi::body',
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];

export default config;
