import type { Core } from '@strapi/strapi';

const mediaOrigin = (url: string | undefined) => (url ? [new URL(url).origin] : []);

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Middlewares => [
  'strapi::logger',
  'strapi::errors',
  {
    name: 'strapi::security',
    config: {
      contentSecurityPolicy: {
        useDefaults: true,
        directives: {
          // The admin shows media from the bucket when uploads go to S3 (MEDIA_PUBLIC_URL).
          'img-src': ["'self'", 'data:', 'blob:', 'market-assets.strapi.io', ...mediaOrigin(env('MEDIA_PUBLIC_URL'))],
          'media-src': ["'self'", 'data:', 'blob:', ...mediaOrigin(env('MEDIA_PUBLIC_URL'))],
          upgradeInsecureRequests: null,
        },
      },
    },
  },
  // Browsers may call the API from the portal only (the portal's own server calls it directly).
  { name: 'strapi::cors', config: { origin: env.array('CORS_ORIGINS', ['http://localhost:3000', 'http://127.0.0.1:3000']) } },
  // The visitor's address, as the portal names it, before anything counts requests by address.
  'global::visitor-address',
  'strapi::query',
  {
    name: 'strapi::body',
    config: {
      // Content, submissions and forms are small; files come as multipart, up to UPLOAD_MAX_MB each.
      jsonLimit: '1mb',
      formLimit: '256kb',
      textLimit: '256kb',
      formidable: { maxFileSize: env.int('UPLOAD_MAX_MB', 50) * 1024 * 1024 },
    },
  },
  'strapi::session',
  'strapi::favicon',
  'global::media-policy',
  'strapi::public',
];

export default config;
