import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ContentError, loadCatalogue } from "./load";

const FIXTURES = path.join(import.meta.dirname, "fixtures");
const temporaryDirs: string[] = [];

/** A copy of fixtures/valid with the files of one bad case laid over it. */
function catalogueWith(badCase?: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "content-"));
  temporaryDirs.push(dir);
  fs.cpSync(path.join(FIXTURES, "valid"), dir, { recursive: true });
  if (badCase) fs.cpSync(path.join(FIXTURES, badCase), dir, { recursive: true });
  return dir;
}

function problemsOf(badCase: string): string[] {
  try {
    loadCatalogue(catalogueWith(badCase));
  } catch (error) {
    if (error instanceof ContentError) return error.problems;
    throw error;
  }
  throw new Error(`expected ${badCase} to fail`);
}

afterEach(() => {
  for (const dir of temporaryDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe("loadCatalogue", () => {
  it("loads a valid catalogue with ids, URLs and bodies", () => {
    const { entries, guides } = loadCatalogue(catalogueWith());
    expect(entries.map((entry) => entry.id)).toEqual(["http/400", "errors/invalid-parameter", "status/pending"]);
    const [status, business] = entries;
    expect(status?.url).toBe("/http/400/");
    expect(business?.url).toBe("/errors/invalid-parameter/");
    expect(business?.official.messageExample).toBe("amount is required");
    expect(business?.sources[0]?.read).toBe("2026-01-01");
    expect(status?.sources[0]?.read).toBe("2026-01-01");
    expect(status?.related).toEqual([]);
    expect(business?.body).toMatch(/^## What it means/);
    expect(guides.map((guide) => guide.url)).toEqual(["/guides/envelope/"]);
  });

  it("reads each page's Indonesian twin with it", () => {
    const { entries, guides } = loadCatalogue(catalogueWith());
    expect(entries.find((entry) => entry.id === "status/pending")?.id_ID).toMatchObject({ title: "Pending", file: "status/pending.id.mdx" });
    expect(guides[0]?.id_ID.title).toBe("Panduan fixture");
  });

  it("leaves out pages without a twin when asked to, for checking one folder's translations", () => {
    const dir = catalogueWith("missing-twin");
    expect(loadCatalogue(dir, { missingTwins: "skip" }).entries.map((entry) => entry.id)).not.toContain("http/401");
  });

  it("takes a family without HTTP status, whose outcome decides the headings", () => {
    const pending = loadCatalogue(catalogueWith()).entries.find((entry) => entry.id === "status/pending");
    expect(pending).toMatchObject({ url: "/status/pending/", outcome: "pending" });
    expect(pending?.httpStatus).toBeUndefined();
  });

  it.each([
    ["missing-field", 'http/400.mdx: field "summary": Invalid input: expected string, received undefined'],
    ["wrong-value", 'http/400.mdx: field "retry.safe": Invalid option: expected one of "yes"|"no"|"after-status-check"'],
    ["unknown-key", 'http/400.mdx: frontmatter: Unrecognized key: "severity"'],
    ["dangling-related", 'errors/invalid-parameter.mdx: field "related.0": "http/401" points to no entry'],
    ["source-without-url", 'http/400.mdx: field "sources.0.url": expected an http(s) URL for the source'],
    ["source-bad-url", 'http/400.mdx: field "sources.0.url": expected an http(s) URL for the source'],
    ["missing-heading", 'http/400.mdx: body: missing the heading "## Common causes"'],
    ["wrong-family", 'http/400.mdx: field "family": expected "http" for a file in content/http/, got "business"'],
    ["bad-code-form", 'errors/invalid-parameter.mdx: field "code": "Invalid-Parameter" does not have the form of a business code'],
    ["bad-yaml", "http/400.mdx: frontmatter is not valid YAML"],
    ["bad-services", 'snap-services.yaml: field "services.1.method": Invalid option: expected one of "GET"|"POST"|"PUT"|"DELETE"'],
    ["code-mismatch", 'http/400.mdx: file name: expected "401.mdx" for code "401"'],
    ["status-with-http-status", 'status/pending.mdx: field "httpStatus": required for HTTP, business and SNAP codes, and not allowed for the other families'],
    ["http-without-status", 'http/400.mdx: field "httpStatus": required for HTTP, business and SNAP codes'],
    ["unknown-family", 'http/400.mdx: field "family": expected one of "http"|"business"'],
    ["facts-missing-note", 'doku-facts.yaml: note "idempotent-replay" is missing'],
    ["unknown-note-quote", 'guides/envelope.mdx: body: <Note id="no-such-note" /> names no note of doku-facts.yaml'],
    ["problem-example-unknown-entry", 'guides/envelope.mdx: body: <ProblemDetailsExample entry="errors/no-such-code" /> names no entry'],
    ["problem-example-bad-status", 'guides/envelope.mdx: body: <ProblemDetailsExample entry="errors/invalid-parameter" status="200" detail="d" instance="/i" /> status="200" is not an HTTP error status'],
    ["problem-example-twin-differs", 'guides/envelope.id.mdx: body: the English body has <ProblemDetailsExample entry="errors/invalid-parameter" status="502" instance="/orders/1" />; show the same problem'],
    ["missing-twin", "http/401.id.mdx: missing: every page has an Indonesian twin"],
    ["twin-missing-heading", 'http/400.id.mdx: body: missing the heading "## Penyebab umum"'],
    ["twin-lost-code", "errors/invalid-parameter.id.mdx: body: the English body has `amount` in code; keep it, unchanged, in code"],
    ["twin-untranslated-word", 'http/400.id.mdx: field "official.description": missing: translate the publisher\'s "Missing or invalid parameters"'],
    ["twin-missing-customer-message", 'status/pending.id.mdx: field "customerMessage": missing: the English file has one'],
    ["missing-customer-message", 'status/pending.mdx: field "customerMessage": required when the customer acts'],
    ["missing-outcome", 'status/pending.mdx: field "outcome": required when there is no httpStatus'],
    ["duplicate-code", 'errors/invalid-parameter.mdx: field "code": "INVALID_PARAMETER" is also the code of errors/invalid-parameter-2.mdx'],
  ])("rejects the %s case with a message naming the file and the field", (badCase, expected) => {
    const problems = problemsOf(badCase);
    expect(problems.some((problem) => problem.startsWith(expected)), `got:\n${problems.join("\n")}`).toBe(true);
  });

  it("reports every problem at once, so one build run lists them all", () => {
    const dir = catalogueWith("wrong-value");
    fs.cpSync(path.join(FIXTURES, "dangling-related"), dir, { recursive: true });
    expect(() => loadCatalogue(dir)).toThrow(/2 problems[\s\S]*retry\.safe[\s\S]*related\.0/);
  });
});
