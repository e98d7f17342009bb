// The checks that need no secret, per recipe: timestamp, required headers, Bearer, X-EXTERNAL-ID, signature shape, path.
import { describe, expect, it } from "vitest";
import { type Check, checkRequest } from "./checks";
import { rawRequest } from "./fixtures/node-signer";
import { parseRequest } from "./parse-request";
import type { Scheme } from "./scheme";

function checksFor(text: string, scheme: Scheme): Check[] {
  const parsed = parseRequest(text);
  if (parsed.kind !== "request") throw new Error(parsed.kind);
  return checkRequest(parsed.request, scheme, { source: parsed.source });
}
const texts = (checks: Check[], level: Check["level"]) => checks.filter((check) => check.level === level).map((check) => check.text);

const hmac = "A".repeat(86) + "==";
const transaction = (headers: Record<string, string>, target = "/v1.0/transfer-va/create-va") =>
  rawRequest("POST", target, { "Content-Type": "application/json", Authorization: "Bearer tok", "X-TIMESTAMP": "2026-11-30T15:04:05+07:00", "X-SIGNATURE": hmac, "X-PARTNER-ID": "MCH-1", "X-EXTERNAL-ID": "123", "CHANNEL-ID": "H2H", ...headers }, "{}");

describe("SNAP transaction checks", () => {
  it("passes a well-formed request, problems none", () => {
    const checks = checksFor(transaction({}), "snap-symmetric");
    expect(texts(checks, "problem")).toEqual([]);
    expect(texts(checks, "warning")).toEqual([]);
    expect(texts(checks, "ok").join(" ")).toMatch(/Every header this recipe needs is there/);
  });

  it.each([
    [{ "X-TIMESTAMP": "2026-11-30 15:04:05" }, /X-TIMESTAMP "2026-11-30 15:04:05": It has a space where ISO 8601 has a T/],
    [{ Authorization: "tok" }, /no "Bearer " prefix/],
    [{ Authorization: "Bearer Bearer tok" }, /Bearer twice/],
    [{ Authorization: "Bearer  tok" }, /other spacing/],
    [{ "X-EXTERNAL-ID": "6f1c-uuid" }, /not a numeric string/],
    [{ "X-EXTERNAL-ID": "1".repeat(37) }, /37 digits; ASPI allows up to 36/],
    [{ "CHANNEL-ID": "CHANNEL" }, /up to 5/],
    [{ "X-SIGNATURE": "not base64!" }, /not standard Base64/],
  ])("flags %o", (headers, problem) => {
    expect(texts(checksFor(transaction(headers), "snap-symmetric"), "problem").join("\n")).toMatch(problem);
  });

  it("warns about a hex signature, a lower-case method and a form Content-Type", () => {
    const checks = checksFor(transaction({ "X-SIGNATURE": "ab".repeat(64), "Content-Type": "application/x-www-form-urlencoded" }).replace("POST", "post"), "snap-symmetric");
    expect(texts(checks, "warning").join("\n")).toMatch(/hex[\s\S]*lower case|lower case[\s\S]*hex/);
    expect(texts(checks, "warning").join("\n")).toMatch(/SNAP bodies are JSON/);
  });

  it("names each missing header, and says CHANNEL-ID is only a warning", () => {
    const checks = checksFor("POST /x HTTP/1.1\nX-SIGNATURE: a\n\n{}", "snap-symmetric");
    expect(texts(checks, "problem").join("\n")).toMatch(/Content-Type[\s\S]*Authorization[\s\S]*X-TIMESTAMP[\s\S]*X-PARTNER-ID[\s\S]*X-EXTERNAL-ID/);
    expect(texts(checks, "warning").join("\n")).toMatch(/CHANNEL-ID/);
  });

  it("flags a host or scheme inside the signed path", () => {
    expect(texts(checksFor(transaction({}, "/https://api.doku.com/v1.0/x"), "snap-symmetric"), "problem").join("\n")).toMatch(/holds a host or scheme/);
  });
});

describe("SNAP token call checks", () => {
  it("gives a word about a timestamp with a space and no offset, as sent in a rejected token call (4017300)", () => {
    const curl = [
      "> POST /authorization/v1/access-token/b2b HTTP/1.1",
      "> Content-Type: application/json",
      "> X-CLIENT-KEY: MCH-0008-1296507211683",
      "> X-TIMESTAMP: 2026-11-30 15:04:05",
      "> X-SIGNATURE: " + "B".repeat(342) + "==",
      ">",
      "< HTTP/1.1 401 Unauthorized",
    ].join("\n");
    const problems = checksFor(curl, "snap-asymmetric").filter((check) => check.level === "problem");
    expect(problems.map((check) => check.text).join("\n")).toMatch(/space where ISO 8601 has a T[\s\S]*no time-zone offset/);
    expect(problems[0]?.link?.href).toBe("/guides/doku-notes/#x-timestamp-doku-s-token-page-disagrees-with-itself");
  });

  it("requires X-CLIENT-KEY and a client_credentials grant", () => {
    const checks = checksFor('POST /authorization/v1/access-token/b2b HTTP/1.1\nX-TIMESTAMP: 2026-11-30T15:04:05Z\n\n{"grantType":"password"}', "snap-asymmetric");
    expect(texts(checks, "problem").join("\n")).toMatch(/X-CLIENT-KEY header is missing[\s\S]*grantType is "password"/);
  });
});

describe("non-SNAP checks", () => {
  const nonSnap = (headers: Record<string, string>) =>
    rawRequest("POST", "/checkout/v1/payment", { "Client-Id": "MCH-1", "Request-Id": "r", "Request-Timestamp": "2026-11-30T08:04:05Z", Signature: `HMACSHA256=${"A".repeat(43)}=`, ...headers }, "{}");

  it("passes the documented form", () => {
    expect(texts(checksFor(nonSnap({}), "non-snap"), "problem")).toEqual([]);
  });

  it("flags a missing prefix, a local offset and a long Request-Id", () => {
    const checks = checksFor(nonSnap({ Signature: "A".repeat(43) + "=", "Request-Timestamp": "2026-11-30T15:04:05+07:00", "Request-Id": "r".repeat(129) }), "non-snap");
    expect(texts(checks, "problem").join("\n")).toMatch(/HMACSHA256=[\s\S]*129 characters|129 characters[\s\S]*HMACSHA256=/);
    expect(texts(checks, "warning").join("\n")).toMatch(/UTC/);
  });
});
