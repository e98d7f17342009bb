import { describe, expect, it } from "vitest";
import { explainSnapCode, type SnapCatalogue } from "./explain-code";
import { parseSnapCode } from "./parse-code";

const catalogue: SnapCatalogue = {
  cases: [
    { code: "401XX00", url: "/snap/401xx00/", title: "Unauthorized", responseMessage: "Unauthorized. [reason]" },
    { code: "404XX12", url: "/snap/404xx12/", title: "Invalid Bill/Virtual Account", responseMessage: "Invalid Bill/Virtual Account [Reason]" },
    { code: "409XX00", url: "/snap/409xx00/", title: "Conflict", responseMessage: "Conflict" },
  ],
  services: [
    { code: "24", name: "API Virtual Account - Inquiry", group: "Virtual account", method: "POST", path: "…/{version}/transfer-va/inquiry", usedByDoku: true },
    { code: "27", name: "API Virtual Account - Create VA", group: "Virtual account", method: "POST", path: "…/{version}/transfer-va/create-va", usedByDoku: true },
  ],
  codes: [
    { code: "4042412", url: "/snap/4042412/", title: "Invalid Bill/Virtual Account" },
    { code: "4042712", url: "/snap/4042712/", title: "Bill not found" },
  ],
  notes: {
    "letter-service-codes": { id: "letter-service-codes", text: "Service codes are not always digits: BCA uses two letters.", sources: [{ title: "BCA", url: "https://example.com/bca" }] },
  },
};

function explain(code: string) {
  const parsed = parseSnapCode(code);
  if (parsed.kind !== "snap") throw new Error(`${code} should parse`);
  return explainSnapCode(parsed, catalogue);
}

describe("explainSnapCode", () => {
  it("names every part of a documented code and links its page", () => {
    const result = explain("4042412");
    expect(result.http).toEqual({ status: 404, reason: "Not Found" });
    expect(result.service.known?.name).toBe("API Virtual Account - Inquiry");
    expect(result.case.entry?.url).toBe("/snap/404xx12/");
    expect(result.documented?.url).toBe("/snap/4042412/");
    expect(result.warnings).toEqual([]);
  });

  it("composes an undocumented code from its parts and offers the nearest documented codes", () => {
    const result = explain("4042512");
    expect(result.documented).toBeUndefined();
    expect(result.case.entry?.code).toBe("404XX12");
    expect(result.warnings[0]).toMatch(/Service 25 is not in the standard's list/);
    expect(result.nearest.map((ref) => ref.code)).toEqual(["4042412", "4042712"]);
  });

  it("explains a bank's letter service code, as BCA's 409US00", () => {
    const result = explain("409US00");
    expect(result.case.entry?.code).toBe("409XX00");
    expect(result.warnings).toEqual(['Service "US" is not in the standard\'s list of service codes (01 to 81).']);
    expect(result.notes.map((note) => note.id)).toEqual(["letter-service-codes"]);
  });

  it("warns about an HTTP status or case the standard does not define", () => {
    expect(explain("4182400").warnings.join(" ")).toMatch(/HTTP 418 does not appear/);
    expect(explain("4012499").warnings.join(" ")).toMatch(/no case 99 for HTTP 401/);
  });
});

describe("explainSnapCode in Indonesian", () => {
  it("warns in the catalogue's language", () => {
    const parsed = parseSnapCode("409US00");
    if (parsed.kind !== "snap") throw new Error("409US00 should parse");
    const result = explainSnapCode(parsed, { ...catalogue, locale: "id" });
    expect(result.warnings).toEqual(['Layanan "US" tidak ada di daftar kode layanan standar (01 sampai 81).']);
  });
});
