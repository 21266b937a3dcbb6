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
    // Whether the CMS sends mail (SMTP configured), so the tip form promises a mail only then.
    // Scope `api::event.event-submission.status`: the submission token only.
    {
      method: 'GET',
      path: '/event-submissions/status',
      handler: 'api::event.event-submission.status',
      config: { policies: [], middlewares: [] },
    },
  ],
};
