// The ranking table: real queries against the real catalogue, each asserting the first result.
// The settings it holds to account (FUSE_OPTIONS, WORDS_SCORE_CUTOFF) are in search.ts.
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../content/load";
import { toSearchRecords } from "./records";
import { createSearcher } from "./search";

const searcher = createSearcher(toSearchRecords(loadCatalogue()));
const first = (query: string) => searcher.search(query).results[0]?.record.id;
const ids = (query: string, limit = 10) => searcher.search(query, limit).results.map((result) => result.record.id);

const RANKING: [kind: string, query: string, expected: string][] = [
  // Codes with typos, any case, any separator
  ["typo", "INVALD_TOKN", "errors/invalid-token"],
  ["typo", "invalid_paramter", "errors/invalid-parameter"],
  ["typo", "MERCHANT_NOT_ACTVE", "errors/merchant-not-active"],
  ["typo", "duplicat transacton", "errors/duplicate-transaction"],
  ["typo", "transacton not found", "errors/transaction-not-found"],
  ["typo", "too many reqests", "errors/too-many-requests"],
  ["typo", "servr error", "errors/server-error"],
  ["separator", "invalid-token", "errors/invalid-token"],
  ["separator", "maintenance mode", "errors/maintenance-mode"],
  // Numbers, matched exactly
  ["number", "401", "http/401"],
  ["number", "404", "http/404"],
  ["number", "429", "http/429"],
  ["number", "503", "http/503"],
  ["number", "0005", "card/05"],
  ["number", "05", "card/05"],
  ["number", "3004", "legacy-v1/3004"],
  ["number", "5586", "biller/5586"],
  ["number", "5504", "guide/non-snap-responses"],
  // SNAP codes: documented, case patterns, composed, spaced
  ["snap", "4012400", "snap/4012400"],
  ["snap", "4042412", "snap/4042412"],
  ["snap", "2002400", "snap/2002400"],
  ["snap", "404xx18", "snap/404xx18"],
  ["snap", "401 24 00", "snap/4012400"],
  ["snap", "409US00", "snap/409xx00"],
  ["snap", "4032499", "service/24"],
  // Other families by code
  ["code", "U001", "biller/u001"],
  ["code", "u101", "biller/u101"],
  ["code", "FAILED", "status/failed"],
  ["code", "refunded", "status/refunded"],
  ["code", "invalid_signature", "non-snap/invalid-signature"],
  // Messages copied from a log
  ["message", "amount is required", "errors/invalid-parameter"],
  ["message", "Access token is invalid", "errors/invalid-token"],
  ["message", "Email format is invalid", "errors/validation-error"],
  ["message", "Transaction ID not found", "errors/transaction-not-found"],
  ["message", "Service temporarily unavailable", "errors/maintenance-mode"],
  ["message", "Invalid Header Signature", "non-snap/invalid-signature"],
  ["message", "Unauthorized. [Signature]", "snap/4012400"],
  ["message", "Inconsistent Request", "snap/404xx18"],
  ["message", "Invalid Mandatory Field", "snap/400xx02"],
  ["message", "Invalid Field Format", "snap/400xx01"],
  ["message", "Exceed limit KWh.", "biller/u103"],
  ["message", "Billing Was Expired", "snap/4032400"],
  // Phrases
  ["phrase", "merchant inactive", "errors/merchant-not-active"],
  ["phrase", "insufficient funds", "snap/403xx14"],
  ["phrase", "pick up card", "card/04"],
  ["phrase", "va not found", "snap/404xx12"],
  ["phrase", "paid bill", "snap/404xx14"],
  ["phrase", "signature mismatch", "non-snap/invalid-signature"],
  ["phrase", "External ID conflict", "snap/409xx00"],
  ["phrase", "customer cancelled", "snap/404xx04"],
  ["phrase", "need to request otp", "snap/404xx06"],
  ["phrase", "partial approval", "card/10"],
  // Bahasa Indonesia words that appear in the sources
  ["indonesian", "saldo tidak cukup", "snap/403xx14"],
  ["indonesian", "tagihan sudah dibayar", "biller/u101"],
  ["indonesian", "kadaluwarsa", "biller/u102"],
];

describe("the ranking table", () => {
  it("has at least 40 queries", () => {
    expect(RANKING.length).toBeGreaterThanOrEqual(40);
  });

  it.each(RANKING)("%s: %s ⇒ %s first", (_kind, query, expected) => {
    expect(first(query), `got ${ids(query, 5).join(", ")}`).toBe(expected);
  });
});

describe("code-like queries", () => {
  it("match numbers exactly: 401 never finds 404 or 400", () => {
    const found = searcher.search("401", 50).results;
    expect(found.every((result) => result.record.httpStatus === 401 || result.via === "words")).toBe(true);
    expect(ids("401", 50)).not.toContain("http/404");
  });

  it("offer to explain a SNAP code no page documents, and not one that has a page", () => {
    expect(searcher.search("409US00").explainCode).toBe("409US00");
    expect(searcher.search("500700").explainCode).toBe("500700");
    expect(searcher.search("4012400").explainCode).toBeUndefined();
  });

  it("find codes by their start", () => {
    expect(ids("4012")).toEqual(expect.arrayContaining(["snap/4012400", "snap/4012701"]));
    expect(ids("INVALID").slice(0, 3).sort()).toEqual(["errors/invalid-parameter", "errors/invalid-token", "non-snap/invalid-signature"]);
  });

  it("highlight the matched part of a code", () => {
    const [result] = searcher.search("4012").results;
    expect(result?.highlights[0]).toEqual({ key: "code", value: "4012400", indices: [[0, 3]] });
  });
});

describe("any input", () => {
  it.each(["", "   ", "(", "[", "\\", ".*", "<script>alert(1)</script>", "'; DROP TABLE", "💳", "a".repeat(10_000)])("never throws on %j", (query) => {
    expect(() => searcher.search(query)).not.toThrow();
  });

  it("gives nothing for an empty query", () => {
    expect(searcher.search("  ")).toEqual({ results: [], nearest: [] });
  });

  it("offers the nearest codes when nothing matches", () => {
    const outcome = searcher.search("INVALID_TOKNE_EXPIRD");
    expect(outcome.results).toEqual([]);
    expect(outcome.nearest.map((record) => record.id)).toContain("errors/invalid-token");
  });

  it("keeps to the limit", () => {
    expect(searcher.search("error", 3).results).toHaveLength(3);
  });
});
