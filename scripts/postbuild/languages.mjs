// Each page's language, after `next build`: <html lang="id"> on the pages under /id/ (one root layout serves both
// languages and cannot know which page it wraps), and the header's language switch pointed at the same page in the
// other language. Fails closed: a page without its twin in the other language stops the build, naming it.
import fs from "node:fs";
import path from "node:path";
import { PageShapeError, attribute, findAll, setAttribute } from "./html.mjs";

/** The Indonesian pages' prefix (lib/i18n/locale.ts). */
const ID_PREFIX = "/id";

/** The site path a page file is served at: "/id/http/429/index.html" ⇒ "/id/http/429/", "/404.html" ⇒ "/404.html". */
export function sitePathOf(page) {
  return page.endsWith("/index.html") ? page.slice(0, -"index.html".length) : page;
}

/** The same page in the other language: "/http/429/" ⇔ "/id/http/429/"; the 404 pages "/404.html" ⇔ "/id/404.html". */
export function twinSitePath(sitePath) {
  if (sitePath === `${ID_PREFIX}/404/`) return "/404.html";
  if (sitePath === "/404.html") return `${ID_PREFIX}/404.html`;
  if (sitePath === `${ID_PREFIX}/` || sitePath.startsWith(`${ID_PREFIX}/`)) return sitePath.slice(ID_PREFIX.length) || "/";
  return `${ID_PREFIX}${sitePath}`;
}

/** Next's own copies of the 404 page, which hosts may serve where they look for "/404/" or Next's own name. */
function isNextCopy(page) {
  return page.startsWith("/_not-found/") || page === "/404/index.html";
}

/**
 * Sets a parsed page's language and its language switch. `pages` is every page file of out/ ("/http/429/index.html").
 */
export function setPageLanguage(document, page, pages, basePath) {
  // Next's copies of the English 404 page are pointed at the same twin as the 404 page hosts serve.
  const sitePath = isNextCopy(page) ? "/404.html" : sitePathOf(page);
  const isIndonesian = sitePath.startsWith(`${ID_PREFIX}/`);
  const html = findAll(document, (node) => node.tagName === "html")[0];
  setAttribute(html, "lang", isIndonesian ? "id" : "en");
  const switches = findAll(document, (node) => node.tagName === "a" && attribute(node, "data-language-switch") !== undefined);
  if (switches.length !== 1) throw new PageShapeError(page, `expected one language switch (a[data-language-switch]) in the header, found ${switches.length}`);
  const twin = twinSitePath(sitePath);
  const twinFile = twin.endsWith("/") ? `${twin}index.html` : twin === `${ID_PREFIX}/404.html` ? `${ID_PREFIX}/404/index.html` : twin;
  if (!pages.has(twinFile)) throw new PageShapeError(page, `has no twin in the other language (expected ${twinFile})`);
  setAttribute(switches[0], "href", `${basePath}${twin}`);
}

/** The Indonesian 404 page where hosts that serve the nearest 404.html look for it: out/id/404.html. */
export function copyIndonesian404(outDir) {
  const from = path.join(outDir, "id", "404", "index.html");
  if (!fs.existsSync(from)) throw new Error("languages: out/id/404/index.html is missing (app/id/404/page.tsx)");
  fs.copyFileSync(from, path.join(outDir, "id", "404.html"));
}
