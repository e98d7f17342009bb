// Private keys whole, with or without their BEGIN and END lines; public keys and certificates are not secrets.
import { describe, expect, it } from "vitest";
import { privateKeySpans, publicKeyBodies } from "./private-keys";
import { covered } from "./span-test-helpers";

const PKCS8 = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7VJTUt9Us8cKj\nMzEfYyjiWA4R4/M2bS1GB4t7NXp98C3SC6dVMvDuictGeurT8jNbvJZHtCSuYEvu";
const PKCS1 = "MIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gun";
const EC = "MHcCAQEEIBYm4rB3vU0x6oKq1VnX9qU8z7n3p2H4e5Y6t7W8c9D0oAoGCCqGSM49";
const SPKI = "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAu1SU1LfVLPHCozMxH2Mo\n4lgOEePzNm0tRgeLezV6ffAt0gunVTLw7onLRnrq0/IzW7yWR7QkrmBL7jTKEn5u";

describe("privateKeySpans", () => {
  it.each([
    ["a whole PEM block", `a\n-----BEGIN PRIVATE KEY-----\n${PKCS8}\n-----END PRIVATE KEY-----\nb`, `-----BEGIN PRIVATE KEY-----\n${PKCS8}\n-----END PRIVATE KEY-----`],
    // "next" could be the body's short last line: it goes too.
    ["a block whose END was cut off", `-----BEGIN RSA PRIVATE KEY-----\n${PKCS1}\nnext line`, `-----BEGIN RSA PRIVATE KEY-----\n${PKCS1}\nnext`],
    ["a body whose BEGIN was cut off", `key:\n${PKCS8}\n-----END PRIVATE KEY-----\n`, `${PKCS8}\n-----END PRIVATE KEY-----`],
    ["a body with JSON-escaped line breaks", `{"k":"${PKCS8.replace("\n", "\\n")}\\n-----END PRIVATE KEY-----"}`, `${PKCS8.replace("\n", "\\n")}\\n-----END PRIVATE KEY-----`],
    ["a bare PKCS#8 body", `my key ${PKCS8} ok`, PKCS8],
    ["a bare PKCS#1 body", `my key ${PKCS1} ok`, PKCS1],
    ["a bare EC body", `ec ${EC}`, EC],
  ])("covers %s", (_what, text, expected) => {
    const spans = covered(text, privateKeySpans(text));
    expect(spans.map(([body]) => body)).toContain(expected);
    expect(spans.every(([, kind]) => kind === "private-key")).toBe(true);
  });

  it("leaves public keys and certificates", () => {
    expect(privateKeySpans(`-----BEGIN PUBLIC KEY-----\n${SPKI}\n-----END PUBLIC KEY-----`)).toEqual([]);
    expect(privateKeySpans(SPKI)).toEqual([]);
  });

  it("says where public key bodies are, so long random-looking lines in them are kept", () => {
    const text = `-----BEGIN PUBLIC KEY-----\n${SPKI}\n-----END PUBLIC KEY-----`;
    expect(publicKeyBodies(text).map(({ start, end }) => text.slice(start, end).trim())).toEqual([SPKI]);
  });
});
