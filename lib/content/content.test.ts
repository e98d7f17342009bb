// The real content/: every file passes the schema, every body compiles, and DOKU's seed words are quoted exactly.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { compileBody } from "./compile-body";
import { getEntry, listEntries, listGuides } from "./load";

const SEED = path.join(import.meta.dirname, "fixtures", "seed");
const seedPage = fs.readFileSync(path.join(SEED, "doku-error-codes-glossary.txt"), "utf8");

function readTsv(file: string): Record<string, string>[] {
  const [header, ...rows] = fs.readFileSync(path.join(SEED, file), "utf8").trim().split("\n");
  const keys = (header ?? "").split("\t");
  return rows.map((row) => Object.fromEntries(row.split("\t").map((cell, i) => [keys[i], cell])));
}

const httpRows = readTsv("http-statuses.tsv");
const businessRows = readTsv("business-codes.tsv");

describe("the seed transcription", () => {
  it("has the glossary's 11 HTTP statuses and 9 business codes", () => {
    expect(httpRows).toHaveLength(11);
    expect(businessRows).toHaveLength(9);
  });

  it.each(httpRows)("quotes the HTTP row $status exactly as the seed page prints it", (row) => {
    expect(seedPage).toContain(`${row.status}${row.meaning}${row.description}\n`);
  });

  it.each(businessRows)("quotes the business row $code exactly as the seed page prints it", (row) => {
    expect(seedPage).toContain(`${row.code}${row.httpStatus}"${row.messageExample}"${row.description}${row.suggestedAction}\n`);
  });
});

describe("content/", () => {
  it("loads through the schema with unique ids", () => {
    const ids = listEntries().map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBeGreaterThanOrEqual(20);
  });

  it.each(httpRows)("has /http/$status/ with DOKU's meaning and description word for word", (row) => {
    const entry = getEntry(`http/${row.status}`);
    expect(entry?.official).toMatchObject({ publisher: "DOKU", meaning: row.meaning, description: row.description });
    expect(entry?.httpStatus).toBe(Number(row.status));
  });

  it.each(businessRows)("has the business code $code with DOKU's words, word for word", (row) => {
    const entry = getEntry(`errors/${(row.code ?? "").toLowerCase().replace(/_/g, "-")}`);
    expect(entry?.code).toBe(row.code);
    expect(entry?.httpStatus).toBe(Number(row.httpStatus));
    expect(entry?.official).toEqual({
      publisher: "DOKU",
      httpStatus: Number(row.httpStatus),
      messageExample: row.messageExample,
      description: row.description,
      suggestedAction: row.suggestedAction,
    });
  });

  it("has the error envelope guide", () => {
    expect(listGuides().map((guide) => guide.slug)).toContain("error-envelope");
  });

  // About 170 bodies compiled one after another: well over vitest's default 5 s on a busy two-core machine.
  it("compiles every MDX body", { timeout: 60_000 }, async () => {
    for (const item of [...listEntries(), ...listGuides()]) {
      await expect(compileBody(item.body), item.file).resolves.toEqual(expect.any(String));
    }
  });
});
