// Every page a signature finding links to exists, and so does its #anchor (a heading of that page's body).
import { describe, expect, it } from "vitest";
import { listEntries, listGuides } from "../content/load";
import { PAGES } from "./links";
import { SIGNATURE_CODES } from "./related-codes";

/** The id components/mdx-body.tsx gives a plain-text heading. */
const anchorFor = (heading: string) => heading.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");

const pages = new Map<string, string>([...listEntries(), ...listGuides()].map((page) => [page.url, page.body]));

describe("signature links", () => {
  it.each(Object.entries(PAGES))("%s points at a page (and heading) that exists", (_, link) => {
    const [path = "", anchor] = link.href.split("#");
    expect(pages.has(path), link.href).toBe(true);
    if (anchor) {
      const headings = [...(pages.get(path) ?? "").matchAll(/^#{2,3} (.+)$/gm)].map((match) => anchorFor(match[1] ?? ""));
      expect(headings, link.href).toContain(anchor);
    }
  });

  it("every code page that links to the signature check exists", () => {
    const ids = new Set(listEntries().map((entry) => entry.id));
    for (const id of SIGNATURE_CODES.keys()) expect(ids.has(id), id).toBe(true);
  });

  it("every code whose aliases speak of a signature links to the check", () => {
    const bySignature = listEntries().filter((entry) => entry.aliases.some((alias) => /signature/i.test(alias)));
    expect(bySignature.length).toBeGreaterThan(0);
    for (const entry of bySignature) expect(SIGNATURE_CODES.has(entry.id), entry.id).toBe(true);
  });
});
