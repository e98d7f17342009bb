// Every DOKU fact of content/doku-facts.yaml is shown on a page, in the same words the paste-box uses: a note no page
// quotes would be a fact readers can only meet by pasting.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { listEntries, listGuides, listNotes, quotedNoteIds } from "./load";

const APP = path.resolve(import.meta.dirname, "../../app");

/** Notes an app/ page renders itself with getNote("…"). */
function notesNamedInPages(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((item) => {
    const full = path.join(dir, item.name);
    if (item.isDirectory()) return notesNamedInPages(full);
    if (!item.name.endsWith(".tsx")) return [];
    return [...fs.readFileSync(full, "utf8").matchAll(/getNote\("([a-z0-9-]+)"\)/g)].map((match) => match[1] ?? "");
  });
}

describe("doku-facts.yaml", () => {
  const shown = new Set([...[...listEntries(), ...listGuides()].flatMap((page) => quotedNoteIds(page.body)), ...notesNamedInPages(APP)]);

  it.each(listNotes().map((note) => note.id))("note %s is shown on a page", (id) => {
    expect(shown.has(id)).toBe(true);
  });
});
