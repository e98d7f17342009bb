// The default share link's explanation: built from a decoded paste with every value redacted, it explains the same
// codes again when the link is opened, for every real response shape in fixtures/.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../content/load";
import { toDecodeCatalogue } from "./catalogue";
import { type DecodeResult, decodePaste } from "./decode";
import { entryOf } from "./findings";
import { SHARED_LIMITS, parseSharedExplanation, restoreExplanation, toSharedExplanation } from "./shared-explanation";

const content = loadCatalogue();
const catalogue = toDecodeCatalogue(content);
const FIXTURES = path.join(import.meta.dirname, "fixtures");
const fixtures = fs
  .readdirSync(FIXTURES)
  .filter((name) => name.endsWith(".txt"))
  .map((name) => ({ name, input: fs.readFileSync(path.join(FIXTURES, name), "utf8") }));

/** What the page shows of a result: responses, findings and their explanation, warnings. */
const shown = (result: DecodeResult) =>
  result.responses.map((response) => ({
    http: response.http,
    warnings: response.warnings,
    findings: response.findings.map((finding) => ({
      kind: finding.kind,
      field: finding.field,
      code: finding.code,
      message: finding.message,
      entry: entryOf(finding)?.id,
      detail: "detail" in finding ? finding.detail : undefined,
      notes: finding.notes.map((note) => note.id),
      problems: finding.kind === "malformed" ? finding.problems : [],
      provider: finding.kind === "other-provider" ? finding.provider : undefined,
      parts: finding.kind === "documented" || finding.kind === "composed" ? finding.snap?.http.status : undefined,
      nearest: "nearest" in finding ? finding.nearest.map((near) => near.id) : [],
    })),
  }));

describe("toSharedExplanation then restoreExplanation", () => {
  it.each(fixtures)("explains $name the same way again", ({ input }) => {
    const original = decodePaste(input, catalogue);
    const { explanation } = toSharedExplanation(original);
    const restored = restoreExplanation(explanation, catalogue);
    expect(shown(restored)).toEqual(shown(original));
    expect(restored.environment).toEqual(original.environment);
    expect(restored.identifiers).toEqual(original.identifiers);
  });

  it("carries neither the paste nor anything but the explanation", () => {
    const paste = 'HTTP/1.1 401 Unauthorized\nAuthorization: Bearer abcdefgh12345678\n\n{"responseCode":"4012400","responseMessage":"Unauthorized. [Signature]","note":"internal detail"}';
    const { explanation } = toSharedExplanation(decodePaste(paste, catalogue));
    expect(explanation).toEqual({
      responses: [{ status: 401, reason: "Unauthorized", findings: [{ field: "responseCode", code: "4012400", message: "Unauthorized. [Signature]" }] }],
      identifiers: [],
    });
  });

  it("redacts what it carries, and says what it removed", () => {
    const paste = JSON.stringify({
      responseCode: "4012400",
      responseMessage: "OTP 482913 sent to 0812-3456-7890",
      virtualAccountData: { partnerReferenceNo: "4111111111111111", customerNo: "628123456789" },
    });
    const { explanation, removed } = toSharedExplanation(decodePaste(paste, catalogue));
    expect(explanation.responses[0]?.findings[0]?.message).toBe("OTP [redacted: otp] sent to [redacted: phone …7890]");
    expect(explanation.identifiers).toEqual([
      ["partnerReferenceNo", "[redacted: card-number …1111]"],
      ["customerNo", "[redacted: phone …6789]"],
    ]);
    expect(removed.map(({ kind, count }) => [kind, count])).toEqual([
      ["otp", 1],
      ["card-number", 1],
      ["phone", 2],
    ]);
    const shared = JSON.stringify(explanation);
    for (const secret of ["482913", "0812-3456-7890", "4111111111111111", "628123456789"]) expect(shared).not.toContain(secret);
  });

  it("says what did not fit, and the page that opens it says so too", () => {
    const paste = Array.from({ length: 23 }, (_, index) => `HTTP/1.1 401 Unauthorized\n\n{"responseCode":"40124${String(index).padStart(2, "0")}"}`).join("\n");
    const { explanation } = toSharedExplanation(decodePaste(paste, catalogue));
    expect(explanation.responses).toHaveLength(SHARED_LIMITS.responses);
    expect(explanation.omitted).toEqual({ responses: 3 });
    expect(restoreExplanation(explanation, catalogue).notices).toEqual(["This link carries the first 20 responses: 3 more were not included."]);
  });
});

describe("parseSharedExplanation", () => {
  it("accepts what toSharedExplanation makes, with a paste", () => {
    const { explanation } = toSharedExplanation(decodePaste('{"responseCode":"4042412","virtualAccountNo":"8889940000000001"}', catalogue));
    const withPaste = { ...explanation, paste: "[redacted: by-sender]" };
    expect(parseSharedExplanation(JSON.parse(JSON.stringify(withPaste)))).toEqual(withPaste);
  });

  it.each([
    ["not an object", "4012400"],
    ["no responses", { identifiers: [] }],
    ["a finding without a code", { responses: [{ findings: [{ field: "text" }] }], identifiers: [] }],
    ["a number that is not true", { responses: [{ findings: [{ field: "responseCode", code: "1", number: 1 }] }], identifiers: [] }],
    ["an identifier that is not a pair", { responses: [], identifiers: [["a"]] }],
    ["an unknown environment", { responses: [], identifiers: [], environment: "staging" }],
    ["a negative count", { responses: [], identifiers: [], omitted: { responses: -1 } }],
    ["a paste that is not text", { responses: [], identifiers: [], paste: 42 }],
  ])("refuses %s", (_what, value) => {
    expect(parseSharedExplanation(value)).toBeUndefined();
  });
});
