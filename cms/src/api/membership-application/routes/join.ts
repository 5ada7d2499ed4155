// The portal's public "join the alliance" form posts here (see controllers/membership-application.ts).
export default {
  routes: [
    {
      method: 'POST',
      path: '/membership-applications',
      handler: 'membership-application.apply',
      config: { auth: false, middlewares: [{ name: 'global::rate-limit', config: { max: 5, windowSeconds: 3600 } }] },
    },
  ],
};
