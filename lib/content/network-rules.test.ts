// Money-safety rules for failures that carry no DOKU code (curl exit codes, gateway statuses), over the real content/,
// and the curl pages' official words checked against curl's own EXIT CODES text (a fixture copy), not against themselves.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { listEntries, listEntriesOf } from "./load";

/** curl's EXIT CODES section, code ⇒ its text on one line, e.g. "6" ⇒ "Could not resolve host. The given remote…". */
function exitCodes(markdown: string): Map<string, string> {
  return new Map([...markdown.matchAll(/^## (\d+)\n([\s\S]*?)(?=^## |(?![\s\S]))/gm)].map(([, code = "", text = ""]) => [code, text.trim().replace(/\s+/g, " ")]));
}
const curlExitCodes = exitCodes(fs.readFileSync(path.join(import.meta.dirname, "fixtures/curl/_EXITCODES.md"), "utf8"));

/**
 * curl exit codes whose failure comes before the HTTP request is sent, so DOKU cannot have received it: 5 and 6 no
 * address, 7 no TCP connection, 35 and 60 no completed TLS handshake (curl's man page, EXIT CODES). Only these may say
 * `retry.safe: yes`. Any other code can come after the request went out (28 a timeout, 52 an empty reply, 56 a failed
 * read…), when DOKU may already have processed the payment.
 */
const BEFORE_REQUEST_IS_SENT = new Set(["5", "6", "7", "35", "60"]);

const curl = listEntriesOf("curl");
const serverErrors = listEntries().filter((entry) => entry.family === "http" && entry.httpStatus >= 500);

describe("curl exit code pages", () => {
  it("cover the failures a DOKU integration meets before any HTTP answer", () => {
    expect(curl.map((entry) => entry.code)).toEqual(expect.arrayContaining(["6", "7", "28", "35", "60"]));
  });

  it.each(curl.map((entry) => [entry.code, entry] as const))("%s says retry is safe only if the request cannot have been sent", (code, entry) => {
    if (!BEFORE_REQUEST_IS_SENT.has(code)) expect(entry.retry.safe, `${entry.file}: the failure can come after the request was sent`).not.toBe("yes");
  });

  it.each(curl.map((entry) => [entry.code, entry] as const))("%s is found by the phrases PHP and curl print, cURL error <n> and curl: (<n>)", (code, entry) => {
    expect(entry.aliases).toEqual(expect.arrayContaining([`cURL error ${code}`, `curl: (${code})`]));
  });
});

describe("HTTP 5xx pages", () => {
  it.each(serverErrors.map((entry) => [entry.code, entry] as const))("%s never says a blind retry is safe", (_code, entry) => {
    expect(entry.retry.safe, `${entry.file}: a 5xx says nothing about whether DOKU processed the request`).not.toBe("yes");
  });
});

describe("curl's own words", () => {
  it("are read from the EXIT CODES copy", () => {
    expect(curlExitCodes.get("28")).toBe("Operation timeout. The specified time-out period was reached according to the conditions.");
  });

  it.each(curl.map((entry) => [entry.code, entry] as const))("%s is a curl exit code, quoted exactly on its page", (code, entry) => {
    const text = curlExitCodes.get(code);
    expect(text, `${entry.file}: curl's man page has no exit code ${code}`).toBeDefined();
    expect(entry.official.publisher).toBe("curl");
    const quoted = [entry.official.meaning, entry.official.description].filter((words): words is string => words !== undefined);
    expect(quoted.length, `${entry.file}: no official words`).toBeGreaterThan(0);
    for (const words of quoted) expect(text, `${entry.file}: "${words}" is not in curl's text for ${code}`).toContain(words);
  });
});
