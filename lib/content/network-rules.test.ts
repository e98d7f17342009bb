// Money-safety rules for failures that carry no DOKU code (curl exit codes, gateway statuses), over the real content/.
import { describe, expect, it } from "vitest";
import { listEntries, listEntriesOf } from "./load";

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
