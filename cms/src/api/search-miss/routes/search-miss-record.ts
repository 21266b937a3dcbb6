// The web reports searches that found nothing: a custom route, no core routes at all. Its scope is
// held only by the submission token (bootstrap/api-tokens.ts); nobody outside the admin reads them.
export default {
  routes: [
    {
      method: 'POST',
      path: '/search-misses',
      handler: 'api::search-miss.search-miss-record.create',
      config: { policies: [], middlewares: [] },
    },
  ],
};
