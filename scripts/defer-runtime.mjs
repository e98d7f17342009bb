// Rewrites each exported page so the framework's scripts start on the reader's first sign of intent, not at load
// (why: lib/runtime-loader.mjs); the loader prefetches them once the page is idle, so the first interaction finds them
// in the cache. Runs after `next build`, before scripts/add-csp.mjs hashes the inline
// loader: node scripts/defer-runtime.mjs [outDir]
import { fileURLToPath } from "node:url";
import { rewriteHtmlFiles } from "./html-files.mjs";
import {
  COPY_PAGE_HASH_ATTRIBUTE,
  COPY_TEXT_ATTRIBUTE,
  EARLY_COPY_PROPERTY,
  HYDRATED_ATTRIBUTE,
  HYDRATED_EVENT,
  HYDRATE_ON_LOAD_ATTRIBUTE,
  loadRuntimeOnIntent,
} from "../lib/runtime-loader.mjs";

const EXTERNAL_SCRIPT = /<script\b[^>]*\ssrc="([^"]+)"[^>]*><\/script>/g;
const SCRIPT_PRELOAD = /<link\b(?=[^>]*\srel="preload")(?=[^>]*\sas="script")[^>]*\/?>/g;
const NAMES = {
  hydratedAttribute: HYDRATED_ATTRIBUTE,
  hydratedEvent: HYDRATED_EVENT,
  onLoadAttribute: HYDRATE_ON_LOAD_ATTRIBUTE,
  copyTextAttribute: COPY_TEXT_ATTRIBUTE,
  copyPageHashAttribute: COPY_PAGE_HASH_ATTRIBUTE,
  earlyCopyProperty: EARLY_COPY_PROPERTY,
};

/** The loader's source without its comments and indentation: it is inlined into every page. Lines stay lines (ASI). */
const LOADER_SOURCE = loadRuntimeOnIntent
  .toString()
  .split("\n")
  .map((line) => line.trim())
  .filter((line) => line !== "" && !line.startsWith("//"))
  .join("\n");

/** JSON that is safe inside a <script> element. */
function scriptJson(value) {
  return JSON.stringify(value).replace(/</g, "\\u003c");
}

/** The page with its external scripts (and their preload hints) replaced by the inline loader. A page without any is returned as it is. */
export function deferRuntime(html) {
  const sources = [];
  const withoutScripts = html.replace(EXTERNAL_SCRIPT, (tag, src) => {
    // Legacy polyfills (noModule) are skipped by every browser that runs the rest: leave them where Next put them.
    if (/\snomodule\b/i.test(tag)) return tag;
    if (!sources.includes(src)) sources.push(src);
    return "";
  });
  if (sources.length === 0) return html;
  const loader = `<script>(${LOADER_SOURCE})(${scriptJson(sources)},${scriptJson(NAMES)})</script>`;
  const withoutPreloads = withoutScripts.replace(SCRIPT_PRELOAD, (tag) => (sources.includes(/\shref="([^"]+)"/.exec(tag)?.[1] ?? "") ? "" : tag));
  return withoutPreloads.replace("</head>", `${loader}</head>`);
}


if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const outDir = process.argv[2] ?? "out";
  const count = rewriteHtmlFiles(outDir, deferRuntime);
  console.log(`defer-runtime: framework scripts start on first intent in ${count} pages of ${outDir}/`);
}
