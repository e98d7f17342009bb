// Every page as Markdown and JSON for tools (scripts, CI jobs, AI assistants): the same facts and words as the HTML
// page, from the same content, with the publisher's words quoted and labelled and our explanation labelled as ours.
import type { Catalogue, Entry, Guide } from "../content/load";
import { toCatalogueEntry } from "../content/catalogue-json";
import { ACTOR_LABELS, FAMILIES, OFFICIAL_FIELDS, OUTCOME_LABELS, PUBLISHER_WORDS, RETRY_LABELS, outcomeOf } from "../content/schema";
import { problemDetailsJson, replaceProblemDetailsTags } from "../content/problem-details";
import type { Note } from "../content/schema";
import { sectionMarkdown } from "../search/plain-text";

export interface TwinContext {
  /** A site path as a full URL, e.g. "/http/429/" ⇒ "https://errors.example.com/http/429/". */
  absoluteUrl: (path: string) => string;
  notes: readonly Note[];
  /** The entry of an id such as "http/429". */
  entryOf: (id: string) => Entry | undefined;
  /** The entries a page links to as related (the same list its HTML page shows). */
  relatedOf: (entry: Entry) => Entry[];
}

/** Where a page's twins live: "/http/429/" ⇒ "/http/429.md" and "/http/429.json". */
export function twinPath(pageUrl: string, extension: "md" | "json"): string {
  return `${pageUrl.replace(/\/$/, "")}.${extension}`;
}

/** A page's MDX body as plain Markdown: notes quoted with their sources, examples written out, site links made absolute. */
export function bodyMarkdown(body: string, context: Pick<TwinContext, "absoluteUrl" | "notes" | "entryOf">): string {
  return replaceProblemDetailsTags(body, (example) => {
    const entry = context.entryOf(example.entry);
    return entry ? `\`\`\`json\n${problemDetailsJson(example, entry, context.absoluteUrl)}\n\`\`\`` : "";
  })
    .replace(/<Note\s+id="([^"]*)"\s*\/>/g, (_, id: string) => {
      const note = context.notes.find((candidate) => candidate.id === id);
      if (!note) return "";
      const sources = note.sources.map((source) => `[${source.title}](${source.url})`).join("; ");
      return `> ${note.text} (Source: ${sources})`;
    })
    .replace(/\]\((\/[^)\s]*)\)/g, (_, path: string) => `](${context.absoluteUrl(path)})`)
    .trim();
}

/** Text shown as written: inside a code span when it has Markdown's own characters, so it cannot turn into markup. */
function literal(text: string): string {
  if (!/[`*_[\]<>#|\\]/.test(text)) return `"${text}"`;
  const fence = "`".repeat(Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length)) + 1);
  return `${fence}${/^[` ]|[` ]$/.test(text) ? ` ${text} ` : text}${fence}`;
}

export function entryMarkdown(entry: Entry, context: TwinContext): string {
  const outcome = outcomeOf(entry);
  const lines: string[] = [`# ${entry.code} ${entry.title}`, ""];
  lines.push(`${entry.summary}`, "");
  lines.push(
    `- Family: ${FAMILIES[entry.family].label}`,
    entry.httpStatus !== undefined ? `- HTTP status: ${entry.httpStatus}` : `- Outcome: ${OUTCOME_LABELS[outcome]}`,
    `- Who acts: ${entry.whoActs.map((actor) => ACTOR_LABELS[actor]).join(", ")}`,
    `- Safe to retry: ${RETRY_LABELS[entry.retry.safe]}. ${entry.retry.reason}`,
    `- Page: ${context.absoluteUrl(entry.url)}`,
    "",
  );

  lines.push(`## ${PUBLISHER_WORDS[entry.official.publisher]}`, "");
  const quoted = OFFICIAL_FIELDS.flatMap(({ key, label }) => {
    const value = entry.official[key];
    return value === undefined ? [] : [`- ${label}: ${typeof value === "string" ? literal(value) : value}`];
  });
  if (quoted.length === 0) lines.push("Nothing quoted: no words of the publisher for this code could be quoted exactly.");
  else lines.push(...quoted);
  if (entry.sic.length > 0) lines.push("", `Quoted exactly, typos included ([sic]: ${entry.sic.join(", ")}).`);
  lines.push("");

  lines.push("## Our explanation", "", "Our words, not the publisher's.", "");
  lines.push(bodyMarkdown(entry.body, context).replace(/^## /gm, "### "), "");

  if (entry.differences.length > 0) {
    lines.push("## Sources differ", "");
    for (const difference of entry.differences) {
      lines.push(`- **${difference.source}:** ${difference.says}${difference.ourReading ? ` (Our reading, not the source's words: ${difference.ourReading})` : ""}`);
    }
    lines.push("");
  }
  const related = context.relatedOf(entry);
  if (related.length > 0) {
    lines.push("## Related codes", "", ...related.map((other) => `- [${other.code}](${context.absoluteUrl(twinPath(other.url, "md"))}) ${other.title}`), "");
  }
  lines.push("## Sources", "", ...entry.sources.map((source) => `- [${source.title}](${source.url}), read ${source.read}${source.note ? `. ${source.note}` : ""}`), "");
  return lines.join("\n");
}

export function guideMarkdown(guide: Guide, context: Pick<TwinContext, "absoluteUrl" | "notes" | "entryOf">): string {
  return [
    `# ${guide.title}`,
    "",
    guide.description,
    "",
    `Page: ${context.absoluteUrl(guide.url)}`,
    "",
    bodyMarkdown(guide.body, context),
    "",
    "## Sources",
    "",
    ...guide.sources.map((source) => `- [${source.title}](${source.url}), read ${source.read}${source.note ? `. ${source.note}` : ""}`),
    "",
  ].join("\n");
}

/** The entry as /errors.json has it, plus its explanation by section, as Markdown. */
export function entryJson(entry: Entry, context: TwinContext, schemaVersion: number) {
  const headings = [...entry.body.matchAll(/^## +(.+?)\s*$/gm)].map((match) => match[1] ?? "");
  return {
    schemaVersion,
    ...toCatalogueEntry(entry, context.absoluteUrl),
    markdown: context.absoluteUrl(twinPath(entry.url, "md")),
    sections: Object.fromEntries(headings.map((heading) => [heading, bodyMarkdown(sectionMarkdown(entry.body, heading), context)])),
  };
}

/** /llms.txt (llmstxt.org): what the site is, then one line per page linking its Markdown twin, by family. */
export function llmsTxt(catalogue: Pick<Catalogue, "entries" | "guides">, context: Pick<TwinContext, "absoluteUrl">, site: { name: string; description: string }): string {
  const lines = [
    `# ${site.name}`,
    "",
    `> ${site.description}`,
    "",
    "An independent reference, not run by DOKU. Each page quotes the publisher's words exactly (DOKU, the SNAP standard's ASPI, DOKU's SDKs), labels our explanation as ours, and names its sources with the date they were read. Every page has a Markdown twin (its path + `.md`) and a JSON twin (+ `.json`); the whole catalogue is at " +
      `${context.absoluteUrl("/errors.json")}, and every page's Markdown in one file at ${context.absoluteUrl("/llms-full.txt")}.`,
    "",
  ];
  for (const family of Object.keys(FAMILIES) as (keyof typeof FAMILIES)[]) {
    const entries = catalogue.entries.filter((entry) => entry.family === family);
    if (entries.length === 0) continue;
    lines.push(`## ${FAMILIES[family].label}`, "", ...entries.map((entry) => `- [${entry.code} ${entry.title}](${context.absoluteUrl(twinPath(entry.url, "md"))}): ${entry.summary}`), "");
  }
  lines.push("## Guides", "", ...catalogue.guides.map((guide) => `- [${guide.title}](${context.absoluteUrl(twinPath(guide.url, "md"))}): ${guide.description}`), "");
  return lines.join("\n");
}
