// The rules an Indonesian twin (<slug>.id.mdx) must keep with its English file: the same headings in Indonesian, a
// translation of each of the publisher's words and of each "Sources differ" item, and the same codes, links and notes,
// so both languages show the same facts. Pure: load.ts reads the files and reports what this returns.
import { problemDetailsTags } from "./problem-details";
import { type EntryFrontmatter, type EntryTranslation, REQUIRED_HEADINGS_ID, TRANSLATED_OFFICIAL_FIELDS, outcomeOf } from "./schema";

/** The inline code spans of a Markdown text: codes, fields and strings that are never translated. */
export function codeSpansOf(markdown: string): string[] {
  const withoutFences = markdown.replace(/```[\s\S]*?```/g, " ");
  return [...withoutFences.matchAll(/(?<!`)(`+)([\s\S]*?[^`])\1(?!`)/g)].map((match) => {
    const flat = (match[2] ?? "").replace(/\r?\n/g, " ");
    return /^ .*[^ ].* $/.test(flat) ? flat.slice(1, -1) : flat;
  });
}

/** Site-relative link targets of a Markdown text, e.g. "/snap/401xx00/". */
export function siteLinksOf(markdown: string): string[] {
  return [...markdown.matchAll(/\]\((\/[^)\s]*)\)/g)].map((match) => match[1] ?? "");
}

/** The ids a body quotes with `<Note id="…" />`. */
export function quotedNoteIds(body: string): string[] {
  return [...body.matchAll(/<Note\s+id="([^"]*)"\s*\/>/g)].map((match) => match[1] ?? "");
}

/** What a twin must carry over unchanged from its English body: every code span, site link and quoted note. */
export function sameFactsProblems(file: string, englishBody: string, twinBody: string): string[] {
  const problems: string[] = [];
  const missing = (wanted: string[], got: string[]) => [...new Set(wanted)].filter((item) => !got.includes(item));
  for (const span of missing(codeSpansOf(englishBody), codeSpansOf(twinBody))) {
    problems.push(`${file}: body: the English body has \`${span}\` in code; keep it, unchanged, in code`);
  }
  for (const link of missing(siteLinksOf(englishBody), siteLinksOf(twinBody))) problems.push(`${file}: body: the English body links to ${link}; link to it too`);
  for (const id of missing(quotedNoteIds(englishBody), quotedNoteIds(twinBody))) problems.push(`${file}: body: the English body quotes <Note id="${id}" />; quote it too`);
  // A problem-details example shows the same problem in both languages; only its detail is translated.
  const examples = (body: string) => problemDetailsTags(body).flatMap((item) => ("example" in item ? [`entry="${item.example.entry}" status="${item.example.status}" instance="${item.example.instance}"`] : []));
  for (const example of missing(examples(englishBody), examples(twinBody))) problems.push(`${file}: body: the English body has <ProblemDetailsExample ${example} />; show the same problem (translate only its detail)`);
  return problems;
}

/** Problems of an entry's twin, against the English frontmatter it translates. */
export function entryTwinProblems(file: string, english: EntryFrontmatter, englishBody: string, twin: EntryTranslation, twinBody: string): string[] {
  const problems: string[] = [];
  for (const field of TRANSLATED_OFFICIAL_FIELDS) {
    const hasEnglish = typeof english.official[field] === "string";
    const hasTwin = twin.official[field] !== undefined;
    if (hasEnglish && !hasTwin) problems.push(`${file}: field "official.${field}": missing: translate the publisher's "${english.official[field]}"`);
    if (!hasEnglish && hasTwin) problems.push(`${file}: field "official.${field}": the English file quotes no ${field}`);
  }
  if (twin.differences.length !== english.differences.length) {
    problems.push(`${file}: field "differences": expected ${english.differences.length} item(s), one per "Sources differ" item of the English file, got ${twin.differences.length}`);
  }
  english.differences.forEach((difference, index) => {
    const translated = twin.differences[index];
    if (translated && (difference.ourReading !== undefined) !== (translated.ourReading !== undefined)) {
      problems.push(`${file}: field "differences.${index}.ourReading": ${difference.ourReading ? "missing: the English item has our reading" : "the English item has no reading of ours"}`);
    }
  });
  if ((english.customerMessage !== undefined) !== (twin.customerMessage !== undefined)) {
    problems.push(`${file}: field "customerMessage": ${english.customerMessage ? "missing: the English file has one" : "the English file has none"}`);
  }
  const headings = REQUIRED_HEADINGS_ID[outcomeOf(english)];
  for (const heading of missingHeadings(twinBody, headings)) problems.push(`${file}: body: missing the heading "## ${heading}" (required, in this order: ${headings.join(" / ")})`);
  problems.push(...headingCountProblems(file, englishBody, twinBody));
  problems.push(...sameFactsProblems(file, englishBody, twinBody));
  return problems;
}

/**
 * A twin has one "## " heading per section of the English body: the Indonesian page gives its headings the English
 * anchors in order (components/mdx-body.tsx), so a link to a section lands on the same section in both languages.
 */
export function headingCountProblems(file: string, englishBody: string, twinBody: string): string[] {
  const count = (body: string) => body.match(/^## /gm)?.length ?? 0;
  return count(twinBody) === count(englishBody) ? [] : [`${file}: body: expected ${count(englishBody)} "## " headings, one per section of the English body, got ${count(twinBody)}`];
}

/** Required "## " headings not found in order. */
export function missingHeadings(body: string, required: readonly string[]): string[] {
  const headings = [...body.matchAll(/^## +(.+?)\s*$/gm)].map((m) => m[1]);
  let cursor = 0;
  const missing: string[] = [];
  for (const heading of required) {
    const at = headings.indexOf(heading, cursor);
    if (at === -1) missing.push(heading);
    else cursor = at + 1;
  }
  return missing;
}
