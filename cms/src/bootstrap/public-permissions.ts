import type { Core } from '@strapi/strapi';

/** The content a visitor may read: published documents only (see access/published-only.ts). */
export const publicCollections = [
  'association', 'event', 'indicator', 'need-theme', 'news-article', 'page', 'pilot-project', 'policy-paper', 'project-stage', 'sector',
];
export const publicSingleTypes = ['global'];

export const publicContentActions = [
  ...publicCollections.flatMap((name) => [`api::${name}.${name}.find`, `api::${name}.${name}.findOne`]),
  ...publicSingleTypes.map((name) => `api::${name}.${name}.find`),
];

/** What an association's representative (the Authenticated role) may call: their account's routes. */
export const representativeActions = [
  ...publicContentActions,
  ...[
    'me', 'submissions', 'submitNews', 'newsSubmission', 'withdrawNews', 'proposeProfileChange', 'endorsements', 'endorse', 'withdrawEndorsement',
  ].map((action) => `api::account.account.${action}`),
];

/**
 * Gives a role exactly these `api::` permissions: any other (e.g. added by hand in the admin) is
 * removed, at every start.
 */
async function grantExactly(strapi: Core.Strapi, roleType: 'public' | 'authenticated', actions: string[]): Promise<void> {
  const roles = strapi.db.query('plugin::users-permissions.role');
  const permissions = strapi.db.query('plugin::users-permissions.permission');
  const role = await roles.findOne({ where: { type: roleType } });
  if (!role) throw new Error(`users-permissions: the ${roleType} role is missing`);

  const granted: { id: number; action: string }[] = await permissions.findMany({
    where: { role: role.id, action: { $startsWith: 'api::' } },
  });
  const grantedActions = new Set(granted.map((permission) => permission.action));

  for (const action of actions) {
    if (!grantedActions.has(action)) await permissions.create({ data: { action, role: role.id } });
  }
  const extra = granted.filter((permission) => !actions.includes(permission.action));
  if (extra.length > 0) await permissions.deleteMany({ where: { id: { $in: extra.map((permission) => permission.id) } } });
}

/**
 * Visitors (Public) read the portal's content and nothing else of the API; representatives
 * (Authenticated) also reach their account. Nobody registers by themselves: editors invite.
 */
export async function grantApiAccess(strapi: Core.Strapi): Promise<void> {
  await grantExactly(strapi, 'public', publicContentActions);
  await grantExactly(strapi, 'authenticated', representativeActions);
  const advanced = strapi.store({ type: 'plugin', name: 'users-permissions', key: 'advanced' });
  const settings = ((await advanced.get({})) ?? {}) as Record<string, unknown>;
  if (settings.allow_register !== false) await advanced.set({ value: { ...settings, allow_register: false } });
}
