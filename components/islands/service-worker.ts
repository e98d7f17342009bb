// The service worker (Serwist): after one visit, every page of the reader's language, its search index, the
// paste-box's catalogue and the islands come from the cache, so the whole reference works offline. The same code runs
// as two workers, one per language: sw.js (scope "/") and id/sw.js (scope "/id/"), each built and given its precache
// list by scripts/postbuild/service-worker.mjs; the site island registers the page's language's (offline.ts).
//
// A new deploy installs beside the old one and waits: the page offers a reload (SKIP_WAITING, handled by Serwist)
// rather than swapping files under a page that may still load its own scripts.
import { NetworkOnly, type PrecacheEntry, Serwist } from "serwist";

// The worker's global, as far as this file uses it: `self.__SW_MANIFEST` is replaced by the build with the list of
// files to precache (@serwist/build's injectManifest).
declare const self: { __SW_MANIFEST: (PrecacheEntry | string)[] | undefined; location: { href: string } };

/** Precached, relative to this worker (so in its language): what a navigation nothing else answers gets offline. */
const OFFLINE_FALLBACK = "404.html";

const serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  precacheOptions: {
    cleanupOutdatedCaches: true,
    // Every page is static: a query (?q=, ?code=) or a fragment never changes the HTML, so any query finds the page.
    ignoreURLParametersMatching: [/.*/],
    directoryIndex: "index.html",
    // "/http/429" (no slash) is the page "/http/429/": a static host redirects, the cache answers with the page.
    urlManipulation: ({ url }) => (/\/[^/.]+$/.test(url.pathname) ? [new URL(`${url.pathname}/index.html`, url)] : []),
  },
  skipWaiting: false,
  clientsClaim: true,
  // Addresses the precache does not hold: a page is fetched, and offline the site's 404 page (which suggests the
  // nearest code) answers instead of the browser's error. Requests to other origins are never handled or cached.
  runtimeCaching: [{ matcher: ({ request, sameOrigin }) => sameOrigin && request.mode === "navigate", handler: new NetworkOnly() }],
  fallbacks: { entries: [{ url: OFFLINE_FALLBACK, matcher: ({ request }) => request.mode === "navigate" }] },
});

serwist.addEventListeners();
