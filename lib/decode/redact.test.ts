// redactSecrets against real-looking pastes, then properties: it never throws, never lets a planted secret through,
// never blows up the text, and a second pass changes nothing.
import fs from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type SecretKind, redactSecrets } from "./redact";

const FIXTURES = path.join(import.meta.dirname, "fixtures");
const JWT = "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJNQ0gtMDAwOC0xMjk2NTA3MjExNjgzIiwiZXhwIjoxNzA1MzAwOTAwfQ.TJVA95OrM7E2cBab30RMHrHDcEfxjoYZgeFONFh7HgQ";

const kindsOf = (text: string) => redactSecrets(text).removed.map((summary) => summary.kind);

describe("a raw SNAP access-token call", () => {
  const request = [
    "POST /authorization/v1/access-token/b2b HTTP/1.1",
    "Host: api-sandbox.doku.com",
    "Content-Type: application/json",
    "X-CLIENT-KEY: MCH-0008-1296507211683",
    "X-TIMESTAMP: 2024-01-15T10:00:00+07:00",
    "X-SIGNATURE: dGhpcyBpcyBub3QgYSByZWFsIHNpZ25hdHVyZSBidXQgaXQgbG9va3MgbGlrZSBvbmUK+/ab==",
    `Authorization: Bearer ${JWT}`,
    "X-EXTERNAL-ID: 41807553358950093184",
    "",
    '{"grantType":"client_credentials"}',
    "",
    "HTTP/1.1 200 OK",
    "Content-Type: application/json",
    "",
    `{"responseCode":"2007300","responseMessage":"Successful","accessToken":"${JWT}","tokenType":"Bearer","expiresIn":"900"}`,
  ].join("\r\n");
  const { text, removed } = redactSecrets(request);

  it("masks the credentials but keeps the header names and the auth scheme", () => {
    expect(text).toContain("X-SIGNATURE: [redacted: signature]\r\n");
    expect(text).toContain("Authorization: Bearer [redacted: authorization]\r\n");
    for (const secret of ["dGhpcyBpcyBub3Qg", "eyJ"]) expect(text).not.toContain(secret);
  });

  it("keeps the Client ID in X-CLIENT-KEY: DOKU's public identifier for the merchant, which support asks for", () => {
    expect(text).toContain("X-CLIENT-KEY: MCH-0008-1296507211683\r\n");
  });

  it("keeps what support needs: timestamp, external id, grant type, code, token type and expiry", () => {
    expect(text).toContain("X-TIMESTAMP: 2024-01-15T10:00:00+07:00");
    expect(text).toContain("X-EXTERNAL-ID: 41807553358950093184");
    expect(text).toContain('{"grantType":"client_credentials"}');
    const body = JSON.parse(text.slice(text.lastIndexOf("{"))) as unknown;
    expect(body).toEqual({ responseCode: "2007300", responseMessage: "Successful", accessToken: "[redacted: token]", tokenType: "Bearer", expiresIn: "900" });
  });

  it("says what it removed, in a stable order", () => {
    expect(removed).toEqual([
      { kind: "authorization", label: "Authorization header, bearer or Basic credentials", count: 1 },
      { kind: "signature", label: "Request signature", count: 1 },
      { kind: "token", label: "Access, refresh or ID token, or session cookie", count: 1 },
    ]);
  });
});

describe("a curl -v transcript", () => {
  const transcript = fs.readFileSync(path.join(FIXTURES, "curl-non-snap.txt"), "utf8");
  const { text } = redactSecrets(transcript);

  it("masks the non-SNAP signature after its HMACSHA256= prefix", () => {
    expect(text).toContain("> Signature: HMACSHA256=[redacted: signature]\n");
    expect(text).not.toContain("1jap2tpgvWt83tG4J7IhEwUrwmMt71OaIk0oL0e6sPM");
  });

  it("changes nothing else", () => {
    expect(text).toBe(transcript.replace("1jap2tpgvWt83tG4J7IhEwUrwmMt71OaIk0oL0e6sPM=", "[redacted: signature]"));
  });

  it("reads request and response headers with their curl prefixes, in any case", () => {
    const redacted = redactSecrets(["> authorization: Bearer abcdefgh12345678", "< x-signature: c2lnbmF0dXJl", "> X-Client-Key: MCH-0001"].join("\n")).text;
    expect(redacted).toBe(["> authorization: Bearer [redacted: authorization]", "< x-signature: [redacted: signature]", "> X-Client-Key: MCH-0001"].join("\n"));
  });
});

describe("identifiers support needs", () => {
  it("survive even when they are long, Luhn-valid digit runs", () => {
    // 8808123456789012 passes the Luhn check, but no payment card starts with 8: VA numbers do.
    const body = JSON.stringify({
      virtualAccountNo: "  8808123456789012",
      partnerServiceId: "  088899",
      customerNo: "00000000000001",
      partnerReferenceNo: "INV-2025-0001",
      trxId: "8808123456789012",
      paymentRequestId: "1234567890123456785",
      clientId: "MCH-0001-10791114622547",
      "X-PARTNER-ID": "MCH-0001-10791114622547",
      "X-EXTERNAL-ID": "41807553358950093184",
      "Request-Id": "fdb69f47-96da-499d-acec-7cdc318ab2fe",
    });
    expect(redactSecrets(body)).toEqual({ text: body, removed: [] });
  });

  it.each([["X-TIMESTAMP: 1705300000000"], ["X-EXTERNAL-ID=41807553358950093184"]])("survive in %j", (text) => {
    expect(redactSecrets(text).text).toBe(text);
  });

  it("are judged by what they hold: a card number or a phone number in an identifier field is masked", () => {
    const body = JSON.stringify({ customerNo: "628123456789", partnerReferenceNo: "4193012345678902", originalReferenceNo: "4111111111111111" });
    expect(JSON.parse(redactSecrets(body).text)).toEqual({
      customerNo: "[redacted: phone …6789]",
      partnerReferenceNo: "[redacted: card-number …8902]",
      originalReferenceNo: "[redacted: card-number …1111]",
    });
  });

  it.each([
    ["X-EXTERNAL-ID: 4111111111111111", "X-EXTERNAL-ID: [redacted: card-number …1111]"],
    ["Request-Id: 4111111111111111", "Request-Id: [redacted: card-number …1111]"],
    ["invoice_number=4111111111111111&amount=10000", "invoice_number=[redacted: card-number …1111]&amount=10000"],
    ['{"invoiceNumber": 4111111111111111}', '{"invoiceNumber": [redacted: card-number …1111]}'],
  ])("are judged by what they hold in %j", (text, expected) => {
    expect(redactSecrets(text).text).toBe(expected);
  });

  it.each([
    ["a response code", '{"responseCode":"4012400"}'],
    ["an amount", '{"amount":{"value":"6281234567.00","currency":"IDR"}}'],
    ["an ISO timestamp", "2024-08-12T10:00:00+07:00"],
    ["a millisecond timestamp", "at 1705300000000 the call failed"],
    ["an invoice number in prose", "INV-2024-0812-3456-7890 failed"],
    ["a decimal", "ratio 0.081234567890"],
    ["a token type", '{"tokenType":"Bearer"}'],
    ["a missing token, which is the bug", "Authorization: Bearer undefined"],
    ["an empty or null value", '{"accessToken":"","cvv":null,"password":"***"}'],
  ])("are not mistaken for secrets: %s", (_what, text) => {
    expect(redactSecrets(text)).toEqual({ text, removed: [] });
  });
});

describe("card numbers", () => {
  it.each([
    ["4111 1111 1111 1111", "[redacted: card-number …1111]"],
    ["4111-1111-1111-1111", "[redacted: card-number …1111]"],
    ["4111111111111111", "[redacted: card-number …1111]"],
    ["5555555555554444", "[redacted: card-number …4444]"],
    ["Amex 3782 822463 10005", "Amex [redacted: card-number …0005]"],
    ["card 4111 1111 1111 1111 exp 12/25", "card [redacted: card-number …1111] exp 12/25"],
    ["4111 1111 1111 1111 12/25", "[redacted: card-number …1111] 12/25"],
    ["paid on 2024-01-15 4111 1111 1111 1111", "paid on 2024-01-15 [redacted: card-number …1111]"],
    ["/cards/4111111111111111/charge", "/cards/[redacted: card-number …1111]/charge"],
  ])("masks a Luhn-valid card in %j", (text, expected) => {
    expect(redactSecrets(text).text).toBe(expected);
  });

  it.each(["4111111111111112", "4111 1111 1111 1112", "41111111111111111111", "x4111111111111111", "0411111111111111"])("keeps %j: not Luhn-valid, too long or part of a word", (text) => {
    expect(redactSecrets(text).text).toBe(text);
  });

  it("masks card keys whatever the digits, and keeps the JSON valid", () => {
    const text = redactSecrets('{"cardNumber":"4111111111111112","card_number":4111111111111112,"pan":"1234","cardNo":"5264 22** **** 1234"}').text;
    expect(JSON.parse(text)).toEqual({
      cardNumber: "[redacted: card-number …1112]",
      card_number: "[redacted: card-number …1112]",
      pan: "[redacted: card-number]",
      cardNo: "[redacted: card-number …1234]",
    });
  });
});

describe("card security codes, e-mail and phone numbers", () => {
  it.each([
    ['{"cvv":"123"}', '{"cvv":"[redacted: cvv]"}'],
    ['{"cvv2": 123}', '{"cvv2": "[redacted: cvv]"}'],
    ["cvc=123&cvn=4567", "cvc=[redacted: cvv]&cvn=[redacted: cvv]"],
    ["{'securityCode': '123', 'card_cvn': '999'}", "{'securityCode': '[redacted: cvv]', 'card_cvn': '[redacted: cvv]'}"],
  ])("masks the CVV in %j", (text, expected) => {
    expect(redactSecrets(text).text).toBe(expected);
  });

  it.each([
    ["contact budi.santoso+doku@example.co.id today", "contact [redacted: email] today"],
    ['{"customer":{"email":"BUDI@EXAMPLE.COM"}}', '{"customer":{"email":"[redacted: email]"}}'],
    ["email=budi%40example.com&x=1", "email=[redacted: email]&x=1"],
  ])("masks the e-mail address in %j", (text, expected) => {
    expect(redactSecrets(text).text).toBe(expected);
  });

  it.each([
    ["call +62 812-3456-7890 now", "call [redacted: phone …7890] now"],
    ["call +6281234567890", "call [redacted: phone …7890]"],
    ["HP 0812 3456 7890.", "HP [redacted: phone …7890]."],
    ["wa 6281234567890", "wa [redacted: phone …7890]"],
    ["SG +65 9123 4567", "SG [redacted: phone …4567]"],
    ['{"phone":"021-555-1234","mobileNumber":"12345","msisdn":6281234567890}', '{"phone":"[redacted: phone …1234]","mobileNumber":"[redacted: phone]","msisdn":"[redacted: phone …7890]"}'],
    ['{"customer":{"phone":"+62 812 3456 7890","customerPhone":"0812"}}', '{"customer":{"phone":"[redacted: phone …7890]","customerPhone":"[redacted: phone]"}}'],
  ])("masks the phone number in %j", (text, expected) => {
    expect(redactSecrets(text).text).toBe(expected);
  });

  it.each(["0812345", "code 4012400", "+0700", "081234567890123456"])("does not take %j for a phone number", (text) => {
    expect(redactSecrets(text).text).toBe(text);
  });
});

describe("credentials in every shape they are pasted", () => {
  it.each<[string, string, SecretKind]>([
    ['{"clientSecret":"SK-abc123"}', '{"clientSecret":"[redacted: client-secret]"}', "client-secret"],
    ["client_secret=SK-abc123&grant_type=client_credentials", "client_secret=[redacted: client-secret]&grant_type=client_credentials", "client-secret"],
    ["DOKU_SECRET_KEY=SK-abc123", "DOKU_SECRET_KEY=[redacted: client-secret]", "client-secret"],
    ["  password: hunter two", "  password: [redacted: password]", "password"],
    ["[apiKey] => abc123", "[apiKey] => [redacted: client-secret]", "client-secret"],
    ['{"private_key":"-----BEGIN PRIVATE KEY-----\\nMIIEvQ\\n-----END PRIVATE KEY-----\\n"}', '{"private_key":"[redacted: private-key]"}', "private-key"],
    ["-----BEGIN RSA PRIVATE KEY-----\nMIIEpA\nabc+/=\n-----END RSA PRIVATE KEY-----\nnext", "[redacted: private-key]\nnext", "private-key"],
    ["cut off: -----BEGIN PRIVATE KEY-----\nMIIEvQIBADAN\nBgkqhkiG9w0B", "cut off: [redacted: private-key]", "private-key"],
    ['{"refresh_token":"r-123","id_token":"i-456"}', '{"refresh_token":"[redacted: token]","id_token":"[redacted: token]"}', "token"],
    ["Authorization-Customer: Bearer cust-token-1234", "Authorization-Customer: Bearer [redacted: authorization]", "authorization"],
    ["Authorization-Customer: cust-token-1234", "Authorization-Customer: [redacted: authorization]", "authorization"],
    [`log: token is ${JWT}.`, "log: token is [redacted: token].", "token"],
    ['{"body":"{\\"accessToken\\":\\"abc\\",\\"ok\\":true}"}', '{"body":"{\\"accessToken\\":\\"[redacted: token]\\",\\"ok\\":true}"}', "token"],
    ["<accessToken>abc</accessToken>", "<accessToken>[redacted: token]</accessToken>", "token"],
    ["headers={X-SIGNATURE=[abc==], Content-Type=[application/json]}", "headers={X-SIGNATURE=[[redacted: signature]], Content-Type=[application/json]}", "signature"],
    ['{"headers":{"X-SIGNATURE":["abc=="]}}', '{"headers":{"X-SIGNATURE":["[redacted: signature]"]}}', "signature"],
    ["Set-Cookie: SESSION=abc; Path=/", "Set-Cookie: [redacted: token]", "token"],
    ["headers={Authorization=Bearer abcdefgh12345678, X-PARTNER-ID=MCH-0008}", "headers={Authorization=Bearer [redacted: authorization], X-PARTNER-ID=MCH-0008}", "authorization"],
    ["retrying with bearer abcdefgh12345678", "retrying with bearer [redacted: authorization]", "authorization"],
    ["sig HMACSHA256=1jap2tpgvWt83tG4J7IhEw== sent", "sig HMACSHA256=[redacted: signature] sent", "signature"],
    ['{"signature":"abc=="}', '{"signature":"[redacted: signature]"}', "signature"],
  ])("%j", (text, expected, kind) => {
    const redacted = redactSecrets(text);
    expect(redacted.text).toBe(expected);
    expect(redacted.removed.map((summary) => summary.kind)).toEqual([kind]);
  });

  it("counts each secret once", () => {
    expect(redactSecrets('{"accessToken":"a1","refreshToken":"b2"} and x@example.com').removed).toEqual([
      { kind: "token", label: "Access, refresh or ID token, or session cookie", count: 2 },
      { kind: "email", label: "E-mail address", count: 1 },
    ]);
  });

  it("keeps identifiers that are not secrets: clientId, clientKey (the Client ID), tokenType, expiresIn", () => {
    expect(kindsOf('{"clientId":"MCH-0008-1296507211683","clientKey":"MCH-1","client_key":"MCH-2","tokenType":"Bearer","expiresIn":"900"}')).toEqual([]);
  });
});

describe("speed", () => {
  // About 20–60 ms per megabyte on a slow machine. The limit is loose on purpose: a test machine running other suites
  // must not fail it, and catastrophic backtracking on 1 MB would take minutes, not seconds.
  it("stays linear on a 1 MB paste full of secrets, and on pathological input", { timeout: 120_000 }, () => {
    const unit = `> Authorization: Bearer ${JWT}\n{"accessToken":"${JWT}","virtualAccountNo":"  8808123456789012","email":"budi@example.com","phone":"+62 812-3456-7890","note":"card 4111 1111 1111 1111"}\n`;
    const megabyte = (piece: string) => piece.repeat(Math.ceil(1_000_000 / piece.length)).slice(0, 1_000_000);
    for (const piece of [unit, "1 ", "12-", "a@", "a%40", "eyJa.eyJ", "-----BEGIN PRIVATE KEY-----", '"token":"', "<token>", "a:", "Bearer ", "a".repeat(70) + "="]) {
      const text = megabyte(piece);
      redactSecrets(text.slice(0, 10_000));
      const started = performance.now();
      redactSecrets(text);
      expect(performance.now() - started, JSON.stringify(piece)).toBeLessThan(5_000);
    }
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Planted secrets: random credentials and personal data placed in random JSON, headers, query strings and prose.

const chars = (alphabet: string, minLength: number, maxLength: number) => fc.string({ unit: fc.constantFrom(...alphabet), minLength, maxLength });
const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
const DIGITS = "0123456789";

const base64url = chars(`${ALNUM}-_`, 12, 60);
const jwt = fc.tuple(base64url, base64url, base64url).map(([header, payload, signature]) => `eyJ${header}.eyJ${payload}.${signature}`);
const opaqueToken = chars(`${ALNUM}-._~`, 16, 60).filter((token) => /^[A-Za-z0-9]/.test(token));
const token = fc.oneof(jwt, opaqueToken);
const signature = fc.oneof(chars(`${ALNUM}+/`, 40, 88).map((body) => `${body}==`), chars(`${ALNUM}+/`, 40, 60).map((body) => `HMACSHA256=${body}=`));
const clientSecret = chars(ALNUM, 16, 40).map((body) => `SK-${body}`);

function luhnCheckDigit(body: string): string {
  let sum = 0;
  for (let index = 0; index < body.length; index += 1) {
    let digit = Number(body[body.length - 1 - index]);
    if (index % 2 === 0) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    sum += digit;
  }
  return String((10 - (sum % 10)) % 10);
}
const cardDigits = fc
  .tuple(fc.constantFrom("4", "51", "55", "2221", "6011", "3528", "62"), chars(DIGITS, 15, 15))
  .map(([prefix, rest]) => {
    const body = (prefix + rest).slice(0, 15);
    return body + luhnCheckDigit(body);
  });
const card = fc.tuple(cardDigits, fc.constantFrom("", " ", "-")).map(([digits, separator]) => digits.match(/\d{4}/g)?.join(separator) ?? digits);
const email = fc
  .tuple(chars(`${ALNUM}._+-`, 1, 20), chars(ALNUM, 1, 15), fc.constantFrom("com", "co.id", "id", "net"))
  .filter(([local]) => /^[A-Za-z0-9]/.test(local))
  .map(([local, domain, tld]) => `${local}@${domain}.${tld}`);
const phone = fc
  .tuple(fc.constantFrom("+62 8", "+628", "628", "08", "+62-8"), chars(DIGITS, 8, 10), fc.constantFrom("", " ", "-"))
  .map(([prefix, digits, separator]) => `${prefix}${digits.slice(0, 2)}${separator}${digits.slice(2, 6)}${separator}${digits.slice(6)}`);

const digits = (minLength: number, maxLength: number) => chars(DIGITS, minLength, maxLength);
/** Any grouping of a card's digits: spaces, double spaces, dots, dashes. */
const cardAnyGrouping = fc
  .tuple(cardDigits, fc.constantFrom(" ", "  ", ".", "-", " - "))
  .map(([number, separator]) => number.match(/\d{4}/g)?.join(separator) ?? number);
const phoneInParentheses = fc.tuple(digits(2, 2), digits(4, 4), digits(4, 4)).map(([a, b, c]) => `(08${a}) ${b}-${c}`);

type Planted = { key: string; value: string };
/** A key and a value that must never survive under it. */
const keyedSecret: fc.Arbitrary<Planted> = fc.oneof(
  fc.tuple(fc.constantFrom("accessToken", "access_token", "refreshToken", "refresh_token", "token", "id_token"), token),
  fc.tuple(fc.constantFrom("clientSecret", "client_secret", "secretKey", "secret_key", "secret", "privateKey", "private_key", "apiKey", "api_key", "password"), clientSecret),
  fc.tuple(fc.constantFrom("sharedKey", "SHAREDKEY", "X-API-KEY", "credentials", "webhookSecret", "DB_PASS", "SMTP_PASSWD", "pwd"), clientSecret),
  fc.tuple(fc.constantFrom("signature", "X-SIGNATURE", "hmac", "WORDS", "sig"), signature),
  fc.tuple(fc.constantFrom("cardNumber", "card_number", "pan", "cardNo", "primaryAccountNumber", "ccNumber"), card),
  fc.tuple(fc.constantFrom("cvv", "cardCvv", "cvc", "securityCode"), digits(3, 4)),
  fc.tuple(fc.constantFrom("otp", "pin", "otpCode"), digits(4, 8)),
  fc.tuple(fc.constantFrom("nik", "identityNumber"), digits(16, 16)),
  fc.tuple(fc.constantFrom("bankAccountNumber", "accountNo", "beneficiaryAccountNo"), digits(8, 16)),
  fc.tuple(fc.constantFrom("phone", "phoneNo", "phoneNumber", "mobileNumber", "msisdn", "customerPhone", "contactNo"), phone),
  fc.tuple(fc.constantFrom("email", "customerEmail"), email),
).map(([key, value]) => ({ key, value }));
/** Secrets recognised by their shape alone: what is pasted, and the part that must not survive. */
const shapedSecret: fc.Arbitrary<{ planted: string; secret: string }> = fc.oneof(
  jwt.map((value) => ({ planted: value, secret: value })),
  opaqueToken.map((value) => ({ planted: `Bearer ${value}`, secret: value })),
  fc.tuple(chars(ALNUM, 3, 12), clientSecret).map(([user, password]) => {
    const credentials = btoa(`${user}:${password}`);
    return { planted: `Basic ${credentials}`, secret: credentials };
  }),
  fc.tuple(chars(ALNUM, 3, 12), clientSecret).map(([user, password]) => ({ planted: `curl -u ${user}:${password} https://api.example.com`, secret: password })),
  fc.tuple(chars(ALNUM, 3, 12), clientSecret).map(([user, password]) => ({ planted: `https://${user}:${password}@api.example.com/v1`, secret: password })),
  chars(ALNUM, 20, 20).map((body) => ({ planted: `SK-${body}`, secret: `SK-${body}` })),
  fc.oneof(card, cardAnyGrouping).map((value) => ({ planted: value, secret: value })),
  cardDigits.map((value) => ({ planted: `tok_${value}`, secret: value })),
  fc.oneof(email, phone, phoneInParentheses).map((value) => ({ planted: value, secret: value })),
);

/** A short number survives only as a whole number: "739" is not in "17391". */
function survives(text: string, secret: string): boolean {
  return occurrences(text, secret) > 0;
}

function occurrences(text: string, secret: string): number {
  return /^\d{1,7}$/.test(secret) ? (text.match(new RegExp(`(?<!\\d)${secret}(?!\\d)`, "g")) ?? []).length : text.split(secret).length - 1;
}

const randomObject = fc.dictionary(fc.string({ maxLength: 12 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 6 });
const words = fc.array(fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom("error", "4012400", "2024-01-15T10:00:00+07:00", "amount=10000.00", "ok")), { maxLength: 6 }).map((parts) => parts.join(" "));
const headerLines = fc.array(fc.tuple(fc.constantFrom("Content-Type", "X-TIMESTAMP", "X-PARTNER-ID", "Date", "X-Foo"), chars(`${ALNUM} :-/+`, 0, 30)), { maxLength: 4 }).map((lines) => lines.map(([name, value]) => `${name}: ${value}`));

const inJson = fc
  .tuple(randomObject, keyedSecret, fc.nat(), fc.constantFrom(0, 2))
  .map(([object, { key, value }, position, indent]) => {
    const entries = Object.entries(object).filter(([name]) => name !== key);
    entries.splice(position % (entries.length + 1), 0, [key, value]);
    return { text: JSON.stringify(Object.fromEntries(entries), null, indent), secrets: [value] };
  });
const inEscapedJson = inJson.map(({ text, secrets }) => ({ text: JSON.stringify({ body: text }), secrets: secrets.map((secret) => JSON.stringify(secret).slice(1, -1)) }));
const inHeaders = fc
  .tuple(headerLines, keyedSecret, headerLines, fc.constantFrom("", "> ", "< "), fc.constantFrom("\n", "\r\n"), randomObject)
  .map(([before, { key, value }, after, prefix, newline, body]) => ({
    text: [...before, `${key}: ${value}`, ...after].map((line) => prefix + line).join(newline) + newline + newline + JSON.stringify(body),
    secrets: [value],
  }));
const inAuthorizationHeader = fc.tuple(headerLines, token, fc.constantFrom("Authorization", "Authorization-Customer", "authorization")).map(([lines, value, name]) => ({
  text: [`${name}: Bearer ${value}`, ...lines].join("\n"),
  secrets: [value],
}));
const inQuery = fc
  .tuple(fc.array(fc.tuple(chars("abcxyz", 1, 6), chars(`${ALNUM}%`, 0, 10)), { maxLength: 3 }), keyedSecret, fc.constantFrom("https://api.example.com/v1?", "", "body: "))
  .map(([params, { key, value }, start]) => {
    const query = [...params.map(([name, v]) => `${name}=${v}`), `${key}=${encodeURIComponent(value)}`, ...params.map(([name, v]) => `${name}2=${v}`)].join("&");
    return { text: start + query, secrets: [encodeURIComponent(value)] };
  });
// "see" keeps the random words from ending in an identifier key ("…Id: "), whose value is kept on purpose.
const inProse = fc.tuple(words, shapedSecret, words, fc.constantFrom(" ", "\n", ": ", " (", ' "')).map(([before, { planted, secret }, after, separator]) => ({
  text: `${before}\nsee${separator}${planted}${separator === ' "' ? '"' : separator === " (" ? ")" : " "}${after}`,
  secrets: [secret],
}));
/** Postman and HAR name/value lists, and a Kubernetes environment: the key is a sibling member's value. */
const inNameValueExport = fc
  .tuple(keyedSecret, fc.constantFrom("postman", "postman-reversed", "har", "kubernetes"))
  .map(([{ key, value }, notation]) => {
    const text = {
      postman: JSON.stringify({ values: [{ key: "baseUrl", value: "https://api-sandbox.doku.com" }, { key, value, enabled: true }] }, null, 2),
      "postman-reversed": JSON.stringify({ header: [{ value, key, type: "text" }] }),
      har: JSON.stringify({ log: { entries: [{ request: { headers: [{ name: "Content-Type", value: "application/json" }, { name: key, value }] } }] } }),
      kubernetes: `env:\n  - name: DOKU_ENV\n    value: sandbox\n  - name: ${key}\n    value: ${value}\n`,
    }[notation];
    return { text, secrets: [value] };
  });
const inDoublyEscapedJson = inEscapedJson.map(({ text, secrets }) => ({ text: JSON.stringify({ log: text }), secrets: secrets.map((secret) => JSON.stringify(secret).slice(1, -1)) }));
/** Python reprs, YAML, a log line, Java's Map.toString(), JSON arrays of header values, XML, PHP's print_r. */
const inOtherNotations = fc
  .tuple(keyedSecret, fc.constantFrom("python", "yaml", "log", "java", "xml", "php", "array"), words)
  .map(([{ key, value }, notation, context]) => {
    const text = {
      python: `{'status': 'failed', '${key}': '${value}', 'code': '4012400'}`,
      yaml: `request:\n  headers:\n    ${key}: ${value}\n    other: ${context}`,
      log: `INFO request headers={Content-Type=application/json, ${key}=${value}, X-PARTNER-ID=MCH-0008} ${context}`,
      java: `Request{headers={Content-Type=[application/json], ${key}=[${value}], X-PARTNER-ID=[MCH-0008]}} ${context}`,
      array: JSON.stringify({ headers: { [key]: [value], "X-TIMESTAMP": ["2024-01-15T10:00:00+07:00"] } }),
      xml: `<request><status>failed</status><${key}>${value}</${key}></request>`,
      php: `Array\n(\n    [status] => failed\n    [${key}] => ${value}\n    [code] => 4012400\n)`,
    }[notation];
    return { text, secrets: [value] };
  });
const plantedPaste = fc.oneof(inJson, inEscapedJson, inDoublyEscapedJson, inHeaders, inAuthorizationHeader, inQuery, inProse, inOtherNotations, inNameValueExport);

// ---------------------------------------------------------------------------------------------------------------
// Properties

/** Pieces of real pastes, so generated text hits the interesting paths rather than only random bytes. */
const PASTE_PIECES = [
  "Authorization: ", "Bearer ", "> ", "< ", "\n", "\r\n", " ", '"', "'", "\\", '\\"', ":", "=", "&", ",", "{", "}", "[", "]", "<", ">", "=>",
  "token", "accessToken", "X-SIGNATURE", "virtualAccountNo", "trxId", "cvv", "phone", "[redacted: token]", "HMACSHA256=", "eyJ", "eyJhbGci.eyJzdWIi.c2ln",
  "4111", "1111", "4111111111111111", "08", "62", "+62", "812", "3456", "7890", "-", ".", "@", "%40", "budi", "example.com", "0", "1", "9",
  "-----BEGIN PRIVATE KEY-----", "-----END PRIVATE KEY-----", "null", "abc", "+", "pan", "cardNumber", "<token>", "</token>", "\\n", "Id", "no",
];
const pasteLike = fc.array(fc.constantFrom(...PASTE_PIECES), { maxLength: 40 }).map((pieces) => pieces.join(""));
const anyUtf16 = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)), maxLength: 200 });
const anyText = fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: "binary", maxLength: 200 }), anyUtf16, fc.json(), pasteLike);

describe("properties", () => {
  it("never throws, on any string", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const { text: redacted, removed } = redactSecrets(text);
        expect(typeof redacted).toBe("string");
        expect(removed.every((summary) => summary.count > 0)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it("never blows the text up: a placeholder (at most 27 characters) replaces at least 1 after a key of at least 4", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(redactSecrets(text).text.length).toBeLessThanOrEqual(5 * text.length + 32);
      }),
      { numRuns: 500 },
    );
    const worst = "pan=1&".repeat(1000);
    expect(redactSecrets(worst).text.length).toBeLessThanOrEqual(5 * worst.length);
  });

  it("is idempotent: a second pass finds nothing", () => {
    fc.assert(
      fc.property(fc.oneof(anyText, plantedPaste.map((paste) => paste.text)), (text) => {
        const once = redactSecrets(text).text;
        expect(redactSecrets(once)).toEqual({ text: once, removed: [] });
      }),
      { numRuns: 1000 },
    );
  });

  it("lets no planted secret through, whatever surrounds it", () => {
    fc.assert(
      fc.property(plantedPaste, ({ text, secrets }) => {
        const redacted = redactSecrets(text).text;
        // A short number that the random rest of the paste also holds cannot be told apart from it: skip that one.
        for (const secret of secrets) if (occurrences(text, secret) === 1) expect(survives(redacted, secret), redacted).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });
});
