// After `next build`: writes each page's Markdown and JSON twin next to it in out/ (/http/429/ ⇒ /http/429.md and
// /http/429.json), /llms.txt and /llms-full.txt, from the same content the pages are built from.
import fs from "node:fs";
import path from "node:path";
import { CATALOGUE_SCHEMA_VERSION } from "../lib/content/catalogue-json";
import { getCatalogue } from "../lib/content/load";
import { relatedEntries } from "../lib/content/related";
import { SITE_DESCRIPTION, SITE_NAME, absoluteUrl } from "../lib/site";
import { entryJson, entryMarkdown, guideMarkdown, llmsTxt, twinPath } from "../lib/twins/markdown";

const outDir = path.resolve(process.argv[2] ?? "out");
if (!fs.existsSync(outDir)) throw new Error(`write-twins: ${outDir} does not exist; run next build first`);

const catalogue = getCatalogue();
const context = { absoluteUrl, notes: catalogue.notes, entryOf: (id: string) => catalogue.entries.find((entry) => entry.id === id), relatedOf: (entry: (typeof catalogue.entries)[number]) => relatedEntries(entry, catalogue.entries) };

function write(sitePath: string, text: string) {
  const file = path.join(outDir, sitePath);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
}

const pages: string[] = [];
for (const entry of catalogue.entries) {
  const markdown = entryMarkdown(entry, context);
  write(twinPath(entry.url, "md"), markdown);
  write(twinPath(entry.url, "json"), `${JSON.stringify(entryJson(entry, context, CATALOGUE_SCHEMA_VERSION), null, 2)}\n`);
  pages.push(markdown);
}
for (const guide of catalogue.guides) {
  const markdown = guideMarkdown(guide, context);
  write(twinPath(guide.url, "md"), markdown);
  pages.push(markdown);
}
write("/llms.txt", llmsTxt(catalogue, context, { name: SITE_NAME, description: SITE_DESCRIPTION }));
write("/llms-full.txt", `# ${SITE_NAME}: every page\n\n${pages.join("\n---\n\n")}`);
console.log(`write-twins: Markdown and JSON twins of ${catalogue.entries.length} entries and ${catalogue.guides.length} guides, llms.txt and llms-full.txt in ${path.relative(process.cwd(), outDir) || "."}/`);
