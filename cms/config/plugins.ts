import type { Core } from '@strapi/strapi';

const allowedMediaTypes = [
  'image/*',
  'video/*',
  'audio/*',
  'application/pdf',
  'application/msword',
  'application/vnd.openxmlformats-officedocument.*',
  'text/plain',
  'text/csv',
];

const deniedTypes = [
  'image/svg+xml',
  'application/vnd.microsoft.portable-executable',
  'application/x-msdownload',
  'application/x-msdos-program',
  'application/x-executable',
  'application/x-dosexec',
  'application/x-sh',
  'text/x-shellscript',
  'application/x-mach-binary',
];

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Plugin => ({
  'users-permissions': {
    config: {
      // Short-lived access tokens and revocable refresh sessions (logout ends the session).
      jwtManagement: 'refresh',
      // The tokens come back in the body, to the portal's server, which keeps them in its own
      // httpOnly cookies: the browser never talks to the CMS nor sees a token.
      sessions: {
        httpOnly: false,
      },
      // Logins and password changes: at most 10 a minute per visitor (the address the portal names,
      // src/middlewares/visitor-address.ts), whatever the account tried.
      ratelimit: { interval: 60_000, max: 10 },
    },
  },
  // With SMTP_HOST, e-mail goes through that server; without, to the outbox folder (src/email/outbox.ts).
  ...(env('SMTP_HOST')
    ? {
        email: {
          config: {
            provider: 'nodemailer',
            providerOptions: {
              host: env('SMTP_HOST'),
              port: env.int('SMTP_PORT', 587),
              auth: env('SMTP_USERNAME') ? { user: env('SMTP_USERNAME'), pass: env('SMTP_PASSWORD') } : undefined,
            },
            settings: { defaultFrom: env('MAIL_FROM', 'forum@example.org'), defaultReplyTo: env('MAIL_FROM', 'forum@example.org') },
          },
        },
      }
    : {}),
  upload: {
    config: {
      // UPLOAD_PROVIDER=aws-s3: files go to an S3-compatible bucket instead of public/uploads (docs/deployment.md).
      ...(env('UPLOAD_PROVIDER', 'local') === 'aws-s3'
        ? {
            provider: 'aws-s3',
            providerOptions: {
              baseUrl: env('MEDIA_PUBLIC_URL') || undefined,
              s3Options: {
                region: env('S3_REGION'),
                ...(env('S3_ENDPOINT') ? { endpoint: env('S3_ENDPOINT'), forcePathStyle: true } : {}),
                credentials: { accessKeyId: env('S3_ACCESS_KEY_ID'), secretAccessKey: env('S3_SECRET_ACCESS_KEY') },
                params: { Bucket: env('S3_BUCKET') },
              },
            },
          }
        : {}),
      security: {
        allowedTypes: allowedMediaTypes,
        deniedTypes,
      },
    },
  },
});

export default config;
