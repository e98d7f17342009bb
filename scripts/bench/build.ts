// Build time of the static export for the real catalogue and synthetic ones (ms per page). Each build runs in a copy
// of the project under .tmp/, so out/ is left alone. Prints; asserts nothing.
// Sizes: BENCH_BUILD_SIZES (default "100,1000,10000"; the 10,000-entry build alone takes about 12 minutes here).
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { type SummaryRow, ms, printTable } from "./stats";

const ROOT = process.cwd();
const WORK = path.join(ROOT, ".tmp", "bench-build");
const PROJECT_FILES = ["app", "components", "lib", "public", "scripts", "next.config.mjs", "package.json", "postcss.config.mjs", "tsconfig.json", "next-env.d.ts"];
const TEMPLATE = "content/errors/invalid-parameter.mdx";
const SNAP_TEMPLATE = "content/snap/401xx00.mdx";

/** A copy of the project whose content/ holds `size` synthetic entries (or the real content when size is undefined). */
function projectWith(size: number | undefined): string {
  const dir = path.join(WORK, size === undefined ? "real" : String(size));
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  for (const file of PROJECT_FILES) if (fs.existsSync(file)) fs.cpSync(file, path.join(dir, file), { recursive: true });
  fs.symlinkSync(path.join(ROOT, "node_modules"), path.join(dir, "node_modules"));
  if (size === undefined) {
    fs.cpSync("content", path.join(dir, "content"), { recursive: true });
    return dir;
  }
  // Real guides and services, one real SNAP case (the /snap/ routes need one), and size − 1 business codes made from
  // one real entry with its links removed.
  fs.mkdirSync(path.join(dir, "content", "errors"), { recursive: true });
  fs.mkdirSync(path.join(dir, "content", "snap"), { recursive: true });
  fs.cpSync("content/guides", path.join(dir, "content", "guides"), { recursive: true });
  fs.cpSync("content/snap-services.yaml", path.join(dir, "content", "snap-services.yaml"));
  const snapCase = fs.readFileSync(SNAP_TEMPLATE, "utf8").replace(/^related: .*$/m, "related: []");
  fs.writeFileSync(path.join(dir, SNAP_TEMPLATE), snapCase);
  const template = fs.readFileSync(TEMPLATE, "utf8").replace(/^related: .*$/m, "related: []");
  for (let i = 0; i < size - 1; i++) {
    const code = `BENCH_CODE_${String(i).padStart(5, "0")}`;
    const text = template
      .replace(/^code: .*$/m, `code: ${code}`)
      .replace(/^title: .*$/m, `title: Synthetic code ${i}`)
      .replace(/^aliases: .*$/m, `aliases: [synthetic ${i}]`);
    fs.writeFileSync(path.join(dir, "content", "errors", `bench-code-${String(i).padStart(5, "0")}.mdx`), text);
  }
  return dir;
}

function countPages(outDir: string): number {
  let count = 0;
  const walk = (dir: string) => {
    for (const item of fs.readdirSync(dir, { withFileTypes: true })) {
      if (item.isDirectory()) walk(path.join(dir, item.name));
      else if (item.name.endsWith(".html")) count++;
    }
  };
  walk(outDir);
  return count;
}

export function benchBuild(): SummaryRow[] {
  const sizes = (process.env.BENCH_BUILD_SIZES ?? "100,1000,10000").split(",").map(Number).filter((size) => size > 0);
  const rows: (string | number)[][] = [];
  for (const size of [undefined, ...sizes]) {
    const dir = projectWith(size);
    const start = performance.now();
    execFileSync("npm", ["run", "build"], { cwd: dir, stdio: "ignore", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
    const total = performance.now() - start;
    const pages = countPages(path.join(dir, "out"));
    rows.push([size === undefined ? "real" : size.toLocaleString("en"), pages.toLocaleString("en"), (total / 1000).toFixed(1), ms(total / pages)]);
    if (size !== undefined) fs.rmSync(dir, { recursive: true, force: true });
  }
  printTable("Build: `npm run build` (next build, islands, CSP, Markdown and JSON twins) in a copy of the project", ["entries", "HTML pages", "build s", "ms per page"], rows);
  return rows.map(([entries, pages, seconds, perPage]) => ["build", `${entries} entries, ${pages} HTML pages`, `${seconds} s, ${perPage} ms per page`, ""]);
}
