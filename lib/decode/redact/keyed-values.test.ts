// Values of secret keys, in every notation a paste comes in (keyed-pairs.ts reads them).
import { describe, expect, it } from "vitest";
import { keyedValueSpans } from "./keyed-values";
import { covered } from "./span-test-helpers";

describe("keyedValueSpans", () => {
  it.each([
    ["JSON", '{"clientSecret":"SK-abc","ok":1}', [["SK-abc", "client-secret"]]],
    ["a JSON number", '{"cvv": 123}', [["123", "cvv"]]],
    ["a JSON array of header values", '{"X-SIGNATURE":["abc=="]}', [["abc==", "signature"]]],
    ["JSON in a JSON string", '{"body":"{\\"accessToken\\":\\"abc\\"}"}', [["abc", "token"]]],
    ["JSON in JSON in a JSON string", '{"a":"{\\"b\\":\\"{\\\\\\"otp\\\\\\":\\\\\\"123456\\\\\\"}\\"}"}', [["123456", "otp"]]],
    ["a quoted value with an escaped quote", '{"password":"a\\"b c"}', [['a\\"b c', "password"]]],
    ["a header, to the end of its line", "Authorization: Bearer abc def\nX: 1", [["abc def", "authorization"]]],
    ["a curl header", "> X-SIGNATURE: c2ln\n", [["c2ln", "signature"]]],
    ["a query string", "a=1&sig=abc&b=2", [["abc", "signature"]]],
    ["?key= in a URL", "https://x.example/v1?key=AIza123&lang=id", [["AIza123", "client-secret"]]],
    ["an environment file", "DB_PASS=Tr0ub4dor&3\nNEXT=1", [["Tr0ub4dor&3", "password"]]],
    ["YAML, indented", "doku:\n      secret_key: with spaces\n", [["with spaces", "client-secret"]]],
    ["PHP print_r, to the end of its line", "    [clientSecret] => php secret 42\n", [["php secret 42", "client-secret"]]],
    ["Python", "{'pin': '1234', 'x': 1}", [["1234", "otp"]]],
    ["XML with a namespace", "<ns2:accessToken>abc</ns2:accessToken>", [["abc", "token"]]],
    ["a Java map", "{X-SIGNATURE=[abc==], Content-Type=[application/json]}", [["abc==", "signature"]]],
    ["a JSON Web Key", '{"kty":"RSA","n":"0vx7","d":"X4cT"}', [["X4cT", "private-key"]]],
    ["a card's expiry", '{"expiryDate":"12/27","expiredDate":"2025-01-15T10:00:00+07:00"}', [["12/27", "card-expiry"]]],
  ])("masks the value in %s", (_notation, text, expected) => {
    expect(covered(text, keyedValueSpans(text))).toEqual(expected);
  });

  it.each([
    '{"accessToken":"","cvv":null,"password":"***"}',
    '{"clientSecret":"{{clientSecret}}","token":"${TOKEN}"}',
    '{"accessToken":"[redacted: token]","phone":"[redacted: phone …7890]"}',
    '{"expiryDate":"2025-01-15T10:00:00+07:00"}',
    '{"X-CLIENT-KEY":"MCH-0001-10791114622547","tokenType":"Bearer"}',
    "Authorization: Bearer ",
  ])("leaves %j: empty, a literal, a template variable, already redacted, a VA's expiry, or no secret key", (text) => {
    expect(keyedValueSpans(text)).toEqual([]);
  });
});
