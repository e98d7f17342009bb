import { describe, expect, it } from "vitest";
import type { Entry } from "./load";
import { relatedEntries } from "./related";

function entry(id: string, family: Entry["family"], httpStatus: number, related: string[] = []): Entry {
  return { id, family, httpStatus, related } as Entry;
}

describe("relatedEntries", () => {
  const http400 = entry("http/400", "http", 400);
  const http422 = entry("http/422", "http", 422);
  const invalidParameter = entry("errors/invalid-parameter", "business", 400, ["errors/validation-error"]);
  const validationError = entry("errors/validation-error", "business", 422);
  const all = [http400, http422, invalidParameter, validationError];

  it("links a business code to its HTTP status and the status back to the code", () => {
    expect(relatedEntries(invalidParameter, all).map((e) => e.id)).toContain("http/400");
    expect(relatedEntries(http400, all).map((e) => e.id)).toEqual(["errors/invalid-parameter"]);
  });

  it("follows a frontmatter link both ways", () => {
    expect(relatedEntries(invalidParameter, all).map((e) => e.id)).toEqual(["errors/validation-error", "http/400"]);
    expect(relatedEntries(validationError, all).map((e) => e.id)).toEqual(["http/422", "errors/invalid-parameter"]);
  });

  it("never links an entry to itself or to unrelated statuses", () => {
    expect(relatedEntries(http422, all).map((e) => e.id)).toEqual(["errors/validation-error"]);
  });
});
