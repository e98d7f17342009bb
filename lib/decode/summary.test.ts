import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../content/load";
import { toDecodeCatalogue } from "./catalogue";
import { summariseCodes } from "./code-table";
import { decodePaste } from "./decode";
import { mixedLog } from "./fixtures/logs/mixed-log";
import { decodeSummary } from "./summary";

const catalogue = toDecodeCatalogue(loadCatalogue());
const summary = (text: string) => {
  const result = decodePaste(text, catalogue);
  return decodeSummary(summariseCodes(result), result.responses.length);
};

describe("decodeSummary", () => {
  it("names the codes of one response in one line", () => {
    expect(summary('{"responseCode":"4017300","responseMessage":"Unauthorized. [Signature]"}')).toBe("1 code explained: 4017300.");
  });

  it("counts a log's responses and names its most frequent codes, saying how many more there are", () => {
    const line = summary(mixedLog(300).text);
    expect(line).toMatch(/^\d+ responses, 10 codes: 4017300 ×16, curl 28 ×13, .+, and 5 more\.$/);
    expect(line.length).toBeLessThan(200);
  });

  it("says when no code was found", () => {
    expect(summary("hello there")).toBe("No DOKU code found in this paste.");
  });
});
