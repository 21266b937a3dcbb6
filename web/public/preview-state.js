// The draft preview (/forhandsvisning) tells the CMS admin that frames it that the page loaded, and
// whether its link worked ("ok", "expired", "invalid", "missing"). The admin explains a frame that
// never says this (cms/src/admin/preview-frame.ts). Only the state is sent, nothing of the draft.
(function () {
  var element = document.querySelector('[data-preview-state]');
  if (!element || window.parent === window) return;
  window.parent.postMessage({ type: 'stodportalen-preview', state: element.getAttribute('data-preview-state') }, '*');
})();
