// The decoder against a folder of real response shapes (fixtures/), plus the cases that must never go wrong.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../content/load";
import { toDecodeCatalogue } from "./catalogue";
import { MAX_DECODED_CHARS, decodePaste } from "./decode";
import { entryOf } from "./findings";

const content = loadCatalogue();
const catalogue = toDecodeCatalogue(content);
const FIXTURES = path.join(import.meta.dirname, "fixtures");

interface ExpectedFinding {
  kind: string;
  field: string;
  code: string;
  entry?: string;
  detail?: string;
  provider?: string;
  /** Ids of the DOKU notes (content/doku-facts.yaml) the finding must carry. */
  notes?: string[];
  /** HTTP-only answers: who answered ("gateway" or "unknown"). */
  answeredBy?: string;
  /** Unknown codes: the guides that mention them. */
  mentionedIn?: string[];
}
interface Expected {
  source: string;
  responses: { http?: number; findings: ExpectedFinding[] }[];
  warnings?: string[];
  identifiers?: [string, string][];
  environment?: string;
  notices?: string[];
  /** Ids of the DOKU notes about a response or the paste as a whole. */
  notes?: string[];
}

const fixtures = fs
  .readdirSync(FIXTURES)
  .filter((name) => name.endsWith(".txt"))
  .map((name) => ({
    name: name.replace(/\.txt$/, ""),
    input: fs.readFileSync(path.join(FIXTURES, name), "utf8"),
    expected: JSON.parse(fs.readFileSync(path.join(FIXTURES, name.replace(/\.txt$/, ".expected.json")), "utf8")) as Expected,
  }));

describe("real response shapes", () => {
  it("has a folder of fixtures", () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(3);
  });

  it.each(fixtures)("$name", ({ input, expected }) => {
    const result = decodePaste(input, catalogue);
    const shown = JSON.stringify(result.responses.map((r) => ({ http: r.http?.status, findings: r.findings.map((f) => [f.kind, f.field, f.code, entryOf(f)?.id]) })));
    expect(result.responses, shown).toHaveLength(expected.responses.length);
    expected.responses.forEach((want, index) => {
      const got = result.responses[index];
      if (want.http !== undefined) expect(got?.http?.status, shown).toBe(want.http);
      expect(got?.findings, shown).toHaveLength(want.findings.length);
      want.findings.forEach((wantFinding, findingIndex) => {
        const finding = got?.findings[findingIndex];
        expect({ kind: finding?.kind, field: finding?.field, code: finding?.code }, shown).toEqual({ kind: wantFinding.kind, field: wantFinding.field, code: wantFinding.code });
        if (wantFinding.entry) expect(finding && entryOf(finding)?.id, shown).toBe(wantFinding.entry);
        if (wantFinding.detail) expect(finding && "detail" in finding ? finding.detail : "").toContain(wantFinding.detail);
        if (wantFinding.provider) expect(finding?.kind === "other-provider" && finding.provider).toBe(wantFinding.provider);
        for (const note of wantFinding.notes ?? []) expect(finding?.notes.map((found) => found.id), shown).toContain(note);
        if (wantFinding.answeredBy) expect(finding?.kind === "http-status" && finding.answeredBy.kind, shown).toBe(wantFinding.answeredBy);
        if (wantFinding.mentionedIn) expect(finding?.kind === "unknown" && finding.mentionedIn.map((guide) => guide.url), shown).toEqual(wantFinding.mentionedIn);
      });
    });
    const warnings = result.responses.flatMap((response) => response.warnings);
    for (const warning of expected.warnings ?? []) expect(warnings.some((text) => text.includes(warning)), JSON.stringify(warnings)).toBe(true);
    for (const [label, value] of expected.identifiers ?? []) expect(result.identifiers).toContainEqual({ label, value });
    if (expected.environment) expect(result.environment).toBe(expected.environment);
    for (const notice of expected.notices ?? []) expect(result.notices.some((text) => text.includes(notice)), JSON.stringify(result.notices)).toBe(true);
    const notes = [...result.notes, ...result.responses.flatMap((response) => response.notes)].map((note) => note.id);
    for (const note of expected.notes ?? []) expect(notes, JSON.stringify(notes)).toContain(note);
  });
});

describe("input that must never go wrong", () => {
  it.each(["", "   \n", "{", "}", "[[[[", "{{{{{{{{{{", "null", "<html><script>alert(1)</script></html>", "\u0000\u0001\u0002binary\u0000", "💳".repeat(1000)])(
    "gives a clear result for %j",
    (input) => {
      const result = decodePaste(input, catalogue);
      expect(result.notices.length + result.responses.length).toBeGreaterThan(0);
    },
  );

  it("reads the first 10 MB of a longer paste, and says how much it did not read", () => {
    const body = `{"responseCode":"4042412","responseMessage":"Invalid Virtual Account Number"}\n`;
    const huge = body + "x".repeat(MAX_DECODED_CHARS) + "\n" + body.repeat(1000);
    const result = decodePaste(huge, catalogue);
    expect(result.notices.find((notice) => notice.includes("were not"))).toMatch(/The first 10\.0 MB \(2 lines\) were read; the last 0\.1 MB \(1,001 lines\) were not/);
    const first = result.responses[0]?.findings[0];
    expect(first && entryOf(first)?.id).toBe("snap/4042412");
    expect(result.extent).toEqual({ chars: huge.length, charsRead: MAX_DECODED_CHARS, lines: 2 });
  });

  it("keeps hostile strings as data: nothing it returns holds markup the input did not", () => {
    const input = '{"responseCode":"4012400","responseMessage":"<img src=x onerror=alert(1)> [javascript:alert(1)]"}';
    const result = decodePaste(input, catalogue);
    const strings = JSON.stringify(result).match(/"(?:[^"\\]|\\.)*"/g) ?? [];
    for (const text of strings.map((quoted) => JSON.parse(quoted) as string)) {
      if (text.includes("<")) expect(input).toContain(text.slice(text.indexOf("<"), text.indexOf("<") + 20));
    }
  });

  it("explains a code the reference does not know from its structure, with the nearest codes", () => {
    const result = decodePaste('{"responseCode":"4042499","responseMessage":"Whatever"}', catalogue);
    const [finding] = result.responses[0]?.findings ?? [];
    expect(finding?.kind === "composed" && finding.snap.service.known?.name).toBe("API Virtual Account - Inquiry");
  });
});

describe("a code with a status line from a server", () => {
  it("is not said to be made by an SDK before sending", () => {
    const result = decodePaste(fs.readFileSync(path.join(FIXTURES, "curl-500-from-doku-host.txt"), "utf8"), catalogue);
    const notes = result.responses.flatMap((response) => response.findings.flatMap((finding) => finding.notes.map((note) => note.id)));
    expect(notes).not.toContain("sdk-made-500-case-00");
    expect(decodePaste('{"responseCode":"5002700","responseMessage":"Invalid Mandatory Field partnerServiceId"}', catalogue).responses[0]?.findings[0]?.notes.map((note) => note.id)).toContain("sdk-made-500-case-00");
  });
});
