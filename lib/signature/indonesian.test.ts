// The signature check in Indonesian (/id/signature/): the same result as in English, with every sentence in
// Indonesian and every link to the Indonesian page. English output is covered, unchanged, by the other tests here.
import { describe, expect, it } from "vitest";
import type { Locale } from "../i18n/locale";
import { SIGNATURE_TEXT } from "../i18n/signature";
import { signingFields } from "./canonical";
import { type SignatureInput, type SignatureReport, checkSignature } from "./check-signature";
import { checkRequest } from "./checks";
import { hmacSha512, jokulSignature, rawRequest, sha256Hex } from "./fixtures/node-signer";
import { parseRequest } from "./parse-request";
import { readPublicKey } from "./public-key";
import { type Scheme, recogniseScheme } from "./scheme";
import { readTimestamp } from "./timestamp";
import { candidatesFor } from "./variants";

const secret = "sk-sandbox-id-3e8f1a";
const token = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJNQ0gtMDAwMSJ9.c2lnbmF0dXJl";
const path = "/virtual-accounts/bi-snap-va/v1.1/transfer-va/create-va";
const timestamp = "2026-11-30T15:04:05+07:00";
const body = JSON.stringify({ partnerServiceId: "  888994", trxId: "INV/2026/0001", note: "Pembayaran café" }, null, 2);
const canonical = `POST:${path}:${token}:${sha256Hex(JSON.stringify(JSON.parse(body)))}:${timestamp}`;

const snapHeaders = (signature: string) => ({
  Host: "api-sandbox.doku.com",
  "Content-Type": "application/json",
  Authorization: `Bearer ${token}`,
  "X-TIMESTAMP": timestamp,
  "X-SIGNATURE": signature,
  "X-PARTNER-ID": "MCH-0001-10791114622547",
  "X-EXTERNAL-ID": "41807553358950093184",
  "CHANNEL-ID": "H2H",
});
const snapRequest = (signature: string, target = path) => rawRequest("POST", target, snapHeaders(signature), body);

async function checked(input: SignatureInput): Promise<Extract<SignatureReport, { kind: "checked" }>> {
  const report = await checkSignature(input);
  if (report.kind !== "checked") throw new Error(`not checked: ${JSON.stringify(report)}`);
  return report;
}

/** The same request read in both languages. */
function parsed(text: string) {
  const result = parseRequest(text);
  if (result.kind !== "request") throw new Error(result.kind);
  return result;
}

/** Requests that bring out most mistakes and checks: a query and a host, a lower-case method, a bad timestamp and headers. */
const REQUESTS: { name: string; text: string; scheme: Scheme }[] = [
  { name: "a SNAP transaction with a query, sent to a full URL", text: snapRequest("x", `https://api-sandbox.doku.com${path}?a=1`), scheme: "snap-symmetric" },
  {
    name: "a SNAP transaction with its headers wrong",
    text: rawRequest("post", path, { Authorization: "Bearer  tok", "X-TIMESTAMP": "2026-11-30 15:04", "X-SIGNATURE": "ab".repeat(64), "X-EXTERNAL-ID": "abc", "CHANNEL-ID": "TOOLONG", "Content-Type": "text/plain" }, "a=1"),
    scheme: "snap-symmetric",
  },
  { name: "a SNAP transaction without a body", text: rawRequest("GET", "/v1.0/x?y=1", { "X-TIMESTAMP": "2026-11-30T15:04:05", "X-SIGNATURE": "A".repeat(40) }), scheme: "snap-symmetric" },
  {
    name: "a B2B token call",
    text: rawRequest("POST", "/authorization/v1/access-token/b2b", { "X-CLIENT-KEY": "MCH-1", "X-TIMESTAMP": "2026-11-30T15:04:05+0700", "X-SIGNATURE": "A".repeat(88), Authorization: "x" }, '{"grantType":"password"}'),
    scheme: "snap-asymmetric",
  },
  {
    name: "a non-SNAP request to a full URL",
    text: rawRequest(
      "POST",
      "https://api-sandbox.doku.com/checkout/v1/payment?x=1",
      { "Client-Id": "MCH-1", "Request-Id": "r".repeat(130), "Request-Timestamp": "2026-11-30T15:04:05+07:00", Signature: "ab".repeat(32) },
      '{"a": "b / c"}',
    ),
    scheme: "non-snap",
  },
];

describe("the signature check in Indonesian", () => {
  it("says Signature cocok for a request signed right, with Indonesian names for the scheme and the parts", async () => {
    const report = await checked({ request: snapRequest(hmacSha512(secret, canonical)), secret, locale: "id" });
    expect(report.verdict.kind).toBe("matches");
    expect(report.verdict.text).toBe("Signature cocok: X-SIGNATURE adalah HMAC-SHA512 Base64 dari string to sign di bawah, dibuat dengan client secret ini.");
    expect(report.sourceLabel).toBe("Dibaca sebagai request HTTP mentah.");
    expect(report.recognised.reason).toBe("ada token Authorization dan X-SIGNATURE, seperti transaksi SNAP");
    const labels = report.stringToSign.kind === "built" ? report.stringToSign.stringToSign.parts.filter((part) => !part.fixed).map((part) => part.label) : [];
    expect(labels).toEqual(["HTTP method", "Path relatif beserta query", "Access token", "Hash body (SHA-256 hex huruf kecil dari body di bawah)", "Timestamp (X-TIMESTAMP)"]);
  });

  it("says Signature tidak cocok and names the mistake in Indonesian, linking the Indonesian guide", async () => {
    const asSent = `POST:${path}:${token}:${sha256Hex(body)}:${timestamp}`;
    const { verdict } = await checked({ request: snapRequest(hmacSha512(secret, asSent)), secret, locale: "id" });
    if (verdict.kind !== "mistake-found") throw new Error(verdict.kind);
    expect(verdict.text).toBe("Signature tidak cocok dengan request yang dikirim. Satu kesalahan umum menghasilkannya: body di-hash seperti yang dikirim, tidak di-minify.");
    expect(verdict.mistake.link).toEqual({ href: "/id/guides/signatures/#body-not-minified", label: "Body tidak di-minify" });
  });

  it("says Signature tidak cocok when nothing reproduces it, and lists what is left in Indonesian", async () => {
    const { verdict } = await checked({ request: snapRequest(hmacSha512("another secret", canonical)), secret, locale: "id" });
    if (verdict.kind !== "no-mistake-found") throw new Error(verdict.kind);
    expect(verdict.text).toMatch(/^Signature tidak cocok, dan tidak satu pun dari \d+ kesalahan umum/);
    expect(verdict.left.join(" ")).toMatch(/secret sandbox dipakai ke production/);
  });

  it("names a non-SNAP mistake in Indonesian", async () => {
    const fields = { clientId: "MCH-1", requestId: "r-1", timestamp: "2026-11-30T08:04:05Z", target: "/checkout/v1/payment", body: '{"a":1}', secret };
    const request = rawRequest("POST", fields.target, { "Client-Id": fields.clientId, "Request-Id": fields.requestId, "Request-Timestamp": fields.timestamp, Signature: jokulSignature(fields).signature.replace(/^HMACSHA256=/, "") }, fields.body);
    const { verdict } = await checked({ request, secret, locale: "id" });
    expect(verdict.kind === "mistake-found" && verdict.mistake.title).toBe("Header Signature tidak punya prefiks HMACSHA256=");
  });

  it.each(REQUESTS)("reads the checks of $name in Indonesian: the same findings, every sentence translated", ({ text, scheme }) => {
    const { request, source } = parsed(text);
    const [en, id] = (["en", "id"] as Locale[]).map((locale) => checkRequest(request, scheme, { source, locale }));
    expect(id?.map((check) => check.level)).toEqual(en?.map((check) => check.level));
    id?.forEach((check, i) => {
      const english = en?.[i];
      expect(check.text, english?.text).not.toBe(english?.text);
      if (english?.link) expect(check.link?.href).toBe(`/id${english.link.href}`);
    });
  });

  it.each(REQUESTS)("tries the same known mistakes on $name, each with Indonesian words", ({ text, scheme }) => {
    const { request } = parsed(text);
    const { fields } = signingFields(request, scheme);
    const [en, id] = (["en", "id"] as Locale[]).map((locale) => candidatesFor(fields, request, locale));
    expect(id?.map(({ mistake, fields: changed, form, secret: which }) => [mistake?.id, changed, form, which])).toEqual(
      en?.map(({ mistake, fields: changed, form, secret: which }) => [mistake?.id, changed, form, which]),
    );
    id?.forEach(({ mistake }, i) => {
      const english = en?.[i]?.mistake;
      if (!mistake || !english) return;
      expect(mistake.title, english.title).not.toBe(english.title);
      expect(mistake.detail, english.detail).not.toBe(english.detail);
      expect(mistake.link.href).toBe(`/id${english.link.href}`);
    });
  });

  it("recognises each recipe with an Indonesian reason", () => {
    for (const { text } of REQUESTS) {
      const { request } = parsed(text);
      expect(recogniseScheme(request, "id").reason).not.toBe(recogniseScheme(request, "en").reason);
    }
  });

  it("says what is wrong with a timestamp in Indonesian", () => {
    const value = "2026-11-30 15:04";
    expect(readTimestamp(value, "id").problems).toEqual(["Ada spasi di tempat ISO 8601 menaruh T di antara tanggal dan jam.", "Tidak ada detiknya: tulis HH:mm:ss.", "Tidak ada offset zona waktu, jadi waktunya ambigu: akhiri dengan Z (UTC) atau +07:00 (WIB)."]);
    expect(readTimestamp(value, "en").problems).toHaveLength(3);
  });

  it("gives every verdict that asks for more in Indonesian", async () => {
    const inputs: SignatureInput[] = [
      { request: snapRequest("x") },
      { request: snapRequest("x"), publicKey: "-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----" },
      { request: rawRequest("POST", path, { Authorization: `Bearer ${token}`, "X-TIMESTAMP": timestamp }, "{}"), secret },
      { request: rawRequest("POST", "/authorization/v1/access-token/b2b", { "X-CLIENT-KEY": "MCH-1", "X-TIMESTAMP": timestamp, "X-SIGNATURE": "A".repeat(344) }, "{}"), secret },
    ];
    for (const input of inputs) {
      const [en, id] = await Promise.all([checked(input), checked({ ...input, locale: "id" })]);
      expect(id.verdict.kind).toBe(en.verdict.kind);
      expect(id.verdict.text, en.verdict.text).not.toBe(en.verdict.text);
    }
  });

  it("gives a paste it cannot read an Indonesian message", async () => {
    const report = await checkSignature({ request: "\u0000\u0001\u0002".repeat(100), locale: "id" });
    expect(report).toEqual({ kind: "unreadable", message: SIGNATURE_TEXT.id.input.binary });
  });

  it("says in Indonesian why a paste is not a request, a curl command cannot be read, or a key is not one", () => {
    expect(parseRequest("just some words", "id")).toEqual({ kind: "not-a-request", problem: SIGNATURE_TEXT.id.parse.notHttp });
    expect(parseRequest("curl -X POST 'https://api.doku.com/x -H 'A: b'", "id")).toEqual({ kind: "broken-curl", problem: SIGNATURE_TEXT.id.curl.unclosedSingle(1) });
    expect(readPublicKey('{"kty":"RSA","n":"x","e":"AQAB"}', "id")).toEqual({ kind: "not-a-key", problem: SIGNATURE_TEXT.id.key.jwk });
  });

  it("notes in Indonesian how a curl command was read", () => {
    const result = parseRequest("curl https://api.doku.com/x https://api.doku.com/y -d '{\"a\":1}'", "id");
    expect(result.kind === "request" && result.notes).toEqual([
      "Perintah ini punya 2 URL; yang pertama, https://api.doku.com/x, yang dibaca.",
      "curl menambahkan Content-Type: application/x-www-form-urlencoded sendiri: perintahnya tidak mengatur Content-Type.",
    ]);
  });
});
