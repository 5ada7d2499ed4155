// Association accounts are users-permissions users linked to exactly one association. The link is
// one-way (user -> association): the association's public record never leads to its users.
interface UsersPermissionsPlugin {
  contentTypes: { user: { schema: { attributes: Record<string, unknown> } } };
}

export default (plugin: UsersPermissionsPlugin) => {
  Object.assign(plugin.contentTypes.user.schema.attributes, {
    association: { type: 'relation', relation: 'manyToOne', target: 'api::association.association' },
    /** The language of the e-mails the representative gets. */
    language: { type: 'enumeration', enum: ['ru', 'en'], default: 'ru', required: true },
    /** When the password link (invitation or reset) was issued: it works for a limited time. */
    passwordTokenIssuedAt: { type: 'datetime', private: true, configurable: false },
  });
  return plugin;
};
