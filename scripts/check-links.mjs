// Link checker for the exported site: every internal href/src in out/**/*.html must resolve to a file (and anchor).
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { htmlFiles } from "./postbuild/html.mjs";

const ATTRIBUTE = /\s(?:href|src)\s*=\s*(?:"([^"]*)"|'([^']*)')/gi;
const ID = /\sid\s*=\s*(?:"([^"]*)"|'([^']*)')/gi;
const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

/** Returns one line per broken link, e.g. `http/429/index.html: /errors/nope/ (no such file)`. */
export function checkLinks(outDir, basePath = "") {
  const root = path.resolve(outDir);
  const pages = htmlFiles(root);
  const idsByFile = new Map();
  const idsOf = (file) => {
    if (!idsByFile.has(file)) {
      const html = fs.readFileSync(file, "utf8");
      idsByFile.set(file, new Set([...html.matchAll(ID)].map((m) => decodeEntities(m[1] ?? m[2]))));
    }
    return idsByFile.get(file);
  };

  const problems = [];
  let checked = 0;
  for (const page of pages) {
    const html = fs.readFileSync(page, "utf8");
    const pageUrl = `${basePath}/${path.relative(root, page).split(path.sep).join("/")}`.replace(/index\.html$/, "");
    for (const match of html.matchAll(ATTRIBUTE)) {
      const raw = decodeEntities(match[1] ?? match[2]).trim();
      if (raw === "") continue;
      if (/^javascript:/i.test(raw)) {
        problems.push(`${path.relative(root, page)}: ${raw} (javascript: URL)`);
        continue;
      }
      if (EXTERNAL.test(raw)) continue;
      checked += 1;
      const resolved = new URL(raw, `http://site${pageUrl}`);
      let pathname = safeDecode(resolved.pathname);
      if (basePath) {
        if (pathname !== basePath && !pathname.startsWith(`${basePath}/`)) {
          problems.push(`${path.relative(root, page)}: ${raw} (outside the base path ${basePath})`);
          continue;
        }
        pathname = pathname.slice(basePath.length) || "/";
      }
      const target = resolveFile(root, pathname);
      if (!target) {
        problems.push(`${path.relative(root, page)}: ${raw} (no such file)`);
        continue;
      }
      const fragment = safeDecode(resolved.hash.slice(1));
      if (fragment && target.endsWith(".html") && !idsOf(target).has(fragment)) {
        problems.push(`${path.relative(root, page)}: ${raw} (no element with id "${fragment}")`);
      }
    }
  }
  return { pages: pages.length, checked, problems };
}

function resolveFile(root, pathname) {
  const candidate = path.join(root, pathname);
  if (!candidate.startsWith(root)) return undefined;
  for (const file of [candidate, path.join(candidate, "index.html"), `${candidate}.html`]) {
    if (fs.existsSync(file) && fs.statSync(file).isFile()) return file;
  }
  return undefined;
}


function decodeEntities(text) {
  return text.replace(/&amp;/g, "&").replace(/&quot;/g, '"').replace(/&#x27;|&#39;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">");
}

function safeDecode(text) {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const outDir = process.argv[2] ?? "out";
  const basePath = (process.argv[3] ?? process.env.BASE_PATH ?? "").replace(/\/+$/, "");
  if (!fs.existsSync(outDir)) {
    console.error(`check-links: ${outDir}/ does not exist; run npm run build first.`);
    process.exit(1);
  }
  const { pages, checked, problems } = checkLinks(outDir, basePath);
  if (problems.length > 0) {
    console.error(`check-links: ${problems.length} broken link(s) in ${outDir}/:\n  ${problems.join("\n  ")}`);
    process.exit(1);
  }
  console.log(`check-links: ${checked} internal links in ${pages} pages of ${outDir}/ all resolve${basePath ? ` under ${basePath}` : ""}.`);
}
