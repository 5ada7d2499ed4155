// The published catalogue as a PDF (see src/catalogue), and what an edition holds. Public, like the
// content it is made of; the PDF is limited per visitor, since a volume takes up to a minute or two to typeset.
export default {
  routes: [
    {
      method: 'GET',
      path: '/catalogue.pdf',
      handler: 'catalogue.pdf',
      config: { auth: false, middlewares: [{ name: 'global::rate-limit', config: { max: 60, windowSeconds: 3600 } }] },
    },
    { method: 'GET', path: '/catalogue-edition', handler: 'catalogue.edition', config: { auth: false } },
  ],
};
