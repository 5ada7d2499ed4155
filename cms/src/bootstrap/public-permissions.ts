import type { Core } from '@strapi/strapi';

/** The content a visitor may read: published documents only (see access/published-only.ts). */
export const publicCollections = [
  'association', 'event', 'indicator', 'news-article', 'page', 'pilot-project', 'policy-paper', 'project-stage', 'sector',
];
export const publicSingleTypes = ['global'];

export const publicContentActions = [
  ...publicCollections.flatMap((name) => [`api::${name}.${name}.find`, `api::${name}.${name}.findOne`]),
  ...publicSingleTypes.map((name) => `api::${name}.${name}.find`),
];

/**
 * Gives the Public role read access to the portal's content and nothing else of the API:
 * any other `api::` permission on the role (e.g. added by hand in the admin) is removed.
 */
export async function grantPublicReadAccess(strapi: Core.Strapi): Promise<void> {
  const roles = strapi.db.query('plugin::users-permissions.role');
  const permissions = strapi.db.query('plugin::users-permissions.permission');
  const publicRole = await roles.findOne({ where: { type: 'public' } });
  if (!publicRole) throw new Error('users-permissions: the Public role is missing');

  const granted: { id: number; action: string }[] = await permissions.findMany({
    where: { role: publicRole.id, action: { $startsWith: 'api::' } },
  });
  const grantedActions = new Set(granted.map((permission) => permission.action));

  for (const action of publicContentActions) {
    if (!grantedActions.has(action)) await permissions.create({ data: { action, role: publicRole.id } });
  }
  const extra = granted.filter((permission) => !publicContentActions.includes(permission.action));
  if (extra.length > 0) await permissions.deleteMany({ where: { id: { $in: extra.map((permission) => permission.id) } } });
}
