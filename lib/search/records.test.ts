import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../content/load";
import { plainText, sectionText } from "./plain-text";
import { toSearchRecords } from "./records";

const catalogue = loadCatalogue();
const records = toSearchRecords(catalogue);

describe("search records", () => {
  it("cover every entry, service and guide once, each with its permalink", () => {
    expect(records).toHaveLength(catalogue.entries.length + catalogue.services.length + catalogue.guides.length);
    expect(new Set(records.map((record) => record.id)).size).toBe(records.length);
    const entry = records.find((record) => record.id === "errors/invalid-parameter");
    expect(entry).toMatchObject({ url: "/errors/invalid-parameter/", code: "INVALID_PARAMETER", httpStatus: 400, family: "Business error codes" });
    expect(entry?.message).toContain("amount is required");
    expect(records.find((record) => record.id === "service/24")).toMatchObject({ url: "/snap/services/#service-24", title: "API Virtual Account - Inquiry" });
    expect(records.find((record) => record.id === "card/05")?.httpStatus).toBeUndefined();
  });

  it("carry plain words, no markup", () => {
    for (const record of records) expect(`${record.details} ${record.meaning}`, record.id).not.toMatch(/\]\(|```|^#/);
  });

  it("let a guide be found by the codes it mentions", () => {
    expect(records.find((record) => record.id === "guide/non-snap-responses")?.aliases).toContain("5504");
  });
});

describe("Indonesian search records", () => {
  const indonesian = toSearchRecords(catalogue, "id");

  it("are the same records, codes and unprefixed paths as the English ones, and keep every English alias", () => {
    const pick = ({ id, url, code, httpStatus }: (typeof records)[number]) => ({ id, url, code, httpStatus });
    expect(indonesian.map(pick)).toEqual(records.map(pick));
    records.forEach((record, index) => expect(indonesian[index]?.aliases, record.id).toEqual(expect.arrayContaining(record.aliases)));
  });

  it("read in Indonesian, and keep the publisher's words as published beside ours", () => {
    const entry = indonesian.find((record) => record.id === "snap/403xx14");
    expect(entry).toMatchObject({ title: "Dana tidak mencukupi", family: "Kode kasus SNAP" });
    expect(entry?.message).toContain("Insufficient Funds");
    expect(entry?.message).toContain("Dana tidak mencukupi");
    expect(entry?.details).toMatch(/saldo/i);
    expect(indonesian.find((record) => record.id === "service/24")).toMatchObject({ title: "API Virtual Account - Inquiry", family: "Kode layanan SNAP" });
    expect(indonesian.find((record) => record.id === "guide/doku-notes")?.title).toBe(catalogue.guides.find((guide) => guide.slug === "doku-notes")?.id_ID.title);
  });
});

describe("plainText", () => {
  it("keeps the words of links, lists and code, and the underscores of codes", () => {
    expect(plainText("- See [4042412](/snap/4042412/) and `INVALID_TOKEN`.\n\n**Bold** > quote")).toBe("See 4042412 and INVALID_TOKEN. Bold > quote");
  });

  it("keeps every character of inline code: bars, stars, angle brackets and the spaces inside", () => {
    expect(plainText("Sign `client_ID|X-TIMESTAMP` and `*_PASS`, not `<RESPONSECODE>` or `` a`b ``.")).toBe(
      "Sign client_ID|X-TIMESTAMP and *_PASS, not <RESPONSECODE> or a`b.",
    );
    expect(plainText("| `a | b` | c |")).toBe("a | b c");
  });

  it("reads one section of a body", () => {
    expect(sectionText("## What it means\n\nA.\n\n## Common causes\n\n- B\n- C\n\n## How to fix it\n\nD", "Common causes")).toBe("B C");
  });
});
