// Prints the first-load JavaScript of exported pages: the gzip size of every script each HTML file loads, and how
// much of it runs at load. Since scripts/defer-runtime.mjs, the framework's scripts are listed in the inline loader's
// call and start on the reader's first intent, so "at load" is what is left as <script src> tags.
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { fileURLToPath } from "node:url";

const LOADER = /<script>(\(function loadRuntimeOnIntent[\s\S]*?\}\)\((\[[^\]]*\]),[\s\S]*?)<\/script>/;

/**
 * Gzip bytes of the scripts one exported page loads, e.g. firstLoadJs("out", "http/429/index.html"):
 * all of them (`scripts`, `bytes`) and what runs at load (`atLoad`: the remaining <script src> tags and the inline loader).
 */
export function firstLoadJs(outDir, htmlFile, basePath = "") {
  const html = fs.readFileSync(path.join(outDir, htmlFile), "utf8");
  // noModule scripts (legacy polyfills) are skipped by every browser that runs modules, so they do not count.
  const tags = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]).filter((tag) => !/\snomodule\b/i.test(tag));
  const atLoad = new Set(tags.map((tag) => /\ssrc="([^"]+)"/.exec(tag)?.[1]).filter(Boolean));
  const loader = LOADER.exec(html);
  const deferred = JSON.parse(loader?.[2] ?? "[]");
  const loaderBytes = loader ? zlib.gzipSync(loader[1], { level: 9 }).length : 0;
  const gzipBytes = (sources) =>
    [...sources].reduce((sum, src) => {
      const file = path.join(outDir, decodeURIComponent(src.split("?")[0].slice(basePath.length)));
      return sum + zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;
    }, 0);
  const all = new Set([...atLoad, ...deferred]);
  return { scripts: all.size, bytes: gzipBytes(all), atLoad: { scripts: atLoad.size, bytes: gzipBytes(atLoad) + loaderBytes } };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const outDir = process.argv[2] ?? "out";
  const pages = process.argv.slice(3);
  const targets = pages.length > 0 ? pages : ["index.html", "http/429/index.html", "errors/invalid-parameter/index.html", "guides/error-envelope/index.html", "404.html"];
  for (const page of targets) {
    const { scripts, bytes, atLoad } = firstLoadJs(outDir, page);
    console.log(
      `${page.padEnd(44)} ${String(scripts).padStart(3)} scripts ${(bytes / 1024).toFixed(1).padStart(7)} kB gzip, ${(atLoad.bytes / 1024).toFixed(1)} kB of it run at load`,
    );
  }
}
