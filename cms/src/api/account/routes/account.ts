// The association accounts' API (see controllers/account.ts). Every route that acts for an
// association goes through the one ownership policy; the public ones are rate-limited.
const representative = 'global::association-representative';
const ownSubmission = { name: representative, config: { record: 'api::news-submission.news-submission' } };
const ownEndorsement = { name: representative, config: { record: 'api::endorsement.endorsement' } };
const limited = (max: number, windowSeconds: number) => ({ name: 'global::rate-limit', config: { max, windowSeconds } });

export default {
  routes: [
    { method: 'GET', path: '/account/me', handler: 'account.me', config: { policies: [representative] } },
    { method: 'GET', path: '/account/submissions', handler: 'account.submissions', config: { policies: [representative] } },
    {
      method: 'POST',
      path: '/account/news-submissions',
      handler: 'account.submitNews',
      config: { policies: [representative], middlewares: [limited(10, 3600)] },
    },
    { method: 'GET', path: '/account/news-submissions/:id', handler: 'account.newsSubmission', config: { policies: [ownSubmission] } },
    { method: 'DELETE', path: '/account/news-submissions/:id', handler: 'account.withdrawNews', config: { policies: [ownSubmission] } },
    {
      method: 'POST',
      path: '/account/profile-changes',
      handler: 'account.proposeProfileChange',
      config: { policies: [representative], middlewares: [limited(10, 3600)] },
    },
    { method: 'GET', path: '/account/endorsements', handler: 'account.endorsements', config: { policies: [representative] } },
    { method: 'POST', path: '/account/endorsements', handler: 'account.endorse', config: { policies: [representative], middlewares: [limited(60, 3600)] } },
    { method: 'DELETE', path: '/account/endorsements/:id', handler: 'account.withdrawEndorsement', config: { policies: [ownEndorsement] } },
    {
      method: 'POST',
      path: '/account/password-link',
      handler: 'account.requestPasswordLink',
      config: { auth: false, middlewares: [limited(5, 3600)] },
    },
    { method: 'POST', path: '/account/password', handler: 'account.setPassword', config: { auth: false, middlewares: [limited(10, 3600)] } },
  ],
};
