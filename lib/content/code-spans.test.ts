// Inline code is the exact string a reader is debugging (`client_ID|X-TIMESTAMP`): every span of every body must reach
// the search records and the paste-box catalogue character for character.
import { describe, expect, it } from "vitest";
import { toDecodeEntry } from "../decode/catalogue";
import { plainText, sectionMarkdown } from "../search/plain-text";
import { toSearchRecords } from "../search/records";
import { listEntries, listGuides, listServices } from "./load";
import { outcomeOf } from "./schema";

/** The content of each inline code span, as CommonMark reads it. */
function codeSpans(markdown: string): string[] {
  const withoutFences = markdown.replace(/```[\s\S]*?```/g, " ");
  return [...withoutFences.matchAll(/(?<!`)(`+)([\s\S]*?[^`])\1(?!`)/g)].map((match) => {
    const flat = (match[2] ?? "").replace(/\r?\n/g, " ");
    return /^ .*[^ ].* $/.test(flat) ? flat.slice(1, -1) : flat;
  });
}

/** The list items of a section (or the section itself when it has no list), as the paste-box reads them. */
function listItems(section: string): string[] {
  // An item runs to the next item or to a blank line.
  const items = section
    .split(/\n(?=(?:[-*+]|\d+\.)\s)/)
    .filter((item) => /^\s*(?:[-*+]|\d+\.)\s/.test(item))
    .map((item) => item.split(/\n\s*\n/)[0] ?? "");
  return items.length > 0 ? items : [section];
}

const entries = listEntries();

describe("inline code in content", () => {
  it("has spans to check (the test reads real bodies)", () => {
    expect(entries.flatMap((entry) => codeSpans(entry.body)).length).toBeGreaterThan(500);
  });

  it("survives into plain text in every entry and guide", () => {
    for (const item of [...entries, ...listGuides()]) {
      const text = plainText(item.body);
      for (const span of codeSpans(item.body)) expect(text, `${item.file}: \`${span}\``).toContain(span);
    }
  });

  it("survives into the search records' details", () => {
    const records = new Map(toSearchRecords({ entries, guides: [], services: listServices() }).map((record) => [record.id, record]));
    for (const entry of entries) {
      const details = records.get(entry.id)?.details ?? "";
      const shown = details.endsWith("…") ? details.slice(0, -1) : details;
      const section = sectionMarkdown(entry.body, "Common causes") || sectionMarkdown(entry.body, "What it means");
      // Details are cut at a word boundary: spans before the cut must be whole.
      for (const span of codeSpans(section)) {
        const at = plainText(section).indexOf(span);
        if (at + span.length <= shown.length) expect(shown, `${entry.file}: \`${span}\``).toContain(span);
      }
    }
  });

  it("survives into the paste-box catalogue's causes and next step", () => {
    for (const entry of entries) {
      const decoded = toDecodeEntry(entry);
      const outcome = outcomeOf(entry);
      const firstStep = listItems(sectionMarkdown(entry.body, outcome === "error" ? "How to fix it" : "What to do next"))[0] ?? "";
      for (const span of codeSpans(firstStep)) expect(decoded.nextStep, `${entry.file}: \`${span}\``).toContain(span);
      const causes = outcome === "error" ? listItems(sectionMarkdown(entry.body, "Common causes")).slice(0, 3) : [];
      causes.forEach((cause, index) => {
        for (const span of codeSpans(cause)) expect(decoded.causes[index], `${entry.file}: \`${span}\``).toContain(span);
      });
    }
  });
});
