import { describe, expect, it } from "vitest";
import { normaliseCode, notesForMalformedCode, parseSnapCode } from "./parse-code";

describe("parseSnapCode", () => {
  it.each([
    ["4012400", 401, "24", "00", "401XX00"],
    [4012400, 401, "24", "00", "401XX00"],
    ["  4042412\n", 404, "24", "12", "404XX12"],
    ['"2007300"', 200, "73", "00", "200XX00"],
    ["409us00", 409, "US", "00", "409XX00"],
    ["200Q500", 200, "Q5", "00", "200XX00"],
    ["401-24-00", 401, "24", "00", "401XX00"],
    ["401 73 01", 401, "73", "01", "401XX01"],
  ])("splits %j into HTTP %i, service %s, case %s", (input, httpStatus, serviceCode, caseCode, casePattern) => {
    expect(parseSnapCode(input)).toMatchObject({ kind: "snap", httpStatus, serviceCode, caseCode, casePattern });
  });

  it("says a 6-character code is one short, and asks for the note on DOKU's SDK-made codes", () => {
    const result = parseSnapCode("500700");
    expect(result.kind).toBe("malformed");
    expect(result.kind === "malformed" && result.problems.join(" ")).toMatch(/6 characters.*has 7/);
    expect(notesForMalformedCode("500700")).toEqual(["sdk-six-character-code"]);
    expect(notesForMalformedCode("400")).toEqual(["caller-made-three-digit-code"]);
    expect(notesForMalformedCode("40124")).toEqual([]);
  });

  it.each([
    ["9992400", /"999".*not an HTTP status/],
    ["0012400", /"001".*not an HTTP status/],
    ["40124AB", /"AB".*must be digits/],
    ["", /No code/],
    ["hello world!", /characters a SNAP code never has/],
    ["40124000", /8 characters/],
    ["INVALID_TOKEN", /"INV".*not an HTTP status/],
  ])("says what is wrong with %j", (input, problem) => {
    const result = parseSnapCode(input);
    expect(result.kind).toBe("malformed");
    expect(result.kind === "malformed" && result.problems.join(" ")).toMatch(problem);
  });

  it.each([null, undefined, {}, [], Number.NaN, Number.POSITIVE_INFINITY])("never throws on %j", (input) => {
    expect(parseSnapCode(input).kind).toBe("malformed");
  });

  it("says what is wrong in Indonesian when asked", () => {
    const result = parseSnapCode("500700", "id");
    expect(result.kind === "malformed" && result.problems).toEqual(["6 karakter: kode SNAP punya 7 (status HTTP 3 + kode layanan 2 + kode kasus 2)."]);
    expect(parseSnapCode("", "id")).toMatchObject({ problems: ["Tidak ada kode yang diberikan."] });
  });

  it("normalises case, quotes and separators", () => {
    expect(normaliseCode(" '409us00' ")).toBe("409US00");
  });
});
