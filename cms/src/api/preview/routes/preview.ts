// Draft preview for the web's /forhandsvisning. Not open to the public role or to any token:
// the controller answers 404 unless the request carries a preview token for that very document
// (x-preview-token, signed with PREVIEW_SECRET by the admin: src/preview.ts).
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
