// The feedback form of the accessibility statement: a custom route, no core routes at all. Its
// scope `api::accessibility-report.accessibility-report-submission.create` is held only by the
// submission token (bootstrap/api-tokens.ts); nobody outside the admin can read a report.
export default {
  routes: [
    {
      method: 'POST',
      path: '/accessibility-reports',
      handler: 'api::accessibility-report.accessibility-report-submission.create',
      config: { policies: [], middlewares: [] },
    },
  ],
};
