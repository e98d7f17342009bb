// The triage note: what it says, that no secret survives into it, and that nothing pasted can become markup in the
// ticket it goes into (links, images, headings, quotes, lists, tables, HTML, bidirectional tricks).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../content/load";
import { toDecodeCatalogue } from "./catalogue";
import { decodePaste } from "./decode";
import { outsideCodeSpans, unescapedMarkup } from "./markdown-test-helpers";
import { triageNote } from "./triage-note";

const content = loadCatalogue();
const catalogue = toDecodeCatalogue(content);
const noteOf = (paste: string) => triageNote(decodePaste(paste, catalogue), (path) => `https://errors.example.com${path}`);

describe("triageNote", () => {
  const note = noteOf(
    'HTTP/1.1 404 Not Found\nAuthorization: Bearer abc.def.ghi\n\n{"responseCode":"4042412","responseMessage":"Invalid Virtual Account Number","virtualAccountData":{"virtualAccountNo":"8889940000000001","partnerReferenceNo":"REF-7781"}}',
  );

  it("has the code, meaning, who acts, next step, retry, identifiers and permalink", () => {
    for (const part of ["- **Code:** `4042412` in `responseCode`", "- **Message:** `Invalid Virtual Account Number`", "Who must act", "Next step", "Safe to retry"]) expect(note).toContain(part);
    expect(note).toContain("- `virtualAccountNo`: `8889940000000001`");
    expect(note).toContain("- `partnerReferenceNo`: `REF-7781`");
    expect(note).toContain("- **Reference:** https://errors.example.com/snap/4042412/");
    expect(note).not.toContain("abc.def.ghi");
  });

  it("ends by saying that automatic masking can miss things, never that nothing was found", () => {
    expect(note.trimEnd().split("\n").at(-1)).toBe("_Values from the response are quoted as code. Automatic masking can miss things: read the note before you send it._");
    expect(note).not.toMatch(/no secrets/i);
  });

  it("masks secrets in any value it quotes: an OTP in a message, a card number in partnerReferenceNo, a phone number in customerNo", () => {
    const leaky = noteOf(
      JSON.stringify({
        responseCode: "4012400",
        responseMessage: "Your OTP is 482913, sent to +62 812-3456-7890",
        virtualAccountData: { partnerReferenceNo: "4111 1111 1111 1111", customerNo: "081234567890" },
      }),
    );
    for (const secret of ["482913", "812-3456-7890", "4111 1111 1111 1111", "081234567890"]) expect(leaky).not.toContain(secret);
    expect(leaky).toContain("`Your OTP is [redacted: otp], sent to [redacted: phone …7890]`");
    expect(leaky).toContain("- `customerNo`: `[redacted: phone …7890]`");
    expect(leaky).toContain("Masked automatically: 1 × One-time password (OTP) or PIN, 1 × Card number, 2 × Phone number.");
  });

  it("cuts a very long value, saying how much it left out", () => {
    const long = noteOf(JSON.stringify({ responseCode: "4012400", responseMessage: "x".repeat(1200) }));
    expect(long).toContain(`\`${"x".repeat(500)}\` (700 more characters not shown)`);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Injection: hostile values planted where a paste's values go into the note.

const PROBES = [
  "![t](https://evil.example/t.png)",
  "[click](javascript:alert(1))",
  "<img src=x onerror=alert(1)>",
  "<script>alert(1)</script>",
  "</textarea><b>bold</b>",
  "<https://evil.example>",
  "https://evil.example/x",
  "www.evil.example",
  "```\ncode\n```",
  "``",
  "`",
  "# Heading",
  "\n# Heading",
  "\n> quote",
  "\n- item",
  "\n1. item",
  "\n| a | b |\n|---|---|",
  "| a | b |",
  "***bold*** __u__ ~~s~~",
  "&#x202E;&lt;b&gt;",
  "\u202Eevil\u202C",
  "\u2066\u2067\u2068\u2069\u200E\u200F\u061C",
  "line\u2028break\u2029",
  "\\",
  "\\`",
  "[x]: https://evil.example",
  "<!-- hidden -->",
];

const hostile = fc.oneof(
  fc.constantFrom(...PROBES),
  fc.string({ unit: fc.constantFrom(..."[]()!<>`*_~|&#-=:/\\ \nabc1\u202E\u2066\u200F"), maxLength: 40 }),
  fc.tuple(fc.constantFrom(...PROBES), fc.constantFrom(...PROBES)).map(([a, b]) => `${a} ${b}`),
);

/** A response with hostile values where the note quotes a paste: code, message, identifiers, a date key, a reason. */
const hostilePaste = fc
  .record({ code: fc.oneof(hostile, fc.constantFrom("4012400", "INVALID_TOKEN")), message: hostile, value: hostile, label: hostile, reason: hostile, shape: fc.nat(3) })
  .map(({ code, message, value, label, reason, shape }) => {
    const body = JSON.stringify({ responseCode: code, responseMessage: message, virtualAccountData: { partnerReferenceNo: value, customerNo: value }, [`${label}Date`]: "2024-01-15T10:00:00+07:00" });
    const status = `HTTP/1.1 401 ${reason.replace(/[\r\n]/g, " ")}`;
    return [
      `${status}\n\n${body}`,
      body,
      `${status}\n\n${JSON.stringify({ error: { code, message, type: value } })}\n${status}\n\n${JSON.stringify({ response_code: code, response_message: message })}`,
      `${code} ${message}`.replace(/[\r\n]/g, " "),
    ][shape] ?? body;
  });

const LINE_FORMS = new RegExp(
  [
    "### DOKU error triage",
    "HTTP status: \\d{3}.*",
    "\\*\\*Response \\d+\\*\\*.*",
    "- \\*\\*(?:Code|Message|Meaning|Detail|Who must act|Next step|Safe to retry|Reference|Problems|Note):\\*\\* .*",
    "> ⚠ .*",
    "No DOKU code found in the response\\.",
    "\\*\\*Identifiers\\*\\*",
    "- Environment: (?:sandbox|production)",
    "- `.*",
    "_Values from the response .*_",
    "",
  ]
    .map((form) => `(?:${form})`)
    .join("|"),
);

/** Our own syntax, taken away so that what is left of a line is quoted or escaped text. */
function withoutOurSyntax(line: string): string {
  return line
    .replace(/^(?:### |> ⚠ |- )/, "")
    .replace(/\*\*[A-Za-z ?0-9]+:?\*\*/g, "")
    .replace(/^_(.*)_$/, "$1");
}

function expectInert(note: string) {
  expect(note).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C\u2028\u2029]/);
  for (const line of note.split("\n")) {
    expect(line, "every line starts with the note's own text").toMatch(new RegExp(`^(?:${LINE_FORMS.source})$`));
    expect(unescapedMarkup(withoutOurSyntax(outsideCodeSpans(line))), line).toEqual([]);
  }
}

describe("triageNote on hostile pastes", () => {
  it.each(PROBES.map((probe) => [probe]))("keeps %j inert wherever it is planted", (probe) => {
    const paste = `HTTP/1.1 401 ${probe.replace(/\n/g, " ")}\n\n${JSON.stringify({ responseCode: probe, responseMessage: probe, virtualAccountData: { partnerReferenceNo: probe }, [`${probe}Date`]: "2024-01-15T10:00:00+07:00" })}`;
    expectInert(noteOf(paste));
  });

  it("never contains an unescaped pasted [, !, <, backtick run or a line of its own (property)", () => {
    fc.assert(
      fc.property(hostilePaste, (paste) => {
        expectInert(noteOf(paste));
      }),
      { numRuns: 400 },
    );
  });
});
