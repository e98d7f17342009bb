// DOKU's non-SNAP families checked against the reference document itself, never against the content files' own words.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { getEntry, listEntriesOf } from "./load";
import {
  referenceBillerCodes,
  referenceCardCodes,
  referenceCardReportCodes,
  referenceStatusValues,
  referenceV1Codes,
} from "./reference-families";
import { slugForCode } from "./slug";

const reference = fs.readFileSync(path.join(import.meta.dirname, "fixtures/reference/doku-snap-facts.md"), "utf8");
const biller = referenceBillerCodes(reference);
const v1 = referenceV1Codes(reference);
const cards = referenceCardCodes(reference);
const cardReport = referenceCardReportCodes(reference);
const statuses = referenceStatusValues(reference);

/** Everything a page quotes: its official words and every "sources differ" line. */
function quotedTexts(id: string): string[] {
  const entry = getEntry(id);
  if (!entry) return [];
  return [...Object.values(entry.official).filter((value): value is string => typeof value === "string"), ...entry.differences.map((d) => d.says)];
}

describe("the reference's other families", () => {
  it("has the confirmed rows and none of the cut-off ones", () => {
    expect(biller.map((row) => row.code)).toEqual(["0000", "5586", "U000", "U001", "U002", "U003", "U004", "U101", "U102", "U103"]);
    expect(v1.map((row) => row.code)).toEqual(["0000", "3000", "3001", "3002", "3004", "3006", "9999"]);
    expect(cards).toHaveLength(16);
    expect(cardReport.map((row) => row.code).at(-1)).toBe("0041");
    expect(statuses).toEqual(["PENDING", "SUCCESS", "FAILED", "EXPIRED", "REFUNDED", "TIMEOUT", "REDIRECT"]);
  });
});

describe("DOKU Biller pages", () => {
  it("exist for exactly the confirmed codes", () => {
    expect(listEntriesOf("biller").map((entry) => entry.code).sort()).toEqual(biller.map((row) => row.code).sort());
  });

  it.each(biller)("quote $code exactly", ({ code, text }) => {
    expect(getEntry(`biller/${slugForCode(code)}`)?.official.meaning).toBe(text);
  });
});

describe("legacy V1 pages", () => {
  it("exist for exactly the confirmed codes", () => {
    expect(listEntriesOf("legacy-v1").map((entry) => entry.code).sort()).toEqual(v1.map((row) => row.code));
  });

  it.each(v1)("give $code the SDKs' words and its SNAP code $snapCode", ({ code, phpMessage, nodeMessage, snapCode }) => {
    const entry = getEntry(`legacy-v1/${code}`);
    expect(entry?.official).toMatchObject({ publisher: "DOKU SDK", meaning: phpMessage, snapCode });
    expect(entry?.differences.some((difference) => difference.says.includes(nodeMessage))).toBe(true);
  });
});

describe("card response code pages", () => {
  const reportOnly = cardReport.filter((row) => !cards.some((card) => `00${card.code}` === row.code));

  const confirmed = [...cards.map((row) => row.code), ...reportOnly.map((row) => row.code.slice(2))];
  // Codes past the rows of DOKU's tables that could be read (reference 4.6): their meaning comes from a public
  // ISO 8583 table, never from DOKU, and the page must say so.
  const beyondDoku = listEntriesOf("card").filter((entry) => !confirmed.includes(entry.code));

  it("exist for every confirmed row of both DOKU copies", () => {
    expect(listEntriesOf("card").map((entry) => entry.code)).toEqual(expect.arrayContaining(confirmed));
  });

  it("add codes beyond DOKU's readable rows only past the last row read, and the common declines among them", () => {
    expect(beyondDoku.every((entry) => Number(entry.code) > 43)).toBe(true);
    expect(beyondDoku.map((entry) => entry.code)).toEqual(expect.arrayContaining(["51", "54", "55", "57", "61", "91", "96"]));
  });

  it.each(beyondDoku.map((entry) => [entry.code, entry] as const))(
    "quote no DOKU words for %s, cite a public ISO 8583 table and say DOKU's wording was not read",
    (_code, entry) => {
      expect(entry.official).toEqual({ publisher: "DOKU" });
      const publicSources = entry.sources.filter((source) => !/doku\.com/.test(source.url));
      expect(publicSources.length).toBeGreaterThan(0);
      expect(publicSources.every((source) => source.note?.includes(`Code ${entry.code}: "`))).toBe(true);
      expect(entry.body.replace(/\s+/g, " ")).toContain("DOKU's own wording for this code was not read");
      expect(entry.aliases).toContain(`00${entry.code}`);
    },
  );

  it.each(cards)("quote $code from DOKU's response-code page exactly, with its category", ({ code, text, category }) => {
    const entry = getEntry(`card/${code}`);
    expect(entry?.official.meaning).toBe(text);
    // The reference shortens "Generic response codes" to "Generic" after its first row.
    expect(entry?.official.category).toBe(category === "Generic" ? "Generic response codes" : category);
  });

  it.each(cardReport)("quote the transaction report's $code exactly and find it by that spelling", ({ code, text }) => {
    const id = `card/${code.slice(2)}`;
    expect(quotedTexts(id).some((quoted) => quoted.includes(text))).toBe(true);
    expect(getEntry(id)?.aliases).toContain(code);
  });
});

describe("transaction status pages", () => {
  it("exist for every documented status", () => {
    expect(listEntriesOf("status").map((entry) => entry.code).sort()).toEqual([...statuses].sort());
  });

  it("show DOKU's conflict on whether FAILED is final, without taking a side as fact", () => {
    const failed = getEntry("status/failed");
    expect(failed?.official.finalStatus).toBeUndefined();
    const says = failed?.differences.map((difference) => difference.says).join("\n") ?? "";
    expect(says).toMatch(/\bNO\b/);
    expect(says).toMatch(/\bYES\b/);
  });

  it.each(["SUCCESS", "EXPIRED", "REFUNDED"])("marks %s final as DOKU does", (status) => {
    expect(getEntry(`status/${status.toLowerCase()}`)?.official.finalStatus).toBe("Yes");
  });
});

describe("the non-SNAP error body", () => {
  it("has only the one community-observed code, labelled as such", () => {
    expect(listEntriesOf("non-snap").map((entry) => entry.code)).toEqual(["invalid_signature"]);
    expect(getEntry("non-snap/invalid-signature")?.official).toEqual({
      publisher: "Community report",
      messageExample: "Invalid Header Signature",
      errorType: "invalid_request_error",
    });
  });
});
