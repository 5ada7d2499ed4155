import type { Core } from '@strapi/strapi';

/**
 * Creates the first Super Admin from ADMIN_EMAIL / ADMIN_PASSWORD (npm start writes them into
 * cms/.env) when the admin has no user yet, so that a fresh install can be logged into at once.
 */
export async function ensureFirstAdmin(strapi: Core.Strapi): Promise<void> {
  const users = strapi.service('admin::user');
  if (await users.exists()) return;

  const email = process.env.ADMIN_EMAIL;
  const password = process.env.ADMIN_PASSWORD;
  if (!email || !password) {
    strapi.log.warn('No admin account yet: set ADMIN_EMAIL and ADMIN_PASSWORD, or register at /admin.');
    return;
  }
  const superAdmin = await strapi.service('admin::role').getSuperAdmin();
  await users.create({
    email,
    password,
    firstname: 'Forum',
    lastname: 'Administrator',
    isActive: true,
    registrationToken: null,
    roles: [superAdmin.id],
  });
  strapi.log.info(`Created the first admin account: ${email}`);
}
