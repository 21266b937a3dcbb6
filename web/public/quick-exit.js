// Quick exit ("Lämna sidan snabbt"), loaded on every page with the CSP nonce. Without JavaScript
// the link is an ordinary link; with it, a click or Shift pressed three times within five seconds
// blanks the page at once and replaces this page in the history with the neutral site.
(function () {
  'use strict';

  var FALLBACK_URL = 'https://www.smhi.se/';
  var PRESSES = 3;
  var WINDOW_MS = 5000;
  /** @type {number[]} */
  var shiftTimes = [];
  /** @type {string | null} */
  var leavingTo = null;

  function exitUrl() {
    var link = document.querySelector('a[data-quick-exit]');
    return link instanceof HTMLAnchorElement && link.href ? link.href : FALLBACK_URL;
  }

  /** @param {string} url */
  function leave(url) {
    if (leavingTo !== null) return;
    leavingTo = url;
    try {
      document.title = '';
      document.documentElement.style.background = '#fff';
      if (document.body) {
        document.body.hidden = true;
        document.body.replaceChildren();
      }
    } finally {
      window.location.replace(url);
    }
  }

  document.addEventListener('click', function (event) {
    var target = event.target;
    if (!(target instanceof Element)) return;
    var link = target.closest('a[data-quick-exit]');
    if (!(link instanceof HTMLAnchorElement)) return;
    event.preventDefault();
    leave(link.href || FALLBACK_URL);
  });

  document.addEventListener('keydown', function (event) {
    if (event.key !== 'Shift' || event.repeat) return;
    var now = Date.now();
    shiftTimes = shiftTimes.filter(function (time) {
      return now - time < WINDOW_MS;
    });
    shiftTimes.push(now);
    if (shiftTimes.length >= PRESSES) leave(exitUrl());
  });

  // The keyboard hint only makes sense when the shortcut works, i.e. with this script.
  function showHints() {
    var hints = document.querySelectorAll('[data-quick-exit-hint]');
    hints.forEach(function (hint) {
      hint.removeAttribute('hidden');
    });
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', showHints);
  else showHints();

  // Coming back with the Back button from a cached page after leaving: blank it again.
  window.addEventListener('pageshow', function (event) {
    if (event.persisted && leavingTo !== null) window.location.replace(leavingTo);
  });
})();
