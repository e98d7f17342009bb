// Share-link fragments: the pasted text round-trips, anything else decodes to undefined, and nothing can make the
// decoder throw or inflate a small link into gigabytes.
import zlib from "node:zlib";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SHARE_LINK_MAX_CHARS, SHARE_TEXT_MAX_BYTES, codeOnlyFragment, codesFromFragment, decodeShareFragment, encodeShareFragment } from "./share-link";

const fragmentOf = (bytes: Uint8Array) => `v1.${Buffer.from(bytes).toString("base64url")}`;

describe("encodeShareFragment and decodeShareFragment", () => {
  const paste = '{"responseCode":"4012400","responseMessage":"Unauthorized. [Signature]"}';

  it("make a v1 fragment of URL-safe characters that decodes to the same text", async () => {
    const fragment = await encodeShareFragment(paste);
    expect(fragment).toMatch(/^v1\.[A-Za-z0-9_-]+$/);
    expect(await decodeShareFragment(fragment)).toBe(paste);
  });

  it("accept the fragment with its leading #", async () => {
    expect(await decodeShareFragment(`#${await encodeShareFragment(paste)}`)).toBe(paste);
  });

  it("compress: a typical curl transcript fits well inside a link", async () => {
    const transcript = `${"> X-TIMESTAMP: 2025-03-01T10:15:30+07:00\n".repeat(40)}{"responseCode":"4012400"}`;
    const fragment = await encodeShareFragment(transcript);
    expect(fragment.length).toBeLessThan(transcript.length / 4);
    expect(fragment.length).toBeLessThan(SHARE_LINK_MAX_CHARS);
  });

  it("round-trip the empty text, and text with emoji and Indonesian", async () => {
    for (const text of ["", "Pembayaran gagal 😞 — coba lagi", "\u0000\r\n\t"]) {
      expect(await decodeShareFragment(await encodeShareFragment(text))).toBe(text);
    }
  });

  it.each([
    ["empty", ""],
    ["just a hash", "#"],
    ["no payload", "v1."],
    ["another version", "v2.yzi8MicnX-HD_BkNCtVKRanFBfl5xanO-SmpSlZKJgaGRiYGBkq1AA"],
    ["not base64url", "v1.abc+/def="],
    ["an impossible base64 length", "v1.a"],
    ["deflate garbage", "v1.AAAAAAAA"],
    ["a code-only fragment", "code=4012400"],
  ])("return undefined for %s", async (_what, fragment) => {
    expect(await decodeShareFragment(fragment)).toBeUndefined();
  });

  it("return undefined for a cut-off link", async () => {
    const fragment = await encodeShareFragment(paste.repeat(20));
    expect(await decodeShareFragment(fragment.slice(0, fragment.length / 2))).toBeUndefined();
  });

  it("return undefined for bytes that are not UTF-8", async () => {
    expect(await decodeShareFragment(fragmentOf(zlib.deflateRawSync(Buffer.from([0xff, 0xfe, 0xc3]))))).toBeUndefined();
  });

  it("inflate up to 2 MB and refuse a zip bomb", { timeout: 30_000 }, async () => {
    const atLimit = zlib.deflateRawSync(Buffer.alloc(SHARE_TEXT_MAX_BYTES, "a"));
    expect((await decodeShareFragment(fragmentOf(atLimit)))?.length).toBe(SHARE_TEXT_MAX_BYTES);
    // 64 MB of zeros deflate to about 64 KB: the decoder stops after 2 MB instead of allocating them.
    const bomb = zlib.deflateRawSync(Buffer.alloc(64 * 1024 * 1024), { level: 1 });
    expect(await decodeShareFragment(fragmentOf(bomb))).toBeUndefined();
    expect(await decodeShareFragment(fragmentOf(zlib.deflateRawSync(Buffer.alloc(SHARE_TEXT_MAX_BYTES + 1, "a"))))).toBeUndefined();
  });

  // Async properties run the platform's streams for every case: give them time on a busy CI machine.
  it("round-trip any Unicode text", { timeout: 60_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string({ unit: "binary", maxLength: 500 }), fc.string({ unit: "grapheme", maxLength: 200 }), fc.json()), async (text) => {
        expect(await decodeShareFragment(await encodeShareFragment(text))).toBe(text);
      }),
      { numRuns: 100 },
    );
  });

  it("never throw, whatever the fragment", { timeout: 60_000 }, async () => {
    const base64urlish = fc.string({ unit: fc.constantFrom(..."ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"), maxLength: 200 });
    const anyUtf16 = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)), maxLength: 100 });
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string(), anyUtf16, base64urlish.map((body) => `v1.${body}`), base64urlish.map((body) => `#v1.${body}`)), async (fragment) => {
        const decoded = await decodeShareFragment(fragment);
        expect(decoded === undefined || typeof decoded === "string").toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe("code-only fragments", () => {
  it("list the codes, URL-encoded, for when the whole paste is too long", () => {
    expect(codeOnlyFragment(["4012400", "INVALID_TOKEN"])).toBe("code=4012400,INVALID_TOKEN");
    expect(codesFromFragment("#code=4012400,INVALID_TOKEN")).toEqual(["4012400", "INVALID_TOKEN"]);
  });

  it("drop blanks, duplicates and anything that is not shaped like a code", () => {
    expect(codeOnlyFragment([" 4012400 ", "4012400", "", "<script>", "a b", "invalid_signature"])).toBe("code=4012400,invalid_signature");
    expect(codesFromFragment("code=4012400,%3Cb%3E,,409US00")).toEqual(["4012400", "409US00"]);
  });

  it("find the code parameter among others, and decode it", () => {
    expect(codesFromFragment("#ref=abc&code=%34012400")).toEqual(["4012400"]);
  });

  it.each(["", "#", "code=", "code=%E0%A4%A", "v1.abc", "codes=4012400", "code=<b>"])("return undefined for %j", (fragment) => {
    expect(codesFromFragment(fragment)).toBeUndefined();
  });

  it("round-trip any list of codes", () => {
    const code = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,20}$/);
    fc.assert(
      fc.property(fc.uniqueArray(code, { minLength: 1, maxLength: 20 }), (codes) => {
        expect(codesFromFragment(codeOnlyFragment(codes))).toEqual(codes);
      }),
    );
  });

  it("never throw, whatever the fragment", () => {
    fc.assert(
      fc.property(fc.string(), (fragment) => {
        const codes = codesFromFragment(fragment);
        expect(codes === undefined || codes.every((found) => /^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(found))).toBe(true);
      }),
    );
  });
});
