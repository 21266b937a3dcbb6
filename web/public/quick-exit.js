// Quick exit ("Lämna sidan snabbt"), loaded on every page from 'self' (no CSP nonce, decision 012). Without JavaScript
// the link is an ordinary link; with it, a click or Shift pressed three times within five seconds
// blanks the page at once and replaces this page in the history with the neutral site.
//
// Only a lone Shift press counts: Shift pressed and released with nothing else in between. Shift+Tab,
// typed capitals, Shift+arrow selection, Shift+click or Shift+wheel, Shift held until it repeats,
// and Shift together with Ctrl, Alt or Meta do not count, and any other key starts the count afresh,
// so tabbing backwards or typing a name never leaves the page by accident
// (docs/decisions/010-quick-exit-shortcut.md).
(function () {
  'use strict';

  var FALLBACK_URL = 'https://www.smhi.se/';
  var PRESSES = 3;
  var WINDOW_MS = 5000;
  /** Release times of the lone Shift presses counted so far. @type {number[]} */
  var shiftTimes = [];
  /** True while Shift is down and nothing else has happened since it went down. */
  var loneShift = false;
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

  /** Something other than a lone Shift press happened: this press does not count, the count restarts. */
  function interrupt() {
    loneShift = false;
    shiftTimes = [];
  }

  document.addEventListener('click', function (event) {
    var target = event.target;
    if (!(target instanceof Element)) return;
    var link = target.closest('a[data-quick-exit]');
    if (!(link instanceof HTMLAnchorElement)) return;
    event.preventDefault();
    leave(link.href || FALLBACK_URL);
  });

  // Listened to on window in the capture phase, so no handler further down can hide a key.
  window.addEventListener(
    'keydown',
    function (event) {
      if (event.key !== 'Shift') {
        interrupt();
        return;
      }
      // Auto-repeat: Shift is being held, not pressed.
      if (event.repeat) {
        interrupt();
        return;
      }
      loneShift = !(event.ctrlKey || event.altKey || event.metaKey);
    },
    true,
  );

  window.addEventListener(
    'keyup',
    function (event) {
      if (event.key !== 'Shift') {
        // A key let go while Shift is down was part of a combination.
        if (event.shiftKey) interrupt();
        return;
      }
      if (!loneShift) return;
      loneShift = false;
      var now = Date.now();
      shiftTimes = shiftTimes.filter(function (time) {
        return now - time < WINDOW_MS;
      });
      shiftTimes.push(now);
      if (shiftTimes.length >= PRESSES) leave(exitUrl());
    },
    true,
  );

  // Shift+click, Shift+tap and Shift+wheel (sideways scrolling, selection) are not lone presses.
  /** @param {MouseEvent} event */
  function pointerWithShift(event) {
    if (event.shiftKey) interrupt();
  }
  window.addEventListener('pointerdown', pointerWithShift, true);
  window.addEventListener('wheel', pointerWithShift, { capture: true, passive: true });
  // Shift released in another window never reaches this one.
  window.addEventListener('blur', function () {
    loneShift = false;
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
