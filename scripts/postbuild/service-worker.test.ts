import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { SERVICE_WORKERS, checkPagesArePrecached, precacheList, serviceWorkerFileFor } from "./service-worker.mjs";

let dir = "";
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

/** An exported site: files by path, under a temporary out/. */
function site(files: Record<string, string>): string {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "sw-test-"));
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

const page = (head: string) => `<!DOCTYPE html><html data-base-path="" data-worker-search="/_islands/search-worker-AAAAAAAA.js"><head>${head}</head><body></body></html>`;

describe("the service worker's precache", () => {
  it("holds every page and what pages load, not the twins, and hashed names carry no revision", async () => {
    const out = site({
      "index.html": page('<script type="module" src="/_islands/site-ABCDEFGH.js"></script>'),
      "http/429/index.html": page(""),
      "http/429.md": "# 429",
      "http/429.json": "{}",
      "_islands/site-ABCDEFGH.js": "export {}",
      "_islands/search-worker-AAAAAAAA.js": "",
      "search-index.json": "[]",
      "_not-found/index.html": page(""),
    });
    const { entries, count } = await precacheList(out);
    expect(entries.map((entry) => entry.url).sort()).toEqual(["_islands/search-worker-AAAAAAAA.js", "_islands/site-ABCDEFGH.js", "http/429/index.html", "index.html", "search-index.json"]);
    expect(count).toBe(5);
    expect(entries.find((entry) => entry.url === "_islands/site-ABCDEFGH.js")?.revision ?? null).toBeNull();
    expect(entries.find((entry) => entry.url === "index.html")?.revision).toMatch(/^[0-9a-f]{32}$/);
    expect(() => checkPagesArePrecached(out, entries, "")).not.toThrow();
  });

  it("fails the build, naming the page, when a page loads a file the precache does not hold", async () => {
    const out = site({ "index.html": page('<link rel="stylesheet" href="/styles/site.css"><script type="module" src="/_islands/site-ABCDEFGH.js"></script>'), "_islands/site-ABCDEFGH.js": "", "_islands/search-worker-AAAAAAAA.js": "", "styles/site.css": "" });
    const { entries } = await precacheList(out);
    expect(() => checkPagesArePrecached(out, entries, "")).toThrow(/\/index\.html: loads files the precache does not hold: \/styles\/site\.css/);
  });

  it("has one worker per language: each holds its own pages and what every page shares, and checks only its pages", async () => {
    const out = site({
      "index.html": page('<script type="module" src="/_islands/site-ABCDEFGH.js"></script>'),
      "404.html": page(""),
      "http/429/index.html": page(""),
      "search-index.json": "[]",
      "id/index.html": page('<script type="module" src="/_islands/site-ABCDEFGH.js"></script>'),
      "id/404.html": page(""),
      "id/404/index.html": page(""),
      "id/http/429/index.html": page(""),
      "id/search-index.json": "[]",
      "_islands/site-ABCDEFGH.js": "export {}",
      "_islands/search-worker-AAAAAAAA.js": "",
    });
    const [english, indonesian] = SERVICE_WORKERS;
    const en = await precacheList(out, english);
    const id = await precacheList(out, indonesian);
    expect(en.entries.map((entry) => entry.url).sort()).toEqual(["404.html", "_islands/search-worker-AAAAAAAA.js", "_islands/site-ABCDEFGH.js", "http/429/index.html", "index.html", "search-index.json"]);
    expect(id.entries.map((entry) => entry.url).sort()).toEqual(["_islands/search-worker-AAAAAAAA.js", "_islands/site-ABCDEFGH.js", "id/404.html", "id/http/429/index.html", "id/index.html", "id/search-index.json"]);
    expect(() => checkPagesArePrecached(out, en.entries, "", english)).not.toThrow();
    expect(() => checkPagesArePrecached(out, id.entries, "", indonesian)).not.toThrow();
    // The English list does not serve the Indonesian pages: checked against it, they are missing.
    expect(() => checkPagesArePrecached(out, en.entries, "", indonesian)).toThrow(/id\/sw\.js: 3 page\(s\) would not work offline/);
    expect(serviceWorkerFileFor("/id/http/429/index.html")).toBe("id/sw.js");
    expect(serviceWorkerFileFor("/http/429/index.html")).toBe("sw.js");
  });
});
