import { describe, expect, it } from "vitest";
import { problemDetailsJson, problemDetailsTags, replaceProblemDetailsTags } from "./problem-details";

const entry = { code: "MERCHANT_NOT_ACTIVE", title: "Merchant not active", url: "/errors/merchant-not-active/" };
const absoluteUrl = (path: string) => `https://errors.example.com/base${path}`;
const tag = '<ProblemDetailsExample entry="errors/merchant-not-active" status="502" detail="Refused: account not active." instance="/orders/1/payment" />';

describe("problem details examples", () => {
  it("reads a complete tag", () => {
    expect(problemDetailsTags(`Before.\n\n${tag}\n\nAfter.`)).toEqual([
      { tag, example: { entry: "errors/merchant-not-active", status: 502, detail: "Refused: account not active.", instance: "/orders/1/payment" } },
    ]);
  });

  it.each([
    ['<ProblemDetailsExample entry="errors/x" status="502" />', 'needs detail="…", instance="…"'],
    ['<ProblemDetailsExample entry="errors/x" status="302" detail="d" instance="/i" />', 'status="302" is not an HTTP error status (400 to 599)'],
    ['<ProblemDetailsExample entry="errors/x" status="five" detail="d" instance="/i" />', 'status="five" is not an HTTP error status (400 to 599)'],
  ])("says what is wrong with %s", (bad, problem) => {
    expect(problemDetailsTags(bad)).toEqual([{ tag: bad, problem }]);
  });

  it("makes an RFC 9457 body whose type is the entry's page, under the site's address, with the entry's title and code", () => {
    const [item] = problemDetailsTags(tag);
    if (!item || !("example" in item)) throw new Error("expected an example");
    expect(JSON.parse(problemDetailsJson(item.example, entry, absoluteUrl))).toEqual({
      type: "https://errors.example.com/base/errors/merchant-not-active/",
      title: "Merchant not active",
      status: 502,
      detail: "Refused: account not active.",
      instance: "/orders/1/payment",
      dokuResponseCode: "MERCHANT_NOT_ACTIVE",
    });
  });

  it("replaces complete tags and leaves a broken one for the loader to report", () => {
    const broken = '<ProblemDetailsExample entry="errors/x" />';
    expect(replaceProblemDetailsTags(`${tag}\n${broken}`, (example) => `[${example.status}]`)).toBe(`[502]\n${broken}`);
  });
});
