// Who may do what in the admin, set at every start (so that a fresh install has it, and a change made
// by hand in Settings > Roles does not drift): Super Admin (everything, Strapi's own), Editor (all
// content in both languages, publishing, media, inviting representatives), Moderator (the queues of
// submissions and applications only: read and decide; the associations they come from, read only).
import type { Core } from '@strapi/strapi';
import { reviewedTypes } from '../moderation/review';

export const editorRoleCode = 'strapi-editor';
export const moderatorRoleCode = 'forum-moderator';

interface Permission {
  action: string;
  subject?: string | null;
  properties?: Record<string, unknown>;
  conditions?: string[];
}

const contentManager = (action: string) => `plugin::content-manager.explorer.${action}`;

/** The media library, as Strapi gives it to its Editor role. */
const mediaPermissions: Permission[] = [
  'plugin::upload.read', 'plugin::upload.configure-view', 'plugin::upload.assets.create', 'plugin::upload.assets.update',
  'plugin::upload.assets.download', 'plugin::upload.assets.copy-link',
].map((action) => ({ action }));

async function ensureRole(strapi: Core.Strapi, code: string, name: string, description: string): Promise<{ id: number }> {
  const roles = strapi.service('admin::role');
  const existing = await roles.findOne({ code });
  if (existing) return existing.name === name && existing.description === description ? existing : roles.update({ id: existing.id }, { name, description });
  return roles.create({ name, code, description });
}

/** Every content-manager permission on these subjects (all fields), as Strapi builds its defaults. */
function contentPermissions(strapi: Core.Strapi, keep: (permission: Permission) => boolean): Permission[] {
  const actions = strapi.service('admin::permission').actionProvider.values().filter((action: { section: string }) => action.section === 'contentTypes');
  const hidden = Object.values(strapi.contentTypes)
    .filter((type) => (type.pluginOptions as { 'content-manager'?: { visible?: boolean } } | undefined)?.['content-manager']?.visible === false)
    .map((type) => type.uid);
  const all: Permission[] = strapi.service('admin::content-type').getPermissionsWithNestedFields(actions, { restrictedSubjects: hidden });
  // Both languages for every localized type.
  return all.filter(keep).map((permission) => ({ ...permission, properties: { ...permission.properties, locales: ['ru', 'en'] } }));
}

export async function arrangeAdminRoles(strapi: Core.Strapi): Promise<void> {
  const roles = strapi.service('admin::role');
  const editor = await ensureRole(strapi, editorRoleCode, 'Editor', 'Editors write, translate and publish all the content of the portal in both languages, and invite association representatives.');
  const moderator = await ensureRole(strapi, moderatorRoleCode, 'Moderator', "Moderators review what associations send (news, profile changes) and membership applications: they approve or reject them. They change no published content.");

  await roles.assignPermissions(editor.id, [...contentPermissions(strapi, () => true), ...mediaPermissions]);
  await roles.assignPermissions(
    moderator.id,
    contentPermissions(
      strapi,
      ({ action, subject }) =>
        ((reviewedTypes as readonly string[]).includes(subject ?? '') && (action === contentManager('read') || action === contentManager('update'))) ||
        (subject === 'api::association.association' && action === contentManager('read')),
    ),
  );
}
