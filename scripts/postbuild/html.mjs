// Reading and rewriting the exported pages with a real HTML parser (parse5, the parser jsdom uses), for the steps
// that run after `next build`. A page whose shape is not the one expected stops the build with its name.
import fs from "node:fs";
import path from "node:path";
import { parse, serialize } from "parse5";

/** A page the post-build steps cannot safely rewrite. */
export class PageShapeError extends Error {
  constructor(page, problem) {
    super(`${page}: ${problem}`);
    this.name = "PageShapeError";
  }
}

/** Every .html file below `dir`. */
export function htmlFiles(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((item) => {
    const full = path.join(dir, item.name);
    return item.isDirectory() ? htmlFiles(full) : item.name.endsWith(".html") ? [full] : [];
  });
}

/**
 * Rewrites every page below `dir` with `transform(document, page)`, which changes the parsed document in place.
 * Collects every page's shape problem before failing, so one run names them all. Returns the number of pages.
 */
export function rewritePages(dir, transform) {
  const problems = [];
  const files = htmlFiles(dir);
  for (const file of files) {
    const page = `/${path.relative(dir, file).split(path.sep).join("/")}`;
    try {
      const document = parse(fs.readFileSync(file, "utf8"));
      transform(document, page);
      fs.writeFileSync(file, serialize(document));
    } catch (error) {
      if (!(error instanceof PageShapeError)) throw error;
      problems.push(error.message);
    }
  }
  if (problems.length > 0) throw new Error(`${problems.length} page(s) have an unexpected shape:\n  - ${problems.join("\n  - ")}`);
  return files.length;
}

/** Elements below `node` (depth first) for which `test(element)` holds. */
export function findAll(node, test) {
  const found = [];
  for (const child of node.childNodes ?? []) {
    if (child.tagName && test(child)) found.push(child);
    if (child.childNodes) found.push(...findAll(child, test));
    if (child.content?.childNodes) found.push(...findAll(child.content, test));
  }
  return found;
}

export function findFirst(node, test) {
  return findAll(node, test)[0];
}

export function attribute(element, name) {
  return element.attrs.find((attr) => attr.name === name)?.value;
}

export function setAttribute(element, name, value) {
  const existing = element.attrs.find((attr) => attr.name === name);
  if (existing) existing.value = value;
  else element.attrs.push({ name, value });
}

/** The text of an element (a script's source), as the browser reads it. */
export function textOf(element) {
  return (element.childNodes ?? []).map((child) => child.value ?? "").join("");
}

export function remove(element) {
  const siblings = element.parentNode.childNodes;
  siblings.splice(siblings.indexOf(element), 1);
}

/** A new element for `parent`, with attributes in order. */
export function createElement(tagName, attrs, parent, text) {
  const element = { nodeName: tagName, tagName, attrs: Object.entries(attrs).map(([name, value]) => ({ name, value })), namespaceURI: "http://www.w3.org/1999/xhtml", childNodes: [], parentNode: parent };
  if (text !== undefined) element.childNodes.push({ nodeName: "#text", value: text, parentNode: element });
  return element;
}

export function head(document, page) {
  const element = findFirst(document, (node) => node.tagName === "head");
  if (!element) throw new PageShapeError(page, "no <head>");
  return element;
}
