// The published catalogue as a PDF (see src/catalogue). Public, like the content it is made of;
// limited per visitor, since each one is typeset on demand (the portal caches them).
export default {
  routes: [
    {
      method: 'GET',
      path: '/catalogue.pdf',
      handler: 'catalogue.pdf',
      config: { auth: false, middlewares: [{ name: 'global::rate-limit', config: { max: 60, windowSeconds: 3600 } }] },
    },
  ],
};
