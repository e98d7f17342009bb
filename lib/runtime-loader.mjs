// Pages are complete without JavaScript: every code, table and link is in the exported HTML. The framework's scripts
// (React and the Next.js router, about 140 kB gzip) are needed only for the search box, the theme toggle, the copy
// buttons and the paste-box, so the exported pages start them on the reader's first sign of intent instead of at
// load, where their evaluation and hydration would block the main thread for a few hundred milliseconds on a phone.
// scripts/defer-runtime.mjs moves each page's <script src> tags into a call of `loadRuntimeOnIntent`, inlined.

/** Set on <html> by components/hydration-signal.tsx once React has hydrated the page. */
export const HYDRATED_ATTRIBUTE = "data-hydrated";
/** Dispatched on window at the same moment. */
export const HYDRATED_EVENT = "doku:hydrated";
/** An element with this attribute needs the runtime as soon as the page loads (the 404 hint, say). */
export const HYDRATE_ON_LOAD_ATTRIBUTE = "data-hydrate-on-load";
/** On a copy button: the text it copies. */
export const COPY_TEXT_ATTRIBUTE = "data-copy-text";
/** On a copy button that copies the page's address: the fragment to add ("" for none). */
export const COPY_PAGE_HASH_ATTRIBUTE = "data-copy-page-hash";
/** The property of a copy button that holds the copy made during a click held before hydration (a Promise). */
export const EARLY_COPY_PROPERTY = "earlyCopy";

/**
 * Browser code, inlined into each page as source text (Function.prototype.toString), so it must not use anything from
 * outside its own body: the constants above arrive as `names`.
 *
 * Starts the runtime at once when the address carries state for a script to read (?q=, ?code=, a share link's #v2.,
 * #v1. or #code=, also when the fragment changes later), or the page asks for it; otherwise on the first pointerdown, keydown, focus or input (a paste, a drop),
 * or on hovering a control.
 * Until React has hydrated, it keeps what the reader did: a click on a button is held and replayed, and "/" or
 * Ctrl/⌘+K focus the search box. Text typed meanwhile stays in the field, and the components read it when they mount.
 * A held click on a copy button copies at once, while the click still counts as the reader's gesture (Safari allows
 * the clipboard only then), and the replayed click reports that copy instead of making another.
 *
 * @param {string[]} sources the page's framework scripts, in document order
 * @param {{ hydratedAttribute: string, hydratedEvent: string, onLoadAttribute: string, copyTextAttribute: string,
 *   copyPageHashAttribute: string, earlyCopyProperty: string }} names
 */
export function loadRuntimeOnIntent(sources, names) {
  var root = document.documentElement;
  var started = false;
  var heldClick = null;
  var INTENT_EVENTS = ["pointerdown", "keydown", "focusin", "input"];
  var CONTROLS = "button, input, textarea, select, summary";

  function hydrated() {
    return root.hasAttribute(names.hydratedAttribute);
  }
  function start() {
    if (started) return;
    started = true;
    INTENT_EVENTS.forEach(function (type) {
      document.removeEventListener(type, start, true);
    });
    document.removeEventListener("mouseover", onHover, true);
    sources.forEach(function (src) {
      var script = document.createElement("script");
      script.src = src;
      script.async = true;
      document.head.appendChild(script);
    });
  }
  function onHover(event) {
    if (event.target instanceof Element && event.target.closest(CONTROLS)) start();
  }
  function isTyping(target) {
    return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
  }

  INTENT_EVENTS.forEach(function (type) {
    document.addEventListener(type, start, true);
  });
  document.addEventListener("mouseover", onHover, true);

  // A click that arrives before React listens would do nothing: hold it, and click again once the page is hydrated.
  // Submit buttons are left alone: their form works without JavaScript.
  document.addEventListener(
    "click",
    function (event) {
      if (hydrated() || !(event.target instanceof Element)) return;
      var button = event.target.closest("button");
      if (!button || button.disabled || (button.type === "submit" && button.form)) return;
      event.preventDefault();
      heldClick = button;
      copyEarly(button);
      start();
    },
    true,
  );
  function copyEarly(button) {
    var text = button.getAttribute(names.copyTextAttribute);
    var hash = button.getAttribute(names.copyPageHashAttribute);
    if (hash !== null) text = location.origin + location.pathname + hash;
    if (text === null || !navigator.clipboard) return;
    button[names.earlyCopyProperty] = navigator.clipboard.writeText(text);
  }
  window.addEventListener(names.hydratedEvent, function () {
    var button = heldClick;
    heldClick = null;
    // After React's first client render (a task later), so the button's handler sees client state.
    if (button)
      setTimeout(function () {
        if (button.isConnected) button.click();
      });
  });

  // The search shortcuts work from the first moment; the search box takes them over once hydrated.
  document.addEventListener(
    "keydown",
    function (event) {
      if (hydrated()) return;
      var slash = event.key === "/" && !event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(event.target);
      var commandK = (event.key === "k" || event.key === "K") && (event.ctrlKey || event.metaKey);
      var box = document.querySelector('input[type="search"]');
      if (!(slash || commandK) || !box) return;
      event.preventDefault();
      box.focus();
      box.select();
    },
    true,
  );

  // Fetch the scripts once the page has loaded, painted and gone idle, so they are in the cache by the first
  // interaction without competing with the page's own HTML and CSS.
  function prefetch() {
    if (started) return;
    sources.forEach(function (src) {
      var hint = document.createElement("link");
      hint.rel = "prefetch";
      hint.as = "script";
      hint.href = src;
      document.head.appendChild(hint);
    });
  }
  window.addEventListener("load", function () {
    requestAnimationFrame(function () {
      setTimeout(function () {
        (window.requestIdleCallback || setTimeout)(prefetch);
      });
    });
  });

  var SHARED_STATE = /^#(v\d+\.|code=)/;
  if (location.search.length > 1 || SHARED_STATE.test(location.hash)) start();
  else
    document.addEventListener("DOMContentLoaded", function () {
      if (document.querySelector("[" + names.onLoadAttribute + "]")) start();
    });
  // A share link opened in a tab that already shows the page changes only the fragment: that is state to read too.
  window.addEventListener("hashchange", function () {
    if (SHARED_STATE.test(location.hash)) start();
  });
}
