import { describe, expect, it } from "vitest";
import { openSearchXml } from "./opensearch";

describe("openSearchXml", () => {
  it("points the browser at the site's search with {searchTerms}, under the base path", () => {
    const xml = openSearchXml({ name: "DOKU Error Reference", description: "Search", absoluteUrl: (path) => `https://example.com/doku-errors${path}` });
    expect(xml).toContain('<Url type="text/html" method="get" template="https://example.com/doku-errors/?q={searchTerms}"/>');
    expect(xml).toContain("<ShortName>DOKU Errors</ShortName>");
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
  });

  it("escapes what XML would misread", () => {
    const xml = openSearchXml({ name: "A & B <x>", description: '"quoted"', absoluteUrl: (path) => `https://example.com/?a=1&b=2${path}` });
    expect(xml).toContain("<LongName>A &#38; B &#60;x&#62;</LongName>");
    expect(xml).not.toMatch(/&(?!#\d+;)/);
  });
});
