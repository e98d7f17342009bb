// Gives every exported page a Content-Security-Policy that works on any static host: a <meta http-equiv> policy,
// no 'unsafe-eval', and inline scripts allowed only by hash. Next writes a few inline scripts per page (the theme
// script and the page's data), and they differ per page, so the hashes are taken from each built HTML file.
// Run after `next build`: node scripts/add-csp.mjs [outDir]
import crypto from "node:crypto";
import { fileURLToPath } from "node:url";
import { rewriteHtmlFiles } from "./html-files.mjs";

const META_PATTERN = /<meta http-equiv="Content-Security-Policy" content="[^"]*"\/?>/g;
// <script> elements whose content runs: no src, and no type or a JavaScript type (JSON-LD is data, not code).
const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)((?:\s+(?:(?!type=)[\w-]+(?:="[^"]*")?|type="(?:text\/javascript|module)"))*)\s*>([\s\S]*?)<\/script>/g;

/** The policy for one page, given the hashes of its inline scripts. */
export function policyFor(scriptHashes) {
  return [
    "default-src 'self'",
    `script-src 'self' ${scriptHashes.map((hash) => `'${hash}'`).join(" ")}`.trim(),
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join("; ");
}

export function hashesOf(html) {
  const hashes = new Set();
  for (const match of html.matchAll(INLINE_SCRIPT)) {
    hashes.add(`sha256-${crypto.createHash("sha256").update(match[2], "utf8").digest("base64")}`);
  }
  return [...hashes];
}

/** The page with its policy as the first element of <head>, before any script. Running it twice changes nothing. */
export function withPolicy(html) {
  const clean = html.replace(META_PATTERN, "");
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policyFor(hashesOf(clean))}"/>`;
  return clean.replace(/<head>/, `<head>${meta}`);
}


if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const outDir = process.argv[2] ?? "out";
  const count = rewriteHtmlFiles(outDir, withPolicy);
  console.log(`add-csp: a hash-based Content-Security-Policy in ${count} pages of ${outDir}/`);
}
