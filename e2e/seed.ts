// The seed glossary's rows, read from the verbatim transcription the unit tests check against DOKU's page.
import fs from "node:fs";
import path from "node:path";

function readTsv(file: string): Record<string, string>[] {
  const text = fs.readFileSync(path.join(process.cwd(), "lib/content/fixtures/seed", file), "utf8");
  const [header = "", ...rows] = text.trim().split("\n");
  const keys = header.split("\t");
  return rows.map((row) => Object.fromEntries(row.split("\t").map((cell, i) => [keys[i], cell])));
}

export const seedHttpStatuses = readTsv("http-statuses.tsv").map((row) => ({
  code: row.status ?? "",
  url: `/http/${row.status}/`,
  words: [row.meaning ?? "", row.description ?? ""],
}));

export const seedBusinessCodes = readTsv("business-codes.tsv").map((row) => ({
  code: row.code ?? "",
  url: `/errors/${(row.code ?? "").toLowerCase().replace(/_/g, "-")}/`,
  words: [row.messageExample ?? "", row.description ?? "", row.suggestedAction ?? ""],
}));

export const seedCodes = [...seedHttpStatuses, ...seedBusinessCodes];
