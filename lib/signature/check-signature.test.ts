// The verdict against vectors made by an independent implementation (node:crypto, fixtures/node-signer.ts) of the
// formulas in reference §3.2 and §4.1 and of each DOKU SDK's way of computing them (§5.5), one row per known mistake.
import { describe, expect, it } from "vitest";
import { type SignatureInput, type SignatureReport, checkSignature } from "./check-signature";
import {
  hmacSha512,
  jokulSignature,
  nodeMinifyString,
  nodeSymmetric,
  phpJsonEncodeDefault,
  rawRequest,
  rsaKeyPair,
  rsaSign,
  sha256Hex,
} from "./fixtures/node-signer";
import type { MistakeId } from "./variants";

const secret = "sk-sandbox-7f3a9c2e41b8";
const token = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJNQ0gtMDAwMSJ9.c2lnbmF0dXJl";
const path = "/virtual-accounts/bi-snap-va/v1.1/transfer-va/create-va";
const timestamp = "2026-11-30T15:04:05+07:00";
const bodyObject = {
  partnerServiceId: "  888994",
  customerNo: "00000000000001",
  virtualAccountName: "Budi Santoso",
  trxId: "INV/2026/0001",
  additionalInfo: { note: "Pembayaran café" },
  totalAmount: { value: "10000.00", currency: "IDR" },
};
const pretty = JSON.stringify(bodyObject, null, 2);
const minified = JSON.stringify(bodyObject);
const canonical = `POST:${path}:${token}:${sha256Hex(minified)}:${timestamp}`;

function snapRequest(signature: string, { body = pretty, target = path, method = "POST", ts = timestamp } = {}) {
  return rawRequest(
    method,
    target,
    {
      Host: "api-sandbox.doku.com",
      "Content-Type": "application/json",
      Authorization: `Bearer ${token}`,
      "X-TIMESTAMP": ts,
      "X-SIGNATURE": signature,
      "X-PARTNER-ID": "MCH-0001-10791114622547",
      "X-EXTERNAL-ID": "41807553358950093184",
      "CHANNEL-ID": "H2H",
    },
    body,
  );
}

async function checked(input: SignatureInput): Promise<Extract<SignatureReport, { kind: "checked" }>> {
  const report = await checkSignature(input);
  if (report.kind !== "checked") throw new Error(`not checked: ${JSON.stringify(report)}`);
  return report;
}

async function mistakeOf(input: SignatureInput): Promise<MistakeId | "matches" | "none" | string> {
  const { verdict } = await checked(input);
  if (verdict.kind === "mistake-found") return verdict.mistake.id;
  if (verdict.kind === "matches") return "matches";
  if (verdict.kind === "no-mistake-found") return "none";
  return verdict.kind;
}

describe("SNAP symmetric (HMAC-SHA512), as each SDK computes it", () => {
  it("matches DOKU's Node SDK, which sends and signs JSON.stringify of the body", async () => {
    const { signature } = nodeSymmetric({ method: "POST", path, token, bodyObject, timestamp, secret });
    const report = await checked({ request: snapRequest(signature, { body: minified }), secret });
    expect(report.scheme).toBe("snap-symmetric");
    expect(report.verdict.text.startsWith("Signature matches")).toBe(true);
  });

  it("matches the PHP and Java SDKs, which send a pretty body and sign its minified form", async () => {
    // PHP: json_encode(json_decode($body), JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE); Java: Jackson toString().
    const { signature } = nodeSymmetric({ method: "POST", path, token, bodyText: JSON.stringify(JSON.parse(pretty)), timestamp, secret });
    expect(await mistakeOf({ request: snapRequest(signature), secret })).toBe("matches");
  });

  it("builds the string to sign with each part labelled, and says the body was minified", async () => {
    const report = await checked({ request: snapRequest("x"), secret: "" });
    expect(report.stringToSign.kind === "built" && report.stringToSign.stringToSign.text).toBe(canonical);
    const parts = report.stringToSign.kind === "built" ? report.stringToSign.stringToSign.parts.filter((part) => !part.fixed).map((part) => [part.label.split(" (")[0], part.value]) : [];
    expect(parts).toEqual([
      ["HTTP method", "POST"],
      ["Relative path with query", path],
      ["Access token", token],
      ["Body hash", sha256Hex(minified)],
      ["Timestamp", timestamp],
    ]);
    expect(report.body).toEqual({ kind: "minified", sent: pretty, hashed: minified });
    expect(report.verdict.kind).toBe("needs-key");
  });

  const ok = (text: string) => hmacSha512(secret, text);
  const rows: [name: string, signature: string, expected: MistakeId | "none", request?: Partial<Parameters<typeof snapRequest>[1]>][] = [
    ["the body hashed as sent, not minified", ok(`POST:${path}:${token}:${sha256Hex(pretty)}:${timestamp}`), "body-not-minified"],
    ["Node minifyString: whitespace removed inside strings", ok(`POST:${path}:${token}:${sha256Hex(nodeMinifyString(pretty))}:${timestamp}`), "whitespace-in-strings"],
    ["PHP json_encode without flags: \\/ and \\uXXXX", ok(`POST:${path}:${token}:${sha256Hex(phpJsonEncodeDefault(bodyObject))}:${timestamp}`), "php-escapes"],
    ["the body hash in upper-case hex", ok(`POST:${path}:${token}:${sha256Hex(minified).toUpperCase()}:${timestamp}`), "body-hash-form"],
    ["the full URL as the path", ok(`POST:https://api-sandbox.doku.com${path}?lang=id:${token}:${sha256Hex(minified)}:${timestamp}`), "full-url", { target: `${path}?lang=id` }],
    ["the path without its query", ok(`POST:${path}:${token}:${sha256Hex(minified)}:${timestamp}`), "no-query", { target: `${path}?lang=id` }],
    ['"Bearer " inside the token', ok(`POST:${path}:Bearer ${token}:${sha256Hex(minified)}:${timestamp}`), "bearer-in-token"],
    ["a lower-case method", ok(`post:${path}:${token}:${sha256Hex(minified)}:${timestamp}`), "lower-case-method"],
    ["hex instead of Base64", hmacSha512(secret, canonical, "hex"), "hex-output"],
    ["Z signed, +07:00 sent (same instant)", ok(`POST:${path}:${token}:${sha256Hex(minified)}:2026-11-30T08:04:05Z`), "timestamp"],
    ["milliseconds signed, none sent", ok(`POST:${path}:${token}:${sha256Hex(minified)}:2026-11-30T15:04:05.000+07:00`), "timestamp"],
    ["the clock read twice, a second apart", ok(`POST:${path}:${token}:${sha256Hex(minified)}:2026-11-30T15:04:04+07:00`), "timestamp"],
    ["the secret with a line break", hmacSha512(`${secret}\n`, canonical), "secret-line-break"],
    ["the case-insensitive compare of DOKU's Node and Java verifiers", ok(canonical).toLowerCase(), "letter-case"],
    ["another secret (sandbox against production)", hmacSha512("sk-production-000", canonical), "none"],
  ];
  for (const [name, signature, expected, options] of rows) {
    it(`names the mistake: ${name}`, async () => {
      expect(await mistakeOf({ request: snapRequest(signature, options), secret })).toBe(expected);
    });
  }

  it("says what is left when no known mistake reproduces it, and what the signature should be", async () => {
    const { verdict } = await checked({ request: snapRequest(hmacSha512("another", canonical)), secret });
    expect(verdict.kind).toBe("no-mistake-found");
    if (verdict.kind !== "no-mistake-found") return;
    expect(verdict.text).toMatch(/^Signature does not match, and none of the \d+ known mistakes/);
    expect(verdict.left.join(" ")).toMatch(/sandbox.*production/);
    expect(verdict.left.join(" ")).toMatch(/body changed on the way/i);
    expect(verdict.expected).toBe(ok(canonical));
  });

  it("names the string the signer signed when a mistake is found", async () => {
    const signed = `POST:${path}:Bearer ${token}:${sha256Hex(minified)}:${timestamp}`;
    const { verdict } = await checked({ request: snapRequest(ok(signed)), secret });
    expect(verdict.kind === "mistake-found" && verdict.signedString).toBe(signed);
    expect(verdict.text.startsWith("Signature does not match")).toBe(true);
  });

  it("hashes the empty string for a request without a body, and catches an empty hash", async () => {
    const get = `GET:/orders/v1.0/status?invoice=INV-1:${token}:${sha256Hex("")}:${timestamp}`;
    expect(await mistakeOf({ request: snapRequest(ok(get), { method: "GET", target: "/orders/v1.0/status?invoice=INV-1", body: "" }), secret })).toBe("matches");
    const emptyHash = `GET:/orders/v1.0/status?invoice=INV-1:${token}::${timestamp}`;
    expect(await mistakeOf({ request: snapRequest(ok(emptyHash), { method: "GET", target: "/orders/v1.0/status?invoice=INV-1", body: "" }), secret })).toBe("body-hash-form");
  });

  it("hashes a body that is not JSON as sent, and says so", async () => {
    const body = "amount=10000&currency=IDR";
    const report = await checked({ request: snapRequest(ok(`POST:${path}:${token}:${sha256Hex(body)}:${timestamp}`), { body }), secret });
    expect(report.verdict.kind).toBe("matches");
    expect(report.body.kind).toBe("not-json");
    expect(report.checks.map((check) => check.text).join(" ")).toContain("not JSON, so it is hashed as sent");
  });

  it("reads a curl command the same way as the raw request", async () => {
    const curl = [
      `curl -sS -X POST 'https://api-sandbox.doku.com${path}' \\`,
      `  -H 'Content-Type: application/json' -H "Authorization: Bearer ${token}" \\`,
      `  -H 'X-TIMESTAMP: ${timestamp}' -H 'X-SIGNATURE: ${ok(canonical)}' \\`,
      "  -H 'X-PARTNER-ID: MCH-1' -H 'X-EXTERNAL-ID: 1' -H 'CHANNEL-ID: H2H' \\",
      `  --data-raw '${pretty}'`,
    ].join("\n");
    const report = await checked({ request: curl, secret });
    expect(report.source).toBe("curl");
    expect(report.verdict.kind).toBe("matches");
  });

  it("compares the reader's own string to sign and names the mistake it contains", async () => {
    const theirs = `POST:${path}:Bearer ${token}:${sha256Hex(minified)}:${timestamp}`;
    const { comparison } = await checked({ request: snapRequest("x"), secret: "", yourStringToSign: theirs });
    expect(comparison?.kind).toBe("differs");
    if (comparison?.kind !== "differs") return;
    expect(comparison.part.label).toBe("Access token");
    expect(comparison.index).toBe(`POST:${path}:`.length);
    expect(comparison.summary).toContain(`character ${`POST:${path}:`.length + 1}`);
    expect(comparison.explainedBy?.id).toBe("bearer-in-token");
    const same = await checked({ request: snapRequest("x"), secret: "", yourStringToSign: canonical });
    expect(same.comparison).toEqual({ kind: "same" });
  });

  it("trims the typed secret, says so, and still finds a server secret with a trailing space", async () => {
    const report = await checked({ request: snapRequest(ok(canonical)), secret: `  ${secret}\n` });
    expect(report.verdict.kind).toBe("matches");
    expect(report.notes.join(" ")).toMatch(/trimmed/);
    const withSpace = await checked({ request: snapRequest(hmacSha512(`${secret} `, canonical)), secret: `${secret} ` });
    expect(withSpace.verdict.kind === "mistake-found" && withSpace.verdict.mistake.id).toBe("secret-line-break");
  });
});

describe("SNAP asymmetric (SHA256withRSA), the B2B token call", () => {
  const pair = rsaKeyPair();
  const other = rsaKeyPair();
  const clientId = "MCH-0008-1296507211683";
  const spki = pair.publicKey.export({ type: "spki", format: "pem" }).toString();
  const pkcs1 = pair.publicKey.export({ type: "pkcs1", format: "pem" }).toString();
  const tokenBody = '{"grantType":"client_credentials"}';
  const tokenRequest = (signature: string, ts = timestamp) =>
    rawRequest("POST", "/authorization/v1/access-token/b2b", { "Content-Type": "application/json", "X-CLIENT-KEY": clientId, "X-TIMESTAMP": ts, "X-SIGNATURE": signature }, tokenBody);

  it("is recognised from the token path and matches with a BEGIN PUBLIC KEY (SPKI) key", async () => {
    const report = await checked({ request: tokenRequest(rsaSign(pair.privateKey, `${clientId}|${timestamp}`)), publicKey: spki });
    expect(report.scheme).toBe("snap-asymmetric");
    expect(report.stringToSign.kind === "built" && report.stringToSign.stringToSign.text).toBe(`${clientId}|${timestamp}`);
    expect(report.verdict.text.startsWith("Signature matches")).toBe(true);
  });

  it("matches with a BEGIN RSA PUBLIC KEY (PKCS#1) key, wrapped into SPKI", async () => {
    expect(await mistakeOf({ request: tokenRequest(rsaSign(pair.privateKey, `${clientId}|${timestamp}`)), publicKey: pkcs1 })).toBe("matches");
  });

  it("does not match with another key pair, and names the key pair as what is left", async () => {
    const { verdict } = await checked({ request: tokenRequest(rsaSign(other.privateKey, `${clientId}|${timestamp}`)), publicKey: spki });
    expect(verdict.kind).toBe("no-mistake-found");
    expect(verdict.kind === "no-mistake-found" && verdict.left[0]).toMatch(/key pair/);
  });

  it("names another timestamp string, a hex signature, and ASPI's transaction formula (Node generateSignatureV2)", async () => {
    expect(await mistakeOf({ request: tokenRequest(rsaSign(pair.privateKey, `${clientId}|2026-11-30T08:04:05Z`)), publicKey: spki })).toBe("timestamp");
    expect(await mistakeOf({ request: tokenRequest(rsaSign(pair.privateKey, `${clientId}|${timestamp}`, "hex")), publicKey: spki })).toBe("hex-output");
    const v2 = `POST:/authorization/v1/access-token/b2b:${sha256Hex(nodeMinifyString(tokenBody))}:${timestamp}`;
    expect(await mistakeOf({ request: tokenRequest(rsaSign(pair.privateKey, v2)), publicKey: spki })).toBe("asymmetric-service");
  });

  it("refuses a private key in every common form, and never uses it", async () => {
    const der = pair.privateKey.export({ type: "pkcs8", format: "der" }).toString("base64");
    const forms = [
      pair.privateKey.export({ type: "pkcs8", format: "pem" }).toString(),
      pair.privateKey.export({ type: "pkcs1", format: "pem" }).toString(),
      pair.privateKey.export({ type: "pkcs8", format: "pem", cipher: "aes-256-cbc", passphrase: "x" }).toString(),
      der,
      pair.privateKey.export({ type: "pkcs1", format: "der" }).toString("base64"),
      // A private key under a public key's label is judged by what it holds.
      `-----BEGIN PUBLIC KEY-----\n${der}\n-----END PUBLIC KEY-----`,
    ];
    for (const publicKey of forms) {
      const { verdict, publicKey: reading } = await checked({ request: tokenRequest(rsaSign(pair.privateKey, `${clientId}|${timestamp}`)), publicKey });
      expect(reading.kind).toBe("private-key");
      expect(verdict.kind).toBe("refused-key");
      expect(verdict.text).toMatch(/private key, which was refused and not used/);
    }
  });

  it("asks for the public key when only a client secret is given", async () => {
    const { verdict } = await checked({ request: tokenRequest("x"), secret });
    expect(verdict.kind).toBe("needs-key");
    expect(verdict.text).toMatch(/public key/);
  });
});

describe("non-SNAP (HMACSHA256=), the Jokul recipe", () => {
  const clientId = "MCH-0001-10791114622547";
  const requestId = "fdb69f47-96da-499d-acec-7cdc318ab2fe";
  const ts = "2026-11-30T08:04:05Z";
  const checkoutBody = JSON.stringify({ order: { amount: 10000, invoice_number: "INV-2026-0001" }, payment: { payment_due_date: 60 } }, null, 2);
  const request = (signature: string, { method = "POST", target = "/checkout/v1/payment", body = checkoutBody } = {}) =>
    rawRequest(method, target, { Host: "api-sandbox.doku.com", "Client-Id": clientId, "Request-Id": requestId, "Request-Timestamp": ts, Signature: signature, "Content-Type": "application/json" }, body);
  const sign = (o: Partial<Parameters<typeof jokulSignature>[0]> = {}) => jokulSignature({ clientId, requestId, timestamp: ts, target: "/checkout/v1/payment", body: checkoutBody, secret, ...o }).signature;

  it("matches the Jokul PHP library's signature for a POST with a body", async () => {
    const report = await checked({ request: request(sign()), secret });
    expect(report.scheme).toBe("non-snap");
    expect(report.verdict.text.startsWith("Signature matches")).toBe(true);
  });

  it("matches the WooCommerce plugin's GET check status, signed without Digest", async () => {
    const target = "/orders/v1/status/INV-2026-0001";
    expect(await mistakeOf({ request: request(sign({ target, body: undefined }), { method: "GET", target, body: "" }), secret })).toBe("matches");
  });

  const rows: [string, string, MistakeId][] = [
    ["a Signature without HMACSHA256=", sign().replace("HMACSHA256=", ""), "missing-prefix"],
    ["a Digest over the minified body while the pretty one was sent", sign({ body: JSON.stringify(JSON.parse(checkoutBody)) }), "digest-body"],
    ["Request-Target with the host", sign({ target: "https://api-sandbox.doku.com/checkout/v1/payment" }), "request-target-host"],
    ["no Digest line on a POST", sign({ body: undefined }), "digest-line"],
    ["hex output (the Node Jokul SDK's signatureService)", sign({ encoding: "hex" }).replace("HMACSHA256=", ""), "hex-output"],
    ["another timestamp string (+07:00 signed, Z sent)", sign({ timestamp: "2026-11-30T15:04:05+07:00" }), "timestamp"],
    ["the verifiers' case-insensitive compare", `HMACSHA256=${sign().slice("HMACSHA256=".length).toUpperCase()}`, "letter-case"],
  ];
  for (const [name, signature, expected] of rows) {
    it(`names the mistake: ${name}`, async () => {
      expect(await mistakeOf({ request: request(signature), secret })).toBe(expected);
    });
  }

  it("shows the component lines, Digest included", async () => {
    const report = await checked({ request: request(sign()), secret: "" });
    const built = report.stringToSign.kind === "built" ? report.stringToSign.stringToSign.text : "";
    expect(built).toBe(jokulSignature({ clientId, requestId, timestamp: ts, target: "/checkout/v1/payment", body: checkoutBody, secret }).component);
  });
});

describe("input that cannot be checked", () => {
  it("gives a clear message for empty, non-request, broken curl, binary and oversized input", async () => {
    expect(await checkSignature({ request: "" })).toEqual({ kind: "empty" });
    for (const request of ["hello there", '{"responseCode":"4017300"}', "curl -X POST 'https://x/y", "\u0000\u0001\u0002".repeat(100), "x".repeat(1_000_001)]) {
      const report = await checkSignature({ request });
      expect(report.kind, request.slice(0, 20)).toBe("unreadable");
      expect(report.kind === "unreadable" && report.message.length).toBeGreaterThan(20);
    }
  });

  it("says it cannot check without Web Crypto, rather than failing", async () => {
    const report = await checkSignature({ request: snapRequest("x"), secret }, null);
    expect(report.kind === "checked" && report.verdict.kind).toBe("cannot-check");
  });

  it("says which header is missing when the string cannot be built", async () => {
    const request = snapRequest(hmacSha512(secret, canonical)).replace(/^X-TIMESTAMP.*\n/m, "");
    const { verdict } = await checked({ request, secret });
    expect(verdict.kind).toBe("cannot-check");
    expect(verdict.text).toContain("X-TIMESTAMP");
  });
});
