import { parse, serialize } from "parse5";
import { describe, expect, it } from "vitest";
import { setPageLanguage, twinSitePath } from "./languages.mjs";

const page = '<!DOCTYPE html><html lang="en"><head></head><body><a data-language-switch="" href="/id/">Bahasa Indonesia</a></body></html>';
const pages = new Set(["/http/429/index.html", "/id/http/429/index.html", "/404.html", "/id/404/index.html", "/404/index.html", "/_not-found/index.html"]);

function rewrite(file: string, basePath = "") {
  const document = parse(page);
  setPageLanguage(document, file, pages, basePath);
  return serialize(document);
}

describe("each page's language", () => {
  it("pairs every page with its twin, the 404 pages too", () => {
    expect(twinSitePath("/http/429/")).toBe("/id/http/429/");
    expect(twinSitePath("/id/http/429/")).toBe("/http/429/");
    expect(twinSitePath("/id/")).toBe("/");
    expect(twinSitePath("/404.html")).toBe("/id/404.html");
    expect(twinSitePath("/id/404/")).toBe("/404.html");
  });

  it("sets <html lang> and points the switch at the twin, inside the base path", () => {
    expect(rewrite("/id/http/429/index.html", "/doku-errors")).toContain('<html lang="id">');
    expect(rewrite("/id/http/429/index.html", "/doku-errors")).toContain('href="/doku-errors/http/429/"');
    expect(rewrite("/http/429/index.html", "/doku-errors")).toContain('href="/doku-errors/id/http/429/"');
  });

  it("points Next's copies of the 404 page at the Indonesian 404 page, like the one hosts serve", () => {
    for (const copy of ["/404/index.html", "/_not-found/index.html", "/404.html"]) expect(rewrite(copy, "/doku-errors")).toContain('href="/doku-errors/id/404.html"');
  });

  it("fails, naming the page, when a page has no twin", () => {
    expect(() => rewrite("/http/500/index.html")).toThrow(/\/http\/500\/index\.html.*no twin in the other language \(expected \/id\/http\/500\/index\.html\)/);
  });
});
