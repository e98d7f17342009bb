// The exported pages of a static build, for the scripts that read or rewrite them after `next build`.
import fs from "node:fs";
import path from "node:path";

/** Every .html file below `dir`. */
export function htmlFiles(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((item) => {
    const full = path.join(dir, item.name);
    return item.isDirectory() ? htmlFiles(full) : item.name.endsWith(".html") ? [full] : [];
  });
}

/** Rewrites every page below `dir` with `transform(html)`; returns how many pages there were. */
export function rewriteHtmlFiles(dir, transform) {
  const files = htmlFiles(dir);
  for (const file of files) fs.writeFileSync(file, transform(fs.readFileSync(file, "utf8")));
  return files.length;
}
