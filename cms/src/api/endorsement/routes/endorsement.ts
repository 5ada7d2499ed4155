// Read-only and public: endorsements are made from the account API (routes of api::account) or by editors in the admin.
export default {
  routes: [{ method: 'GET', path: '/endorsements', handler: 'endorsement.find', config: { auth: false } }],
};
