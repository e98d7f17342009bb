// The last post-build step: the service worker (components/islands/service-worker.ts, Serwist) bundled with esbuild,
// then given the list of files to precache by @serwist/build, so after one visit the whole site works offline.
// Runs after every step that changes out/ (islands, CSP, twins): each file's revision is the hash of its final bytes.
// Fails closed: a page that loads a script, a style sheet or an icon the precache does not hold stops the build and
// names the page, so no page can be missing a part offline.
//   node scripts/postbuild/service-worker.mjs [outDir]
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { fileURLToPath } from "node:url";
import { getManifest, injectManifest } from "@serwist/build";
import { build } from "esbuild";
import { parse } from "parse5";
import { basePath as configuredBasePath } from "../../lib/site-config.mjs";
import { PageShapeError, attribute, findAll, htmlFiles } from "./html.mjs";
import { BROWSER_BUILD } from "./browser-build.mjs";

/**
 * One worker per language, so a reader's phone downloads its own language's pages, not both: `sw.js` (scope "/")
 * holds the English pages, `id/sw.js` (scope "/id/") the Indonesian ones; both hold what every page shares (the
 * islands and their workers, the style sheet, the icons, the app manifest) and their language's search index and
 * decode catalogue. Not the Markdown and JSON twins, which are for programs that are online.
 */
const SHARED = ["_islands/**/*.js", "_next/static/**/*.{css,svg,woff2}", "manifest.webmanifest", "icon.svg", "favicon.ico", "icons/*.png"];
export const SERVICE_WORKERS = [
  {
    locale: "en",
    file: "sw.js",
    globPatterns: ["**/*.html", "search-index.json", "decode-catalogue.json", ...SHARED],
    // Next's copies of the 404 pages (404.html and id/404.html are the ones served), and the Indonesian pages.
    globIgnores: ["_not-found/**", "404/**", "id/**"],
    ownsPage: (page) => !page.startsWith("/id/"),
  },
  {
    locale: "id",
    file: "id/sw.js",
    // With the copies of the workers under id/_islands/ that Indonesian pages start (scripts/postbuild/islands.mjs).
    globPatterns: ["id/**/*.html", "id/search-index.json", "id/decode-catalogue.json", "id/_islands/*.js", ...SHARED],
    globIgnores: ["id/404/**"],
    ownsPage: (page) => page.startsWith("/id/"),
  },
];
/** The English worker's file, served at the site's root. */
export const SERVICE_WORKER_FILE = SERVICE_WORKERS[0].file;

/** The worker a page registers: its language's. `page` is its file in out/, e.g. "/id/http/429/index.html". */
export function serviceWorkerFileFor(page) {
  return page.startsWith("/id/") ? SERVICE_WORKERS[1].file : SERVICE_WORKERS[0].file;
}

function globOptions(worker) {
  return {
    globPatterns: worker.globPatterns,
    globIgnores: [...worker.globIgnores, ...SERVICE_WORKERS.map((each) => each.file)],
    // Names with a content hash need no revision.
    dontCacheBustURLsMatching: /^(_islands\/.*-[A-Z0-9]{8}\.js|_next\/static\/.*)$/,
    // Entries are listed from out/ and resolved against the worker's own address: "../" up from id/sw.js.
    manifestTransforms: [
      (entries) => ({ manifest: entries.map(({ url, ...rest }) => ({ url: `${"../".repeat(worker.file.split("/").length - 1)}${url}`, ...rest })), warnings: [] }),
    ],
  };
}

/** A worker's precache list for `outDir`: entries (URLs relative to out/) and their total size, raw and gzipped. */
export async function precacheList(outDir, worker = SERVICE_WORKERS[0]) {
  const { manifestEntries = [], count, size, warnings } = await getManifest({ globDirectory: outDir, ...globOptions(worker), manifestTransforms: [] });
  if (warnings.length > 0) throw new Error(`service-worker: ${warnings.join("; ")}`);
  const gzipBytes = manifestEntries.reduce((sum, entry) => sum + zlib.gzipSync(fs.readFileSync(path.join(outDir, entry.url))).length, 0);
  return { entries: manifestEntries, count, bytes: size, gzipBytes };
}

/** Stops the build, naming each page that loads a same-site file the precache does not hold. */
export function checkPagesArePrecached(outDir, entries, basePath, worker = SERVICE_WORKERS[0]) {
  const held = new Set(entries.map((entry) => `${basePath}/${entry.url}`));
  const problems = [];
  for (const file of htmlFiles(outDir)) {
    const page = `/${path.relative(outDir, file).split(path.sep).join("/")}`;
    if (!worker.ownsPage(page) || /^\/(_not-found|404|id\/404)\//.test(page)) continue;
    if (!held.has(`${basePath}${page}`)) problems.push(new PageShapeError(page, "is not precached").message);
    const document = parse(fs.readFileSync(file, "utf8"));
    const needed = [
      ...findAll(document, (node) => node.tagName === "script" && attribute(node, "src") !== undefined).map((node) => attribute(node, "src")),
      ...findAll(document, (node) => node.tagName === "link" && /\b(stylesheet|modulepreload|icon|manifest)\b/.test(attribute(node, "rel") ?? "")).map((node) => attribute(node, "href")),
      ...["data-worker-search", "data-worker-decode"].map((name) => attribute(findAll(document, (node) => node.tagName === "html")[0], name)),
      // What an island loads on the reader's first use (scripts/postbuild/islands.mjs).
      ...findAll(document, (node) => attribute(node, "data-first-use") !== undefined).flatMap((node) => (attribute(node, "data-first-use") ?? "").split(" ")),
    ].filter((url) => url !== undefined && url.startsWith("/"));
    const missing = [...new Set(needed.map((url) => url.split(/[?#]/)[0]))].filter((url) => !held.has(url));
    if (missing.length > 0) problems.push(new PageShapeError(page, `loads files the precache does not hold: ${missing.join(", ")}`).message);
  }
  if (problems.length > 0) throw new Error(`service-worker: ${worker.file}: ${problems.length} page(s) would not work offline:\n  ${problems.join("\n  ")}`);
}

export async function buildServiceWorker(outDir, basePath) {
  const bundle = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "sw-")), SERVICE_WORKER_FILE);
  await build({
    ...BROWSER_BUILD,
    entryPoints: ["components/islands/service-worker.ts"],
    outfile: bundle,
    format: "iife",
    define: { "process.env.NODE_ENV": '"production"' },
  });
  const lists = [];
  for (const worker of SERVICE_WORKERS) {
    const list = await precacheList(outDir, worker);
    checkPagesArePrecached(outDir, list.entries, basePath, worker);
    const { warnings } = await injectManifest({ swSrc: bundle, swDest: path.join(outDir, worker.file), globDirectory: outDir, ...globOptions(worker) });
    if (warnings.length > 0) throw new Error(`service-worker: ${warnings.join("; ")}`);
    lists.push({ ...list, worker });
  }
  fs.rmSync(path.dirname(bundle), { recursive: true, force: true });
  return lists;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const outDir = path.resolve(process.argv[2] ?? "out");
  for (const { worker, count, bytes, gzipBytes } of await buildServiceWorker(outDir, configuredBasePath)) {
    console.log(
      `service-worker: ${worker.file} precaches ${count} files (${(bytes / 1_000_000).toFixed(1)} MB, ${(gzipBytes / 1_000_000).toFixed(2)} MB gzip); every ${worker.locale} page's scripts, styles and icons among them`,
    );
  }
}
