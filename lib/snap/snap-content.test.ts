// The SNAP content checked against the reference document itself, never against the content files' own words.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { listEntriesOf, listServices } from "../content/load";
import { SERVICE_WORDS_ID } from "../i18n/snap";
import { referenceCases, referenceServices } from "./reference-tables";

const reference = fs.readFileSync(path.join(import.meta.dirname, "../content/fixtures/reference/doku-snap-facts.md"), "utf8");
const cases = referenceCases(reference);
const services = referenceServices(reference);

describe("the SNAP reference tables", () => {
  it("list all 63 generic cases and 81 services", () => {
    expect(cases).toHaveLength(63);
    expect(services).toHaveLength(81);
  });
});

describe("SNAP content", () => {
  it("has a page for each of the 63 generic cases", () => {
    expect(listEntriesOf("snap-case").map((entry) => entry.code).sort()).toEqual(cases.map((row) => row.code).sort());
  });

  it.each(cases)("quotes case $code exactly as ASPI writes it", (row) => {
    const entry = listEntriesOf("snap-case").find((candidate) => candidate.code === row.code);
    expect(entry?.official).toMatchObject({ publisher: "ASPI", category: row.category, responseMessage: row.responseMessage, description: row.description });
    expect(entry?.httpStatus).toBe(Number(row.code.slice(0, 3)));
  });

  it("marks ASPI's typos as sic instead of correcting them", () => {
    const sic = Object.fromEntries(listEntriesOf("snap-case").map((entry) => [entry.code, entry.sic]));
    expect(sic["403XX13"]).toContain("Cardholer");
    expect(sic["405XX01"]).toContain("Opearation");
  });

  it("names all 81 services exactly, with method and path", () => {
    expect(listServices()).toHaveLength(81);
    for (const row of services) {
      expect(listServices().find((service) => service.code === row.code), row.code).toMatchObject({ name: row.name, method: row.method, path: row.path });
    }
  });
});

describe("the SNAP services in Indonesian", () => {
  it("have our Indonesian name for every family and every DOKU operation the content lists", () => {
    const groups = [...new Set(listServices().map((service) => service.group))];
    const operations = listServices().flatMap((service) => (service.doku ? [service.doku.operation] : []));
    expect(groups.filter((group) => !(group in SERVICE_WORDS_ID.groups))).toEqual([]);
    expect(operations.filter((operation) => !(operation in SERVICE_WORDS_ID.operations))).toEqual([]);
  });
});
