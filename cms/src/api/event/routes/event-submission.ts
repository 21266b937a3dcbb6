// Partner submissions: a custom route, not the core create. Its permission scope is
// `api::event.event-submission.create`, which only the submission token holds (bootstrap/api-tokens.ts);
// the public role and the read-only token are refused.
export default {
  routes: [
    {
      method: 'POST',
      path: '/event-submissions',
      handler: 'api::event.event-submission.create',
      config: { policies: [], middlewares: [] },
    },
  ],
};
