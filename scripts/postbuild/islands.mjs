// After `next build`: every page becomes static HTML plus our islands. Next's scripts (its router, React, and the page
// data they hydrate from, tens of kB per page) are taken out; the pages need none of them, because every interactive
// part is an island built here with esbuild from components/islands/:
//   site         on every page: the search combobox, the theme button, copy buttons, the 404 hint (no framework)
//   decoder      /decode/, signature /signature/, snap-explainer /snap/: React, mounted on [data-island="…"]
// Fails closed: a script it does not recognise, a marker without its island, or an island left unreferenced stops the
// build and names the page, so a Next upgrade that changes the exported HTML fails here, not in a reader's browser.
//   node scripts/postbuild/islands.mjs [outDir]
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { basePath as configuredBasePath } from "../../lib/site-config.mjs";
import { copyIndonesian404, setPageLanguage } from "./languages.mjs";
import { BROWSER_BUILD } from "./browser-build.mjs";
import { serviceWorkerFileFor } from "./service-worker.mjs";
import { PageShapeError, attribute, createElement, findAll, head, htmlFiles, remove, rewritePages, setAttribute, textOf } from "./html.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** The islands: a name (the value of data-island, or "site") and its entry module. */
export const ISLANDS = {
  site: "components/islands/site.ts",
  decoder: "components/islands/decoder-island.ts",
  signature: "components/islands/signature-island.tsx",
  "snap-explainer": "components/islands/snap-explainer-island.tsx",
};

/** Workers the islands start: classic scripts (module workers are newer than the browsers supported). */
export const WORKERS = {
  search: "components/islands/search-worker.ts",
  decode: "components/islands/decode-worker.ts",
};

/** The output folder under out/, also the URL path of the bundles. */
export const ISLANDS_DIR = "_islands";

/**
 * Bundles the islands into out/_islands/ with content-hashed names (shared code, React among it, in chunks).
 * Returns, per island, its script URL and the chunks it imports, which pages preload.
 */
export async function buildIslands(outDir, basePath) {
  const target = path.join(outDir, ISLANDS_DIR);
  fs.rmSync(target, { recursive: true, force: true });
  const result = await build({
    ...BROWSER_BUILD,
    entryPoints: Object.fromEntries(Object.entries(ISLANDS).map(([name, entry]) => [name, entry])),
    outdir: target,
    splitting: true,
    format: "esm",
    entryNames: "[name]-[hash]",
    chunkNames: "chunks/[name]-[hash]",
    jsx: "automatic",
    metafile: true,
    // Islands serve both languages: no BUNDLE_LOCALE (see the workers below).
    define: { "process.env.NODE_ENV": '"production"', "process.env.BUNDLE_LOCALE": "undefined" },
    // Components link with next/link through SiteLink; in an island a plain <a> does the same, with the base path.
    alias: { "next/link": "./components/islands/plain-link.tsx" },
    logOverride: { "unsupported-directive": "silent" },
  });
  const outputs = Object.entries(result.metafile.outputs);
  const urlOf = (file) => `${basePath}/${path.relative(outDir, path.join(root, file)).split(path.sep).join("/")}`;
  const workerUrls = await buildWorkers(outDir, basePath, "en");
  const bundles = Object.fromEntries(
    Object.keys(ISLANDS).map((name) => {
      const [file, output] = outputs.find(([, candidate]) => candidate.entryPoint === ISLANDS[name]) ?? [];
      if (!file || !output) throw new Error(`islands: esbuild wrote no bundle for ${name}`);
      // What the island runs at load: the chunks its entry imports, and all those import in turn (preloaded by the page).
      const atLoad = withStaticImports([file], result.metafile).slice(1);
      // What its entry imports on the reader's first use (the paste-box's React and component), with all that imports
      // in turn: preloaded once the page has loaded (components/islands/static-island.ts), so first use fetches nothing.
      const firstUseEntries = output.imports.filter((imported) => imported.kind === "dynamic-import").map((imported) => imported.path);
      const firstUse = withStaticImports(firstUseEntries, result.metafile, atLoad);
      // What the island imports later still (the decoder's engine), with what that imports in turn.
      const lazy = new Set();
      const later = (importer) => {
        for (const imported of result.metafile.outputs[importer]?.imports ?? []) {
          if (atLoad.includes(imported.path) || firstUse.includes(imported.path) || lazy.has(imported.path)) continue;
          lazy.add(imported.path);
          later(imported.path);
        }
      };
      for (const importer of [file, ...atLoad, ...firstUse]) later(importer);
      return [name, { src: urlOf(file), chunks: atLoad.map(urlOf), firstUse: firstUse.map(urlOf), lazy: [...lazy].map(urlOf) }];
    }),
  );
  // The search worker is the site island's, started at idle; the decode worker the paste-box's.
  bundles.site.lazy.push(workerUrls.search);
  bundles.decoder.lazy.push(workerUrls.decode);
  return { ...bundles, workers: workerUrls, indonesianWorkers: await buildWorkers(outDir, basePath, "id") };
}

/** `roots` and the chunks they import with import statements, and all those import in turn, in the order met; none of
 * `known`. */
function withStaticImports(roots, metafile, known = []) {
  const found = [];
  const add = (file) => {
    if (found.includes(file) || known.includes(file)) return;
    found.push(file);
    for (const imported of metafile.outputs[file]?.imports ?? []) if (imported.kind === "import-statement") add(imported.path);
  };
  for (const root of roots) add(root);
  return found;
}

/**
 * The workers, built for one language: English into /_islands/, Indonesian into /id/_islands/ for the Indonesian pages.
 * Each holds its language's words only (BUNDLE_LOCALE; see lib/i18n/decode.ts). And a worker is controlled by the
 * service worker whose scope holds the worker's own address, not its page's: offline, the Indonesian service worker
 * (scope "/id/") serves only workers under "/id/", and the index or catalogue they fetch. Returns each worker's URL.
 */
async function buildWorkers(outDir, basePath, locale) {
  const folder = locale === "en" ? ISLANDS_DIR : path.join(locale, ISLANDS_DIR);
  const built = await build({
    ...BROWSER_BUILD,
    entryPoints: WORKERS,
    outdir: path.join(outDir, folder),
    format: "iife",
    entryNames: "[name]-worker-[hash]",
    metafile: true,
    define: { "process.env.NODE_ENV": '"production"', "process.env.BUNDLE_LOCALE": JSON.stringify(locale) },
  });
  return Object.fromEntries(
    Object.keys(WORKERS).map((name) => {
      const file = Object.entries(built.metafile.outputs).find(([, output]) => output.entryPoint === WORKERS[name])?.[0];
      if (!file) throw new Error(`islands: esbuild wrote no ${locale} worker for ${name}`);
      return [name, `${basePath}/${path.relative(outDir, path.join(root, file)).split(path.sep).join("/")}`];
    }),
  );
}

/** What Next writes into a page that the islands replace. */
function isNextScript(script, basePath) {
  const src = attribute(script, "src");
  if (src !== undefined) return src.startsWith(`${basePath}/_next/static/`);
  const text = textOf(script).trimStart();
  return attribute(script, "id") === "_R_" || text.startsWith("(self.__next_f") || text.startsWith("self.__next_f.push(");
}

/** The scripts a page keeps: the theme script (which must run before paint) and JSON-LD data. */
function isKeptScript(script) {
  return attribute(script, "id") === "theme-script" || attribute(script, "type") === "application/ld+json";
}

/**
 * Takes Next's scripts and their preload hints out of one parsed page and puts in the islands it uses. Changes the
 * document in place; throws PageShapeError naming what is unexpected.
 */
export function rewritePage(document, page, islands, basePath) {
  const htmlElement = findAll(document, (node) => node.tagName === "html")[0];
  if (attribute(htmlElement, "data-base-path") !== basePath) {
    throw new PageShapeError(page, `<html data-base-path> is ${JSON.stringify(attribute(htmlElement, "data-base-path"))}, expected ${JSON.stringify(basePath)} (the layout writes it)`);
  }
  // This step's own tags from an earlier run are taken out too and written again: running it twice changes nothing.
  const ours = (url) => (url ?? "").startsWith(`${basePath}/${ISLANDS_DIR}/`);
  for (const link of findAll(document, (node) => node.tagName === "link" && attribute(node, "rel") === "modulepreload" && ours(attribute(node, "href")))) remove(link);
  for (const script of findAll(document, (node) => node.tagName === "script")) {
    if (isNextScript(script, basePath) || ours(attribute(script, "src"))) remove(script);
    else if (!isKeptScript(script)) {
      throw new PageShapeError(page, `a <script> this step does not know: ${JSON.stringify(script.attrs)} ${JSON.stringify(textOf(script).slice(0, 80))}`);
    }
  }
  for (const link of findAll(document, (node) => node.tagName === "link" && ["preload", "modulepreload"].includes(attribute(node, "rel") ?? ""))) {
    if ((attribute(link, "href") ?? "").startsWith(`${basePath}/_next/static/`) && attribute(link, "as") !== "style" && attribute(link, "as") !== "font") remove(link);
  }
  const left = findAll(document, (node) => (node.tagName === "script" && (attribute(node, "src") ?? "").includes("/_next/")) || (node.tagName === "link" && attribute(node, "as") === "script"));
  if (left.length > 0) throw new PageShapeError(page, `framework scripts left behind: ${left.map((node) => attribute(node, "src") ?? attribute(node, "href")).join(", ")}`);

  if (!findAll(document, (node) => node.tagName === "form" && attribute(node, "data-search") !== undefined)[0]) {
    throw new PageShapeError(page, "no search form (form[data-search]) for the site island");
  }
  // Islands start their workers from these addresses: <html data-worker-search="/_islands/search-worker-….js">, and
  // the Indonesian pages from the copies under /id/ (see copyWorkersUnder).
  const workers = page.startsWith("/id/") ? islands.indonesianWorkers : islands.workers;
  for (const [name, url] of Object.entries(workers)) setAttribute(htmlElement, `data-worker-${name}`, url);
  // The site island registers its language's service worker from here (scripts/postbuild/service-worker.mjs writes it last).
  setAttribute(htmlElement, "data-service-worker", `${basePath}/${serviceWorkerFileFor(page)}`);

  const used = ["site"];
  for (const marker of findAll(document, (node) => attribute(node, "data-island") !== undefined)) {
    const name = attribute(marker, "data-island");
    if (!(name in ISLANDS) || name === "site") throw new PageShapeError(page, `data-island="${name}" names no island (known: ${Object.keys(ISLANDS).join(", ")})`);
    if (!used.includes(name)) used.push(name);
    // Its code for the reader's first use, which it preloads once the page has loaded.
    if (islands[name].firstUse?.length) setAttribute(marker, "data-first-use", islands[name].firstUse.join(" "));
  }
  const target = head(document, page);
  const preloads = new Set(used.flatMap((name) => islands[name].chunks));
  for (const href of preloads) target.childNodes.push(createElement("link", { rel: "modulepreload", href }, target));
  for (const name of used) target.childNodes.push(createElement("script", { type: "module", src: islands[name].src }, target, ""));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const outDir = path.resolve(process.argv[2] ?? "out");
  const islands = await buildIslands(outDir, configuredBasePath);
  const pages = new Set(htmlFiles(outDir).map((file) => `/${path.relative(outDir, file).split(path.sep).join("/")}`));
  const count = rewritePages(outDir, (document, page) => {
    rewritePage(document, page, islands, configuredBasePath);
    setPageLanguage(document, page, pages, configuredBasePath);
  });
  copyIndonesian404(outDir);
  // Generated: which files each island loads at once and later, for scripts/first-load-js.mjs and the service worker.
  fs.writeFileSync(path.join(outDir, ISLANDS_DIR, "manifest.json"), `${JSON.stringify({ generatedBy: "scripts/postbuild/islands.mjs", islands: Object.fromEntries(Object.entries(islands).filter(([name]) => !["workers", "indonesianWorkers"].includes(name))), workers: islands.workers, indonesianWorkers: islands.indonesianWorkers }, null, 2)}\n`);
  const sizes = Object.entries(islands)
    .filter(([name]) => !["workers", "indonesianWorkers"].includes(name))
    .map(([name, { src }]) => `${name} ${(fs.statSync(path.join(outDir, src.slice(configuredBasePath.length))).size / 1024).toFixed(1)} kB`)
    .join(", ");
  console.log(`islands: ${count} pages of ${path.relative(root, outDir) || "."}/ are static HTML with their islands (${sizes}); no framework script left`);
}
