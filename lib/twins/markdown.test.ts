import { describe, expect, it } from "vitest";
import { getCatalogue } from "../content/load";
import { relatedEntries } from "../content/related";
import { entryJson, entryMarkdown, guideMarkdown, llmsTxt, twinPath } from "./markdown";

const catalogue = getCatalogue();
const context = { locale: "en" as const, absoluteUrl: (path: string) => `https://errors.example.com${path}`, notes: catalogue.notes, entryOf: (id: string) => catalogue.entries.find((entry) => entry.id === id), relatedOf: (entry: (typeof catalogue.entries)[number]) => relatedEntries(entry, catalogue.entries) };
const entry = (id: string) => {
  const found = catalogue.entries.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no entry ${id}`);
  return found;
};

describe("the Markdown twin of a code page", () => {
  const markdown = entryMarkdown(entry("snap/401xx00"), context);

  it("has the title, the facts, the publisher's words labelled as theirs and our explanation labelled as ours", () => {
    expect(markdown).toMatch(/^# 401XX00 Unauthorized\n/);
    expect(markdown).toContain("- HTTP status: 401");
    expect(markdown).toContain("## In the SNAP standard’s words (ASPI)");
    expect(markdown).toContain("## Our explanation");
    for (const heading of ["### What it means", "### Common causes", "### How to fix it", "## Sources"]) expect(markdown).toContain(heading);
  });

  it("quotes words with Markdown characters in code, so [reason] stays text", () => {
    expect(markdown).toContain("- responseMessage: `Unauthorized. [reason]`");
  });

  it("names every source with the date it was read, and links related codes to their twins", () => {
    for (const source of entry("snap/401xx00").sources) expect(markdown).toContain(`read ${source.read}`);
    expect(markdown).toMatch(/\(https:\/\/errors\.example\.com\/http\/401\.md\)/);
  });

  it("quotes a note with its sources and makes site links absolute", () => {
    const guide = guideMarkdown(catalogue.guides.find((candidate) => candidate.slug === "doku-notes")!, context);
    expect(guide).not.toContain("<Note");
    expect(guide).toContain("> A 6-character code such as 500700");
    expect(guide).not.toMatch(/\]\(\/[a-z]/);
  });
});

describe("the JSON twin", () => {
  it("is the entry as in errors.json, with its explanation by section", () => {
    const json = entryJson(entry("http/429"), context, 3);
    expect(json).toMatchObject({ schemaVersion: 3, language: "en", code: "429", httpStatus: 429, outcome: "error", url: "https://errors.example.com/http/429/", markdown: "https://errors.example.com/http/429.md" });
    expect(Object.keys(json.sections)).toEqual(["What it means", "Common causes", "How to fix it"]);
    expect(json).not.toHaveProperty("body");
  });
});

describe("llms.txt", () => {
  it("says what the site is, then links every page's Markdown twin", () => {
    const text = llmsTxt(catalogue, context, { name: "DOKU Error Reference", description: "Every DOKU error." });
    expect(text).toMatch(/^# DOKU Error Reference\n\n> Every DOKU error\.\n/);
    for (const page of [...catalogue.entries, ...catalogue.guides]) expect(text).toContain(`(https://errors.example.com${twinPath(page.url, "md")})`);
  });
});

describe("the Indonesian twins", () => {
  const id = { ...context, locale: "id" as const };
  const markdown = entryMarkdown(entry("snap/4042412"), id);

  it("are in Indonesian, with the publisher's words as published and our translation beside them", () => {
    expect(markdown).toMatch(/^# 4042412 Virtual account tidak ditemukan saat inquiry\n/);
    expect(markdown).toContain("- Status HTTP: 404");
    expect(markdown).toContain("## Kata-kata SDK DOKU");
    expect(markdown).toContain('- responseMessage: "Invalid Virtual Account Number" (terjemahan kami: Nomor virtual account tidak valid)');
    expect(markdown).toContain("## Penjelasan kami");
    expect(markdown).toContain("### Cara memperbaikinya");
  });

  it("link the Indonesian pages and twins, and the English twin as the other language", () => {
    expect(markdown).toContain("- Halaman: https://errors.example.com/id/snap/4042412/");
    expect(markdown).toContain("- Dalam bahasa Inggris: https://errors.example.com/snap/4042412.md");
    expect(markdown).toMatch(/\(https:\/\/errors\.example\.com\/id\/snap\/4032400\.md\)/);
    expect(markdown).not.toMatch(/\]\(https:\/\/errors\.example\.com\/snap\//);
  });

  it("give the customer sentence in both languages, Indonesian first", () => {
    const customer = markdown.slice(markdown.indexOf("## Untuk pelanggan"));
    expect(customer.indexOf("- Bahasa Indonesia: ")).toBeLessThan(customer.indexOf("- English: "));
  });

  it("quote notes in Indonesian", () => {
    const guide = guideMarkdown(catalogue.guides.find((candidate) => candidate.slug === "doku-notes")!, id);
    const note = catalogue.notes.find((candidate) => candidate.id === "sdk-six-character-code");
    expect(guide).toContain(`> ${note?.textId}`);
  });

  it("have a JSON twin with the Indonesian sections and the facts of errors.json", () => {
    const json = entryJson(entry("http/429"), id, 3);
    expect(json).toMatchObject({ language: "id", code: "429", httpStatus: 429, page: "https://errors.example.com/id/http/429/", markdown: "https://errors.example.com/id/http/429.md" });
    expect(Object.keys(json.sections)).toEqual(["Apa artinya", "Penyebab umum", "Cara memperbaikinya"]);
  });

  it("have an Indonesian llms.txt linking every Indonesian twin", () => {
    const text = llmsTxt(catalogue, id, { name: "DOKU Error Reference", description: "Setiap error DOKU." });
    for (const page of [...catalogue.entries, ...catalogue.guides]) expect(text).toContain(`(https://errors.example.com/id${twinPath(page.url, "md")})`);
    expect(text).toContain("https://errors.example.com/llms.txt");
  });
});
