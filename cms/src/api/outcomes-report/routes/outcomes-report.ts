// The outcomes report as a PDF (see src/outcomes). Public, like the figures it holds; limited per
// visitor, since each one is typeset on demand (the portal caches them).
export default {
  routes: [
    {
      method: 'GET',
      path: '/outcomes-report.pdf',
      handler: 'outcomes-report.pdf',
      config: { auth: false, middlewares: [{ name: 'global::rate-limit', config: { max: 60, windowSeconds: 3600 } }] },
    },
  ],
};
