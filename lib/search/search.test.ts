// The ranking table: real queries against the real catalogue, each asserting the first result.
// The settings it holds to account (FUSE_OPTIONS, WORDS_SCORE_CUTOFF) are in search.ts.
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../content/load";
import { toSearchRecords } from "./records";
import { RANKING, RANKING_ID } from "./ranking-table";
import { createSearcher } from "./search";

const catalogue = loadCatalogue();
const searcher = createSearcher(toSearchRecords(catalogue));
const first = (query: string) => searcher.search(query).results[0]?.record.id;
const ids = (query: string, limit = 10) => searcher.search(query, limit).results.map((result) => result.record.id);
const indonesian = createSearcher(toSearchRecords(catalogue, "id"));
const idsInIndonesian = (query: string, limit = 10) => indonesian.search(query, limit).results.map((result) => result.record.id);

describe("the ranking table", () => {
  it("has at least 40 queries", () => {
    expect(RANKING.length).toBeGreaterThanOrEqual(40);
  });

  it.each(RANKING)("%s: %s ⇒ %s first", (_kind, query, expected) => {
    expect(first(query), `got ${ids(query, 5).join(", ")}`).toBe(expected);
  });
});

describe("the Indonesian ranking table", () => {
  it.each(RANKING_ID)("%s: %s ⇒ %s first", (_kind, query, expected) => {
    expect(idsInIndonesian(query)[0], `got ${idsInIndonesian(query, 5).join(", ")}`).toBe(expected);
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
