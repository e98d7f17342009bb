// Properties of the decoder over generated input: it never throws, and it never returns markup the input did not hold.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../content/load";
import { toDecodeCatalogue } from "./catalogue";
import { decodePaste } from "./decode";
import { triageNote } from "./triage-note";

const content = loadCatalogue();
const catalogue = toDecodeCatalogue(content);

/** Every string inside a value, however deep. */
function stringsIn(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value && typeof value === "object") return Object.values(value).flatMap(stringsIn);
  return [];
}

/** Catalogue text is ours and may quote "<" (e.g. "< 400"); only text that came from the input is checked. */
const ourTexts = new Set(stringsIn(catalogue));

const markup = fc.constantFrom("<script>alert(1)</script>", '<img src=x onerror="alert(1)">', "javascript:alert(1)", "</textarea><b>", "<!--", "<svg/onload=alert(1)>");
const codeLike = fc.constantFrom("4012400", "4042412", "409US00", "500700", "INVALID_TOKEN", "invalid_signature", "FAILED", "3000", "U001", "429");

/** Pastes shaped like real ones, with hostile strings and random codes planted in them. */
const responseLike = fc
  .record({ code: fc.oneof(codeLike, fc.string()), message: fc.oneof(markup, fc.string()), status: fc.integer({ min: 100, max: 599 }), extra: fc.jsonValue() })
  .chain(({ code, message, status, extra }) =>
    fc.constantFrom(
      JSON.stringify({ responseCode: code, responseMessage: message, additionalInfo: extra }),
      `HTTP/1.1 ${status} X\nContent-Type: application/json\n\n${JSON.stringify({ response_code: code, response_message: message })}`,
      `< HTTP/1.1 ${status} X\n< A: b\n<\n{"error":{"code":${JSON.stringify(code)},"message":${JSON.stringify(message)}}}`,
      `log ${message} resp={'responseCode': '${code}'} ${message}`,
      JSON.stringify({ responseCode: code, responseMessage: message }).slice(0, 20),
      `${code} ${message}`,
    ),
  );

describe("decodePaste, for any input", () => {
  it("never throws, on arbitrary text, JSON and response-shaped pastes", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: "grapheme" }), fc.json(), responseLike), (input) => {
        const result = decodePaste(input, catalogue);
        expect(Array.isArray(result.responses)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it("returns no markup that was not in the input, and the triage note neither", () => {
    fc.assert(
      fc.property(responseLike, (input) => {
        const result = decodePaste(input, catalogue);
        // Codes are shown normalised (upper case, no spaces or separators), so compare the same way.
        // A value read from JSON has its escapes undone ("<A\\/" in the paste is "<A\/" in the value): fold both forms.
        const fold = (text: string) => text.toLowerCase().replace(/[\s._-]+/g, "");
        const folded = fold(input) + "\n" + fold(input.replace(/\\(.)/g, "$1"));
        const texts = [...stringsIn(result), triageNote(result, (path) => `https://example.com${path}`)];
        for (const text of texts.flatMap((value) => value.split("\n"))) {
          if (!text.includes("<") || ourTexts.has(text)) continue;
          // Every tag-like opening ("<img", "</b", "<!--") must be a piece of the paste: the decoder quotes, never builds markup.
          for (const piece of text.match(/<[A-Za-z!/][^\s<>"'`]{0,12}/g) ?? []) expect(folded).toContain(piece.toLowerCase().replace(/[._-]+/g, ""));
        }
      }),
      { numRuns: 300 },
    );
  });
});
