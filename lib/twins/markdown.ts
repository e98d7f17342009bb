// Every page as Markdown and JSON for tools (scripts, CI jobs, AI assistants): the same facts and words as the HTML
// page, from the same content, with the publisher's words quoted and labelled and our explanation labelled as ours.
import type { Catalogue, Entry, Guide } from "../content/load";
import { toCatalogueEntry } from "../content/catalogue-json";
import { FAMILIES, OFFICIAL_FIELDS, TRANSLATED_OFFICIAL_FIELDS, type TranslatedOfficialField, outcomeOf } from "../content/schema";
import { problemDetailsJson, replaceProblemDetailsTags } from "../content/problem-details";
import type { Note } from "../content/schema";
import { ISLAND_WORDS } from "../i18n/island-words";
import { LABELS } from "../i18n/labels";
import { type Locale, localePath, otherLocale } from "../i18n/locale";
import { SITE_STRINGS, fill } from "../i18n/site";
import { sectionMarkdown } from "../search/plain-text";

export interface TwinContext {
  /** The twin's language: Indonesian twins sit beside the /id/ pages and link to /id/ twins. */
  locale: Locale;
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

/** A page's address in the twin's language, as a full URL. */
function pageUrlOf(context: Pick<TwinContext, "locale" | "absoluteUrl">, sitePath: string): string {
  return context.absoluteUrl(localePath(context.locale, sitePath));
}

/** A page's MDX body as plain Markdown: notes quoted with their sources, examples written out, site links made absolute. */
export function bodyMarkdown(body: string, context: Pick<TwinContext, "locale" | "absoluteUrl" | "notes" | "entryOf">): string {
  const strings = SITE_STRINGS[context.locale].twins;
  return replaceProblemDetailsTags(body, (example) => {
    const entry = context.entryOf(example.entry);
    if (!entry) return "";
    const localised = { ...entry, url: localePath(context.locale, entry.url), title: context.locale === "id" ? entry.id_ID.title : entry.title };
    return `\`\`\`json\n${problemDetailsJson(example, localised, context.absoluteUrl)}\n\`\`\``;
  })
    .replace(/<Note\s+id="([^"]*)"\s*\/>/g, (_, id: string) => {
      const note = context.notes.find((candidate) => candidate.id === id);
      if (!note) return "";
      const sources = note.sources.map((source) => `[${source.title}](${source.url})`).join("; ");
      return `> ${context.locale === "id" ? note.textId : note.text} (${strings.source}: ${sources})`;
    })
    // Links to pages go to the page in the twin's language; links to files (errors.json) stay.
    .replace(/\]\((\/[^)\s]*)\)/g, (_, path: string) => `](${(path.split(/[?#]/)[0] ?? "").endsWith("/") ? pageUrlOf(context, path) : context.absoluteUrl(path)})`)
    .trim();
}

/** Text shown as written: inside a code span when it has Markdown's own characters, so it cannot turn into markup. */
function literal(text: string): string {
  if (!/[`*_[\]<>#|\\]/.test(text)) return `"${text}"`;
  const fence = "`".repeat(Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length)) + 1);
  return `${fence}${/^[` ]|[` ]$/.test(text) ? ` ${text} ` : text}${fence}`;
}

export function entryMarkdown(entry: Entry, context: TwinContext): string {
  const { locale } = context;
  const strings = SITE_STRINGS[locale].twins;
  const labels = LABELS[locale];
  const text = locale === "id" ? entry.id_ID : entry;
  const outcome = outcomeOf(entry);
  const lines: string[] = [`# ${entry.code} ${text.title}`, ""];
  lines.push(`${text.summary}`, "");
  lines.push(
    `- ${strings.family}: ${labels.families[entry.family]}`,
    entry.httpStatus !== undefined ? `- ${strings.httpStatus}: ${entry.httpStatus}` : `- ${strings.outcome}: ${labels.outcomes[outcome]}`,
    `- ${strings.whoActs}: ${entry.whoActs.map((actor) => labels.actors[actor]).join(", ")}`,
    `- ${strings.safeToRetry}: ${labels.retry[entry.retry.safe]}. ${locale === "id" ? entry.id_ID.retryReason : entry.retry.reason}`,
    `- ${strings.page}: ${pageUrlOf(context, entry.url)}`,
    `- ${strings.otherLanguage}: ${context.absoluteUrl(twinPath(localePath(otherLocale(locale), entry.url), "md"))}`,
    "",
  );

  lines.push(`## ${labels.publisherWords[entry.official.publisher]}`, "");
  const quoted = OFFICIAL_FIELDS.flatMap(({ key }) => {
    const value = entry.official[key];
    if (value === undefined) return [];
    // The publisher's words as published; on Indonesian twins our translation follows, labelled.
    const translated = locale === "id" && (TRANSLATED_OFFICIAL_FIELDS as readonly string[]).includes(key) ? entry.id_ID.official[key as TranslatedOfficialField] : undefined;
    return [`- ${labels.officialFields[key]}: ${typeof value === "string" ? literal(value) : value}${translated ? ` (${strings.ourTranslation}: ${translated})` : ""}`];
  });
  if (quoted.length === 0) lines.push(strings.nothingQuoted);
  else lines.push(...quoted);
  if (entry.sic.length > 0) lines.push("", fill(strings.typosIncluded, { words: entry.sic.join(", ") }));
  lines.push("");

  lines.push(`## ${strings.ourExplanation}`, "", strings.ourWordsNote, "");
  lines.push(bodyMarkdown(text.body, context).replace(/^## /gm, "### "), "");

  if (entry.customerMessage && entry.id_ID.customerMessage) {
    const customer = ISLAND_WORDS[locale].customer;
    lines.push(`## ${customer.forTheCustomer}`, "", customer.forTheCustomerLead, "");
    const english = `- English: ${entry.customerMessage}`;
    const indonesian = `- Bahasa Indonesia: ${entry.id_ID.customerMessage}`;
    lines.push(...(locale === "id" ? [indonesian, english] : [english, indonesian]), "");
  }

  if (entry.differences.length > 0) {
    lines.push(`## ${strings.sourcesDiffer}`, "");
    entry.differences.forEach((difference, index) => {
      const shown = locale === "id" ? (entry.id_ID.differences[index] ?? difference) : difference;
      lines.push(`- **${difference.source}:** ${shown.says}${shown.ourReading ? ` (${strings.ourReading}: ${shown.ourReading})` : ""}`);
    });
    lines.push("");
  }
  const related = context.relatedOf(entry);
  if (related.length > 0) {
    lines.push(
      `## ${strings.relatedCodes}`,
      "",
      ...related.map((other) => `- [${other.code}](${context.absoluteUrl(twinPath(localePath(locale, other.url), "md"))}) ${locale === "id" ? other.id_ID.title : other.title}`),
      "",
    );
  }
  lines.push(`## ${strings.sources}`, "", ...sourceLines(entry.sources, locale), "");
  return lines.join("\n");
}

function sourceLines(sources: Entry["sources"], locale: Locale): string[] {
  return sources.map((source) => `- [${source.title}](${source.url}), ${fill(SITE_STRINGS[locale].twins.read, { date: source.read })}${source.note ? `. ${source.note}` : ""}`);
}

export function guideMarkdown(guide: Guide, context: Pick<TwinContext, "locale" | "absoluteUrl" | "notes" | "entryOf">): string {
  const { locale } = context;
  const text = locale === "id" ? guide.id_ID : guide;
  return [
    `# ${text.title}`,
    "",
    text.description,
    "",
    `${SITE_STRINGS[locale].twins.page}: ${pageUrlOf(context, guide.url)}`,
    "",
    bodyMarkdown(text.body, context),
    "",
    `## ${SITE_STRINGS[locale].twins.sources}`,
    "",
    ...sourceLines(guide.sources, locale),
    "",
  ].join("\n");
}

/** The entry as /errors.json has it, plus its explanation by section (in the twin's language), as Markdown. */
export function entryJson(entry: Entry, context: TwinContext, schemaVersion: number) {
  const body = context.locale === "id" ? entry.id_ID.body : entry.body;
  const headings = [...body.matchAll(/^## +(.+?)\s*$/gm)].map((match) => match[1] ?? "");
  return {
    schemaVersion,
    language: context.locale,
    ...toCatalogueEntry(entry, context.absoluteUrl),
    page: pageUrlOf(context, entry.url),
    markdown: context.absoluteUrl(twinPath(localePath(context.locale, entry.url), "md")),
    sections: Object.fromEntries(headings.map((heading) => [heading, bodyMarkdown(sectionMarkdown(body, heading), context)])),
  };
}

/** /llms.txt (llmstxt.org): what the site is, then one line per page linking its Markdown twin, by family. /id/llms.txt in Indonesian. */
export function llmsTxt(catalogue: Pick<Catalogue, "entries" | "guides">, context: Pick<TwinContext, "locale" | "absoluteUrl">, site: { name: string; description: string }): string {
  const { locale } = context;
  const strings = SITE_STRINGS[locale].twins;
  const twin = (sitePath: string) => context.absoluteUrl(twinPath(localePath(locale, sitePath), "md"));
  const lines = [
    `# ${site.name}`,
    "",
    `> ${site.description}`,
    "",
    fill(strings.llmsLead, { catalogue: context.absoluteUrl("/errors.json"), full: context.absoluteUrl(localePath(locale, "/llms-full.txt")) }),
    fill(strings.llmsOtherLanguage, { url: context.absoluteUrl(localePath(otherLocale(locale), "/llms.txt")) }),
    "",
  ];
  for (const family of Object.keys(FAMILIES) as (keyof typeof FAMILIES)[]) {
    const entries = catalogue.entries.filter((entry) => entry.family === family);
    if (entries.length === 0) continue;
    lines.push(
      `## ${LABELS[locale].families[family]}`,
      "",
      ...entries.map((entry) => {
        const text = locale === "id" ? entry.id_ID : entry;
        return `- [${entry.code} ${text.title}](${twin(entry.url)}): ${text.summary}`;
      }),
      "",
    );
  }
  lines.push(
    `## ${strings.guides}`,
    "",
    ...catalogue.guides.map((guide) => {
      const text = locale === "id" ? guide.id_ID : guide;
      return `- [${text.title}](${twin(guide.url)}): ${text.description}`;
    }),
    "",
  );
  return lines.join("\n");
}
