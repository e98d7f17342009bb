// Code spans and escaped text: what a triage note quotes stays text in any Markdown renderer.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { codeSpan, inlineText, markdownText } from "./inert-markdown";
import { outsideCodeSpans } from "./markdown-test-helpers";

describe("codeSpan", () => {
  it.each([
    ["4012400", "`4012400`"],
    ["a`b", "``a`b``"],
    ["``x", "``` ``x ```"],
    ["`", "`` ` ``"],
    [" a ", "`  a  `"],
    ["[x](javascript:alert(1))", "`[x](javascript:alert(1))`"],
    ["", "(empty)"],
  ])("quotes %j as %j", (value, expected) => {
    expect(codeSpan(value)).toBe(expected);
  });

  it("keeps the value on one line and drops bidirectional controls", () => {
    expect(codeSpan("a\n# b\r\n> c\u202Ed\u2066")).toBe("`a # b > cd`");
  });

  it("never lets any text out of its span", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: fc.constantFrom("`", " ", "a", "\n", "[", "<") })), (value) => {
        expect(outsideCodeSpans(codeSpan(value))).toMatch(/^(?:\(empty\))?$/);
      }),
      { numRuns: 500 },
    );
  });
});

describe("markdownText", () => {
  it("escapes every character that can start markup mid-line", () => {
    expect(markdownText("![i](x) <b>*a*_b_ ~c~ | `d` &amp; \\")).toBe("\\!\\[i\\](x) \\<b\\>\\*a\\*\\_b\\_ \\~c\\~ \\| \\`d\\` \\&amp; \\\\");
  });

  it("keeps text on one line, without control or bidirectional characters", () => {
    expect(inlineText("a\r\nb\u0000c\u2028d\u200Fe\u061Cf\tg")).toBe("a b c def\tg");
  });
});
