// Prints the first-load JavaScript of exported pages: the gzip size of every <script src> each HTML file loads.
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { fileURLToPath } from "node:url";

/** Gzip bytes of the scripts one exported page loads, e.g. firstLoadJs("out", "http/429/index.html"). */
export function firstLoadJs(outDir, htmlFile, basePath = "") {
  const html = fs.readFileSync(path.join(outDir, htmlFile), "utf8");
  // noModule scripts (legacy polyfills) are skipped by every browser that runs modules, so they do not count.
  const tags = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]).filter((tag) => !/\snomodule\b/i.test(tag));
  const sources = new Set(tags.map((tag) => /\ssrc="([^"]+)"/.exec(tag)?.[1]).filter(Boolean));
  let bytes = 0;
  for (const src of sources) {
    const file = path.join(outDir, decodeURIComponent(src.split("?")[0].slice(basePath.length)));
    bytes += zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;
  }
  return { scripts: sources.size, bytes };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const outDir = process.argv[2] ?? "out";
  const pages = process.argv.slice(3);
  const targets = pages.length > 0 ? pages : ["index.html", "http/429/index.html", "errors/invalid-parameter/index.html", "guides/error-envelope/index.html", "404.html"];
  for (const page of targets) {
    const { scripts, bytes } = firstLoadJs(outDir, page);
    console.log(`${page.padEnd(44)} ${String(scripts).padStart(3)} scripts ${(bytes / 1024).toFixed(1).padStart(7)} kB gzip`);
  }
}
