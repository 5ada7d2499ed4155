// Association accounts are users-permissions users linked to exactly one association. The link is
// one-way (user -> association): the association's public record never leads to its users.
import { randomBytes } from 'node:crypto';

interface KoaContext {
  request: { body?: Record<string, unknown> };
}

interface UsersPermissionsPlugin {
  contentTypes: { user: { schema: { attributes: Record<string, unknown> } } };
  controllers: { contentmanageruser: { create: (ctx: KoaContext) => Promise<unknown> } };
}

/** Whether an admin form's relation field connects something (`{ connect: [...] }`, an id or a documentId). */
const connects = (value: unknown) =>
  value != null && value !== '' && (typeof value !== 'object' || ((value as { connect?: unknown[] }).connect?.length ?? 0) > 0);

export default (plugin: UsersPermissionsPlugin) => {
  Object.assign(plugin.contentTypes.user.schema.attributes, {
    association: { type: 'relation', relation: 'manyToOne', target: 'api::association.association' },
    /** The language of the e-mails the representative gets. */
    language: { type: 'enumeration', enum: ['ru', 'en'], default: 'ru', required: true },
    /** When the password link (invitation or reset) was issued: it works for a limited time. */
    passwordTokenIssuedAt: { type: 'datetime', private: true, configurable: false },
  });

  // Inviting a representative from the admin takes an e-mail and an association: the role is
  // Authenticated, the password a throwaway (the invitation lets them set theirs), the username the
  // e-mail unless one is given (the admin's form asks for one; the API need not).
  const create = plugin.controllers.contentmanageruser.create;
  plugin.controllers.contentmanageruser.create = async (ctx) => {
    const body = ctx.request.body;
    if (body && connects(body.association)) {
      if (!body.username && typeof body.email === 'string') body.username = body.email;
      if (!body.password) body.password = randomBytes(24).toString('base64url');
      if (!connects(body.role)) {
        const role = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'authenticated' }, select: ['id'] });
        body.role = { connect: [{ id: role.id }] };
      }
    }
    return create(ctx);
  };
  return plugin;
};
