import { describe, expect, it } from "vitest";
import { suggestEntryForPath } from "./suggest-entry";

const entries = [
  { code: "429", slug: "429", url: "/http/429/" },
  { code: "INVALID_PARAMETER", slug: "invalid-parameter", url: "/errors/invalid-parameter/" },
];

describe("suggestEntryForPath", () => {
  it.each([
    ["/errors/INVALID_PARAMETER", "INVALID_PARAMETER"],
    ["/errors/invalid_parameter/", "INVALID_PARAMETER"],
    ["/429", "429"],
    ["/http/429.html", "429"],
    ["/codes/429/extra%20", "429"],
  ])("suggests the entry for %s", (pathname, code) => {
    expect(suggestEntryForPath(pathname, entries)?.code).toBe(code);
  });

  it.each(["/", "/nothing/here/", "/%E0%A4%A"])("suggests nothing for %s", (pathname) => {
    expect(suggestEntryForPath(pathname, entries)).toBeUndefined();
  });
});
