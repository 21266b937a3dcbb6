// The web's read model (docs/decisions/021-read-model.md): published content in bulk for its full
// sync, and the fingerprint its consistency check compares. Not open to the public role or to any
// token's permissions: the controller answers 401 unless the request carries the web's read token
// (CMS_READ_TOKEN) as a bearer token (read-model-export.ts).
export default {
  routes: [
    {
      method: 'GET',
      path: '/read-model/export',
      handler: 'api::read-model.read-model.export',
      config: { auth: false, policies: [], middlewares: [] },
    },
    {
      method: 'GET',
      path: '/read-model/fingerprint',
      handler: 'api::read-model.read-model.fingerprint',
      config: { auth: false, policies: [], middlewares: [] },
    },
    {
      method: 'GET',
      path: '/read-model/changes',
      handler: 'api::read-model.read-model.changes',
      config: { auth: false, policies: [], middlewares: [] },
    },
  ],
};
