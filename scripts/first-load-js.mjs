// Prints the JavaScript of exported pages: the gzip size of what each page runs at load (its island module scripts
// and the chunks they import, all preloaded) and of everything it may run (plus what the islands import later: the
// paste-box's React and component, preloaded once the page has loaded and run on first use, the search worker at
// idle, the decoder's engine). Reads out/_islands/manifest.json, written by scripts/postbuild/islands.mjs.
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { fileURLToPath } from "node:url";
import { parse } from "parse5";
import { attribute, findAll } from "./postbuild/html.mjs";

/**
 * Gzip bytes of the scripts one exported page loads, e.g. firstLoadJs("out", "http/429/index.html"):
 * what runs at load (`atLoad`) and everything it may load (`scripts`, `bytes`).
 */
export function firstLoadJs(outDir, htmlFile, basePath = "") {
  const document = parse(fs.readFileSync(path.join(outDir, htmlFile), "utf8"));
  const modules = findAll(document, (node) => node.tagName === "script" && attribute(node, "src") !== undefined).map((node) => attribute(node, "src"));
  const preloaded = findAll(document, (node) => node.tagName === "link" && attribute(node, "rel") === "modulepreload").map((node) => attribute(node, "href"));
  const manifestFile = path.join(outDir, "_islands", "manifest.json");
  const islands = fs.existsSync(manifestFile) ? Object.values(JSON.parse(fs.readFileSync(manifestFile, "utf8")).islands) : [];
  // The code islands preload once the page has loaded, for the reader's first use, and import later still.
  const lazy = islands.filter((island) => modules.includes(island.src)).flatMap((island) => [...(island.firstUse ?? []), ...island.lazy]);
  const gzipBytes = (sources) =>
    [...sources].reduce((sum, src) => sum + zlib.gzipSync(fs.readFileSync(path.join(outDir, decodeURIComponent(src.split("?")[0].slice(basePath.length)))), { level: 9 }).length, 0);
  const atLoad = new Set([...modules, ...preloaded]);
  const all = new Set([...atLoad, ...lazy]);
  return { scripts: all.size, bytes: gzipBytes(all), atLoad: { scripts: atLoad.size, bytes: gzipBytes(atLoad) } };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const outDir = process.argv[2] ?? "out";
  const pages = process.argv.slice(3);
  const targets = pages.length > 0 ? pages : ["index.html", "http/429/index.html", "errors/invalid-parameter/index.html", "decode/index.html", "signature/index.html", "404.html"];
  for (const page of targets) {
    const { scripts, bytes, atLoad } = firstLoadJs(outDir, page);
    console.log(`${page.padEnd(44)} ${String(scripts).padStart(3)} scripts ${(bytes / 1024).toFixed(1).padStart(7)} kB gzip, ${(atLoad.bytes / 1024).toFixed(1)} kB of it run at load`);
  }
}
