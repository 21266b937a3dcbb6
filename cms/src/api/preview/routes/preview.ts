// Draft preview for the web's /forhandsvisning. Not open to the public role or to any token:
// the controller answers 404 unless the request carries PREVIEW_SECRET (x-preview-secret).
export default {
  routes: [
    {
      method: 'GET',
      path: '/previews/:type/:documentId',
      handler: 'api::preview.preview.findOne',
      config: { auth: false, policies: [], middlewares: [] },
    },
  ],
};
