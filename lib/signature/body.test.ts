// The body forms a signer may hash: SNAP's minify, and the SDKs' other writings of it (reference §5.5).
import { describe, expect, it } from "vitest";
import { minifyBody, phpEscaped, removeAllWhitespace, reserialised } from "./body";
import { phpJsonEncodeDefault } from "./fixtures/node-signer";

describe("minifyBody", () => {
  it("removes only the whitespace between tokens, keeping strings, escapes and numbers as sent", () => {
    const body = '{\n  "name": "Budi  Santoso",\n  "path": "a\\/b",\n  "amount": 10.50,\n  "big": 12345678901234567890,\n  "list": [ 1, 2 ]\n}';
    expect(minifyBody(body)).toEqual({ kind: "json", minified: '{"name":"Budi  Santoso","path":"a\\/b","amount":10.50,"big":12345678901234567890,"list":[1,2]}' });
  });

  it("agrees with JSON.stringify on bodies JSON.stringify writes the same way", () => {
    const value = { a: "x y", b: [1, { c: null, d: true }], e: "é/ü" };
    expect(minifyBody(JSON.stringify(value, null, 4))).toEqual({ kind: "json", minified: JSON.stringify(value) });
  });

  it("tells an empty body and a body that is not JSON apart", () => {
    expect(minifyBody("")).toEqual({ kind: "empty" });
    expect(minifyBody("a=1&b=2").kind).toBe("not-json");
    expect(minifyBody('{"a":').kind).toBe("not-json");
  });
});

describe("the SDKs' other writings", () => {
  it("phpEscaped writes what PHP's json_encode writes without its two flags", () => {
    const value = { url: "https://x.id/a", name: "café 😀", quote: 'say "hi"' };
    expect(phpEscaped(JSON.stringify(value), { slashes: true, unicode: true })).toBe(phpJsonEncodeDefault(value));
    expect(phpEscaped('{"a":"/é"}', { slashes: true, unicode: false })).toBe('{"a":"\\/é"}');
    expect(phpEscaped('{"a":"/é"}', { slashes: false, unicode: true })).toBe('{"a":"/\\u00e9"}');
  });

  it("leaves keys' and values' existing escapes alone", () => {
    expect(phpEscaped('{"a\\"/":"\\u00e9"}', { slashes: true, unicode: true })).toBe('{"a\\"\\/":"\\u00e9"}');
  });

  it("removeAllWhitespace is Node's minifyString: spaces inside strings go too", () => {
    expect(removeAllWhitespace('{ "name": "Budi Santoso" }')).toBe('{"name":"BudiSantoso"}');
  });

  it("reserialised decodes escapes and rewrites numbers", () => {
    expect(reserialised('{"a":"\\u00e9\\/","n":10.50}')).toBe('{"a":"é/","n":10.5}');
    expect(reserialised("nope")).toBeUndefined();
  });
});
