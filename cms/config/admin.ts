import type { Core } from '@strapi/strapi';
import { previewUrlOf } from '../src/preview/links';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Admin => ({
  // The API tests run without the admin panel, so they need no admin build.
  serveAdminPanel: env.bool('SERVE_ADMIN_PANEL', true),
  auth: {
    secret: env('ADMIN_JWT_SECRET')!,
  },
  apiToken: {
    salt: env('API_TOKEN_SALT')!,
  },
  transfer: {
    token: {
      salt: env('TRANSFER_TOKEN_SALT')!,
    },
  },
  secrets: {
    encryptionKey: env('ENCRYPTION_KEY')!,
  },
  // The Preview button opens the draft on the portal (src/preview/links.ts), in the language edited.
  preview: {
    enabled: Boolean(env('PREVIEW_SECRET') && env('SITE_URL')),
    config: {
      allowedOrigins: env('SITE_URL') ? [new URL(env('SITE_URL')!).origin] : [],
      handler: (uid, params) => previewUrlOf(strapi, uid, params),
    },
  },
  flags: {
    nps: false,
    promoteEE: false,
    docLinks: env.bool('FLAG_DOC_LINKS', true),
  },
});

export default config;
