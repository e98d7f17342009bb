// Gives every exported page a Content-Security-Policy that works on any static host: a <meta http-equiv> policy,
// no 'unsafe-eval', and inline scripts allowed only by hash. The inline scripts (the theme script before paint)
// are hashed from each built page, parsed with parse5; the result is parsed again and every inline script that runs
// must be in its policy, or the build stops naming the page.
// Run after scripts/postbuild/islands.mjs: node scripts/add-csp.mjs [outDir]
import crypto from "node:crypto";
import { fileURLToPath } from "node:url";
import { parse, serialize } from "parse5";
import { PageShapeError, attribute, createElement, findAll, head, remove, rewritePages, textOf } from "./postbuild/html.mjs";

/** The policy for one page, given the hashes of its inline scripts. */
export function policyFor(scriptHashes) {
  return [
    "default-src 'self'",
    `script-src 'self' ${scriptHashes.map((hash) => `'${hash}'`).join(" ")}`.trim(),
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join("; ");
}

/** <script> elements whose content runs: no src, and no type or a JavaScript type (JSON-LD is data, not code). */
function inlineScripts(document) {
  return findAll(document, (node) => node.tagName === "script" && attribute(node, "src") === undefined && ["", "text/javascript", "module"].includes(attribute(node, "type") ?? ""));
}

export function hashesOf(document) {
  return [...new Set(inlineScripts(document).map((script) => `sha256-${crypto.createHash("sha256").update(textOf(script), "utf8").digest("base64")}`))];
}

function isPolicyMeta(node) {
  return node.tagName === "meta" && (attribute(node, "http-equiv") ?? "").toLowerCase() === "content-security-policy";
}

/** Puts the page's policy first in <head>, before any script. Running it twice changes nothing. */
export function addPolicy(document, page) {
  for (const meta of findAll(document, isPolicyMeta)) remove(meta);
  const target = head(document, page);
  target.childNodes.unshift(createElement("meta", { "http-equiv": "Content-Security-Policy", content: policyFor(hashesOf(document)) }, target));
}

/** After serialisation: every inline script that runs is allowed by the page's own policy. */
export function verifyPolicy(html, page) {
  const document = parse(html);
  const [meta, ...others] = findAll(document, isPolicyMeta);
  if (!meta || others.length > 0) throw new PageShapeError(page, "expected exactly one Content-Security-Policy <meta>");
  if (head(document, page).childNodes.find((node) => node.tagName) !== meta) throw new PageShapeError(page, "the policy must come first in <head>, before any script");
  const allowed = attribute(meta, "content") ?? "";
  for (const hash of hashesOf(document)) if (!allowed.includes(`'${hash}'`)) throw new PageShapeError(page, `an inline script without its hash in the policy (${hash})`);
}

/** The whole step on one page's HTML, for tests: add the policy, serialise, verify. */
export function withPolicy(html, page = "page") {
  const document = parse(html);
  addPolicy(document, page);
  const out = serialize(document);
  verifyPolicy(out, page);
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const outDir = process.argv[2] ?? "out";
  const count = rewritePages(outDir, (document, page) => {
    addPolicy(document, page);
    verifyPolicy(serialize(document), page);
  });
  console.log(`add-csp: a hash-based Content-Security-Policy in ${count} pages of ${outDir}/, every inline script hashed`);
}
