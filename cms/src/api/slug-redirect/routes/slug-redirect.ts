// Only the resolver is public: the list of old slugs is the CMS's own (no core routes).
export default {
  routes: [
    {
      method: 'GET',
      path: '/slug-redirects/resolve',
      handler: 'slug-redirect.resolve',
      config: { auth: false, middlewares: [{ name: 'global::rate-limit', config: { max: 600, windowSeconds: 60 } }] },
    },
  ],
};
