// After `next build`: writes each page's Markdown and JSON twin next to it in out/, in both languages (/http/429/ ⇒
// /http/429.md and /http/429.json; /id/http/429/ ⇒ /id/http/429.md and .json), /llms.txt and /llms-full.txt (and
// their Indonesian versions under /id/), from the same content the pages are built from.
import fs from "node:fs";
import path from "node:path";
import { CATALOGUE_SCHEMA_VERSION } from "../lib/content/catalogue-json";
import { getCatalogue } from "../lib/content/load";
import { relatedEntries } from "../lib/content/related";
import { LOCALES, localePath } from "../lib/i18n/locale";
import { SITE_STRINGS } from "../lib/i18n/site";
import { SITE_NAME, absoluteUrl } from "../lib/site";
import { type TwinContext, entryJson, entryMarkdown, guideMarkdown, llmsTxt, twinPath } from "../lib/twins/markdown";

const outDir = path.resolve(process.argv[2] ?? "out");
if (!fs.existsSync(outDir)) throw new Error(`write-twins: ${outDir} does not exist; run next build first`);

const catalogue = getCatalogue();

function write(sitePath: string, text: string) {
  const file = path.join(outDir, sitePath);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
}

for (const locale of LOCALES) {
  const context: TwinContext = {
    locale,
    absoluteUrl,
    notes: catalogue.notes,
    entryOf: (id) => catalogue.entries.find((entry) => entry.id === id),
    relatedOf: (entry) => relatedEntries(entry, catalogue.entries),
  };
  const at = (sitePath: string) => localePath(locale, sitePath);
  const pages: string[] = [];
  for (const entry of catalogue.entries) {
    const markdown = entryMarkdown(entry, context);
    write(twinPath(at(entry.url), "md"), markdown);
    write(twinPath(at(entry.url), "json"), `${JSON.stringify(entryJson(entry, context, CATALOGUE_SCHEMA_VERSION), null, 2)}\n`);
    pages.push(markdown);
  }
  for (const guide of catalogue.guides) {
    const markdown = guideMarkdown(guide, context);
    write(twinPath(at(guide.url), "md"), markdown);
    pages.push(markdown);
  }
  write(at("/llms.txt"), llmsTxt(catalogue, context, { name: SITE_NAME, description: SITE_STRINGS[locale].siteDescription }));
  write(at("/llms-full.txt"), `# ${SITE_NAME}: ${SITE_STRINGS[locale].twins.everyPage}\n\n${pages.join("\n---\n\n")}`);
}
console.log(
  `write-twins: Markdown and JSON twins of ${catalogue.entries.length} entries and ${catalogue.guides.length} guides in ${LOCALES.length} languages, llms.txt and llms-full.txt in ${path.relative(process.cwd(), outDir) || "."}/ and its /id/`,
);
