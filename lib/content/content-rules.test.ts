// Rules that every content file must keep, checked over all of content/ rather than file by file: each one holds
// a fix of issue 12 (a data mistake or a risky sentence) so that no page can bring it back.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_CONTENT_DIR, type Entry, getEntry, listEntries, listGuides } from "./load";
import { outcomeOf } from "./schema";

const entries = listEntries();
const guides = listGuides();

/** Every file under content/, as raw text: frontmatter, body, the services YAML and the README. */
function contentFiles(dir: string = DEFAULT_CONTENT_DIR): { file: string; text: string }[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((item) => {
    const full = path.join(dir, item.name);
    if (item.isDirectory()) return contentFiles(full);
    return [{ file: path.relative(DEFAULT_CONTENT_DIR, full), text: fs.readFileSync(full, "utf8") }];
  });
}

/** Our own words on a page: title, summary, body and retry reason. */
function ourProse(entry: Entry): string {
  return [entry.title, entry.summary, entry.retry.reason, entry.body].join("\n");
}

/** Markdown line breaks are not word breaks: compare prose with its whitespace collapsed. */
const flat = (text: string) => text.replace(/\s+/g, " ");

/** Services whose calls move no money, so a 429 or 5xx on them may be resent as is (see content/README.md). */
const SERVICES_SAFE_TO_RESEND = new Set(["24", "73", "74"]);

function isServerOrRateLimit(entry: Entry): boolean {
  return entry.httpStatus === 429 || (entry.httpStatus ?? 0) >= 500;
}

describe("content rules", () => {
  it("files every HTTP 202 code as pending, never as a success", () => {
    const accepted = entries.filter((entry) => entry.httpStatus === 202);
    expect(accepted.length).toBeGreaterThan(0);
    for (const entry of accepted) expect(outcomeOf(entry), entry.file).toBe("pending");
  });

  it("never says 'retry: yes' after a 429 or 5xx, except on a SNAP code of a service that moves no money", () => {
    const offenders = entries
      .filter((entry) => isServerOrRateLimit(entry) && entry.retry.safe === "yes")
      .filter((entry) => !(entry.family === "snap-code" && SERVICES_SAFE_TO_RESEND.has(entry.code.slice(3, 5))))
      .map((entry) => entry.file);
    expect(offenders).toEqual([]);
  });

  it("names someone on the merchant's side wherever a status check comes before a retry", () => {
    // The check is the merchant's to make: by API (developer) or in DOKU's dashboard (operations).
    const merchant = new Set(["merchant-developer", "merchant-ops"]);
    const offenders = entries.filter((entry) => entry.retry.safe === "after-status-check" && !entry.whoActs.some((actor) => merchant.has(actor)));
    expect(offenders.map((entry) => entry.file)).toEqual([]);
  });

  it("never calls a retry of a declined card payment safe", () => {
    const offenders = entries.filter((entry) => entry.family === "card" && outcomeOf(entry) === "error" && entry.retry.safe === "yes");
    expect(offenders.map((entry) => entry.file)).toEqual([]);
  });

  it("gives the three rate-limit pages one verdict: check a payment's status, after DOKU's 60 seconds, before resending", () => {
    const pages = ["errors/too-many-requests", "http/429", "snap/429xx00"].map((id) => getEntry(id));
    for (const page of pages) {
      expect(page, "a 429 page is missing").toBeDefined();
      expect(page?.retry.safe, page?.file).toBe("after-status-check");
      expect(flat(page?.body ?? ""), page?.file).toContain("HIT CHECK STATUS AFTER 60 SECONDS AFTER PAYMENT COMPLETION!");
      expect(flat(ourProse(page as Entry)), page?.file).not.toMatch(/nothing was processed|refused (?:the request )?before processing/i);
    }
  });

  it("marks every typo of a source [sic] where our own words repeat it", () => {
    const typos = [...new Set(entries.flatMap((entry) => entry.sic))];
    expect(typos.length).toBeGreaterThan(0);
    const texts = [...entries.map((entry) => ({ file: entry.file, text: ourProse(entry) })), ...guides.map((guide) => ({ file: guide.file, text: guide.body }))];
    const offenders = texts.flatMap(({ file, text }) =>
      typos.flatMap((typo) => [...text.matchAll(new RegExp(`${typo}(?!\\S*\\s*\\[sic\\])`, "gi"))].map(() => `${file}: "${typo}" without [sic]`)),
    );
    expect(offenders).toEqual([]);
  });

  it("keeps a search for the source's spelling working: the aliases hold each typo as the source spells it", () => {
    for (const entry of entries.filter((candidate) => candidate.sic.length > 0)) {
      const aliases = entry.aliases.join("\n").toLowerCase();
      for (const typo of entry.sic) expect(aliases, entry.file).toContain(typo.toLowerCase());
    }
  });

  it("never points to api-uat.doku.com: DOKU's SDKs at the commits read use api-sandbox", () => {
    const offenders = contentFiles().filter(({ text }) => /api-uat/i.test(text));
    expect(offenders.map(({ file }) => file)).toEqual([]);
  });

  it("never calls the SDK simulators sandbox-only: the Node and PHP code read has no production check", () => {
    const claims = /sandbox[- ]only|sandbox simulator|simulators? (?:runs?|answers?|works?) only in (?:the )?sandbox|in sandbox, DOKU's (?:Node |PHP )?SDK/i;
    const offenders = contentFiles().filter(({ text }) => claims.test(flat(text)));
    expect(offenders.map(({ file }) => file)).toEqual([]);
  });

  it("never gives the standard's example expiresIn of 900 seconds as the lifetime of every token", () => {
    const claims = /tokens? (?:last|lasts|expires? after) 900|sets the expiry at 900|expiresIn` as 900/i;
    const offenders = contentFiles().filter(({ text }) => claims.test(flat(text)));
    expect(offenders.map(({ file }) => file)).toEqual([]);
  });

  it("never quotes the Check Status page's 60-second rule as one code's own words", () => {
    const offenders = entries.filter((entry) => Object.values(entry.official).some((value) => typeof value === "string" && value.includes("HIT CHECK STATUS")));
    expect(offenders.map((entry) => entry.file)).toEqual([]);
  });

  it("keeps our reading out of what a source says in a Sources differ box", () => {
    // A conclusion ("so a 409 can be …"), advice to the reader or our own voice belongs in `ourReading`.
    const ours = /(?:^|[.;:,]\s)so\b|\byou\b|\byour\b|\bwe\b|\bour\b|\bnot only\b|\bwhich you should\b/i;
    const offenders = entries.flatMap((entry) =>
      entry.differences.filter((difference) => ours.test(difference.says.replace(/"[^"]*"/g, '""'))).map((difference) => `${entry.file}: ${difference.says}`),
    );
    expect(offenders).toEqual([]);
  });
});
