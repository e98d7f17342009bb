// Credentials by their shape alone, and the random-looking strings rule with what it must leave alone.
import { describe, expect, it } from "vitest";
import { looksRandom, randomStringSpans, shapeSpans } from "./shapes";
import { covered } from "./span-test-helpers";

describe("shapeSpans", () => {
  it.each([
    ["a bearer token", "retrying with bearer abcdefgh12345678", [["abcdefgh12345678", "authorization"]]],
    ["Basic credentials", "Authorization: Basic TUNILTAwMDE6c2VjcmV0", [["TUNILTAwMDE6c2VjcmV0", "authorization"]]],
    ["a JWT", "token eyJhbGci.eyJzdWIi.c2ln!", [["eyJhbGci.eyJzdWIi.c2ln", "token"]]],
    ["a non-SNAP signature", "Signature: HMACSHA256=1jap2tpg=", [["1jap2tpg=", "signature"]]],
    ["a DOKU secret key", "using SK-hCJ42G1YFGK8j1fZ0O8W now", [["SK-hCJ42G1YFGK8j1fZ0O8W", "client-secret"]]],
    ["curl -u", "curl -u MCH-0001:s3cret https://x", [["s3cret", "password"]]],
    ["curl --user, quoted", "curl --user 'm:pa55' -X POST", [["pa55", "password"]]],
    ["a URL's userinfo", "https://user:p4ss@api.example.com/x", [["p4ss", "password"]]],
    ["a URL's token as user", "https://ghp_abc123@github.com/x", [["ghp_abc123", "password"]]],
  ])("finds %s", (_what, text, expected) => {
    expect(covered(text, shapeSpans(text))).toEqual(expected);
  });

  it.each(["Authorization: Bearer undefined", "Basic auth failed", "Basic plan", "curl -u", "https://api.example.com/x", "e-mail budi@example.com"])("leaves %j", (text) => {
    expect(shapeSpans(text)).toEqual([]);
  });
});

describe("randomStringSpans", () => {
  it("finds a secret in a log line with no key, with its padding", () => {
    const text = "DEBUG signing with 1jap2tpgvWt83tG4J7IhEwUrwmMt71OaIk0oL0e6sPM= done";
    expect(covered(text, randomStringSpans(text, []))).toEqual([["1jap2tpgvWt83tG4J7IhEwUrwmMt71OaIk0oL0e6sPM=", "random-string"]]);
  });

  it.each([
    ["a UUID", "fdb69f47-96da-499d-acec-7cdc318ab2fe"],
    ["a Client ID", "MCH-0001-10791114622547"],
    ["an external id", "41807553358950093184"],
    ["a camelCase name", "SnapVirtualAccountCreateRequestDto2"],
    ["a path", "/snap-adapter/b2b/v1.0/transfer-va/create-va"],
    ["a trace id (32 hex)", "4bf92f3577b34da6a3ce929d0e0e4736"],
    ["a slug", "invalid_request_error_for_this_merchant"],
  ])("leaves %s", (_what, text) => {
    expect(looksRandom(text)).toBe(false);
  });

  it("finds a SHA-1 or SHA-256 in hex", () => {
    expect(looksRandom("85be817c55b2c135157c7e89f52499bf0c25ad6eeebe04a986e8c862561b19a5")).toBe(true);
  });

  it("leaves what lies in an exempt range (a public key's body)", () => {
    const text = "x 1jap2tpgvWt83tG4J7IhEwUrwmMt71OaIk0oL0e6sPM y";
    expect(randomStringSpans(text, [{ start: 2, end: 45 }])).toEqual([]);
  });
});
