// Checks the Indonesian twins of some folders while others are still being written:
//   npx tsx scripts/check-translations.ts http errors guides
// Every rule of the loader applies to the twins that exist; a page of the named folders without its twin is listed.
// Exits 1 on any problem. (The build itself requires every twin.)
import fs from "node:fs";
import path from "node:path";
import { compileBody } from "../lib/content/compile-body";
import { ContentError, DEFAULT_CONTENT_DIR, loadCatalogue } from "../lib/content/load";

const folders = process.argv.slice(2);
if (folders.length === 0) {
  console.error("usage: npx tsx scripts/check-translations.ts <folder> [<folder>…]   e.g. http errors snap");
  process.exit(1);
}

const problems: string[] = [];
let catalogue: ReturnType<typeof loadCatalogue> | undefined;
try {
  catalogue = loadCatalogue(DEFAULT_CONTENT_DIR, { missingTwins: "skip" });
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  problems.push(...error.problems);
}

let done = 0;
let missing = 0;
for (const folder of folders) {
  const dir = path.join(DEFAULT_CONTENT_DIR, folder);
  for (const name of fs.readdirSync(dir).filter((file) => file.endsWith(".mdx") && !file.endsWith(".id.mdx")).sort()) {
    const twin = name.replace(/\.mdx$/, ".id.mdx");
    if (fs.existsSync(path.join(dir, twin))) done++;
    else {
      missing++;
      problems.push(`${folder}/${twin}: missing`);
    }
  }
}
for (const page of [...(catalogue?.entries ?? []), ...(catalogue?.guides ?? [])]) {
  if (!folders.includes(page.file.split("/")[0] ?? "")) continue;
  await compileBody(page.id_ID.body).catch((error: unknown) => problems.push(`${page.id_ID.file}: body does not compile: ${String(error).split("\n")[0]}`));
}

const relevant = problems.filter((problem) => folders.includes(problem.split("/")[0] ?? "") || !/^[a-z0-9-]+\//.test(problem));
for (const problem of relevant) console.log(`✘ ${problem}`);
console.log(`${folders.join(", ")}: ${done} twins present, ${missing} missing, ${relevant.length} problem(s).`);
process.exit(relevant.length === 0 ? 0 : 1);
