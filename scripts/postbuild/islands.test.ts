import { parse, serialize } from "parse5";
import { describe, expect, it } from "vitest";
import { rewritePage } from "./islands.mjs";

const islands = {
  site: { src: "/_islands/site-A.js", chunks: ["/_islands/chunks/shared-B.js"], lazy: [] },
  decoder: { src: "/_islands/decoder-C.js", chunks: ["/_islands/chunks/shared-B.js"], firstUse: ["/_islands/chunks/decoder-mount-I.js", "/_islands/chunks/react-D.js"], lazy: [] },
  signature: { src: "/_islands/signature-E.js", chunks: [], lazy: [] },
  "snap-explainer": { src: "/_islands/snap-explainer-F.js", chunks: [], lazy: [] },
  workers: { search: "/_islands/search-worker-G.js", decode: "/_islands/decode-worker-H.js" },
  indonesianWorkers: { search: "/id/_islands/search-worker-G.js", decode: "/id/_islands/decode-worker-H.js" },
};

/** A page as Next 16 exports it: its runtime's scripts, page data, a preload hint, the theme script and JSON-LD. */
function nextPage({ island = "", extra = "" } = {}) {
  return `<!DOCTYPE html><html lang="en" data-base-path=""><head><meta charset="utf-8"><link rel="preload" as="script" fetchpriority="low" href="/_next/static/chunks/a.js"><script src="/_next/static/chunks/a.js" async=""></script><script id="theme-script">(function(){})()</script><script src="/_next/static/chunks/p.js" nomodule=""></script>${extra}</head><body><form data-search=""></form><main>${island}</main><script type="application/ld+json">{"@type":"DefinedTerm"}</script><script id="_R_">(globalThis.TURBOPACK=[]).push({})</script><script>(self.__next_f=self.__next_f||[]).push([0])</script><script>self.__next_f.push([1,"1:x"])</script></body></html>`;
}

function rewrite(html: string, page = "/x/index.html", basePath = "") {
  const document = parse(html);
  rewritePage(document, page, islands, basePath);
  return serialize(document);
}

describe("rewritePage", () => {
  it("takes out Next's scripts, page data and preloads, keeps the theme script and JSON-LD, and adds the site island", () => {
    const out = rewrite(nextPage());
    expect(out).not.toMatch(/_next|__next_f|TURBOPACK/);
    expect(out).toContain('<script id="theme-script">');
    expect(out).toContain('<script type="application/ld+json">');
    expect(out).toContain('<link rel="modulepreload" href="/_islands/chunks/shared-B.js"><script type="module" src="/_islands/site-A.js"></script>');
    expect(out).toContain('<html lang="en" data-base-path="" data-worker-search="/_islands/search-worker-G.js" data-worker-decode="/_islands/decode-worker-H.js" data-service-worker="/sw.js">');
  });

  it("points an Indonesian page at its language's service worker and at the copies of the workers it controls", () => {
    const out = rewrite(nextPage(), "/id/http/429/index.html");
    expect(out).toContain('data-worker-search="/id/_islands/search-worker-G.js" data-worker-decode="/id/_islands/decode-worker-H.js" data-service-worker="/id/sw.js"');
  });

  it("loads the island a page marks, with its chunks preloaded once", () => {
    const out = rewrite(nextPage({ island: '<div data-island="decoder" data-props="{}"></div>' }));
    expect(out.match(/shared-B\.js/g)).toHaveLength(1);
    expect(out).toContain('<script type="module" src="/_islands/decoder-C.js">');
  });

  it("hands an island the code for its reader's first use, to preload once the page has loaded, not in the head", () => {
    const out = rewrite(nextPage({ island: '<div data-island="decoder" data-props="{}"></div>' }));
    expect(out).toContain('<div data-island="decoder" data-props="{}" data-first-use="/_islands/chunks/decoder-mount-I.js /_islands/chunks/react-D.js">');
    expect(out).not.toContain('<link rel="modulepreload" href="/_islands/chunks/react-D.js">');
  });

  it("is idempotent: a second run writes the same page", () => {
    const once = rewrite(nextPage({ island: '<div data-island="decoder"></div>' }));
    expect(rewrite(once)).toBe(once);
  });

  it.each([
    ["an inline script it does not know", nextPage({ extra: "<script>alert(1)</script>" }), /a <script> this step does not know/],
    ["an island no bundle exists for", nextPage({ island: '<div data-island="nope"></div>' }), /data-island="nope" names no island/],
    ["a page the layout did not mark with its base path", nextPage().replace(' data-base-path=""', ""), /data-base-path/],
    ["a page without the search form", nextPage().replace('<form data-search=""></form>', ""), /no search form/],
  ])("fails closed on %s, naming the page", (_, html, problem) => {
    expect(() => rewrite(html, "/http/429/index.html")).toThrow(problem);
    expect(() => rewrite(html, "/http/429/index.html")).toThrow(/^\/http\/429\/index\.html: /);
  });

  it("leaves no framework script behind under a base path either", () => {
    const html = nextPage().replaceAll("/_next/", "/doku-errors/_next/").replace(' data-base-path=""', ' data-base-path="/doku-errors"');
    const out = rewrite(html, "/x/index.html", "/doku-errors");
    expect(out).not.toContain("_next");
  });
});
