// Share-link fragments: the explanation round-trips, old v1 links still open, anything else reads as damaged, and
// nothing can make the reader throw or inflate a link into more than a few megabytes.
import zlib from "node:zlib";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  SHARE_FRAGMENT_MAX_CHARS,
  SHARE_LINK_MAX_CHARS,
  SHARE_TEXT_MAX_BYTES,
  codeOnlyFragment,
  codesFromFragment,
  encodeExplanationFragment,
  inflateBounded,
  readShareFragment,
} from "./share-link";
import type { SharedExplanation } from "./shared-explanation";

const fragmentOf = (version: string, bytes: Uint8Array) => `${version}.${Buffer.from(bytes).toString("base64url")}`;
/** A link made by the previous version of the page: the paste itself, deflated. */
const v1Fragment = (text: string) => fragmentOf("v1", zlib.deflateRawSync(Buffer.from(text, "utf8")));
const v2Fragment = (json: string) => fragmentOf("v2", zlib.deflateRawSync(Buffer.from(json, "utf8")));

const explanation: SharedExplanation = {
  responses: [{ status: 401, reason: "Unauthorized", findings: [{ field: "responseCode", code: "4012400", message: "Unauthorized. [Signature]" }] }],
  identifiers: [["X-EXTERNAL-ID", "41807553358950093184"]],
  environment: "sandbox",
};

describe("encodeExplanationFragment and readShareFragment", () => {
  it("make a v2 fragment of URL-safe characters that reads back as the same explanation", async () => {
    const fragment = await encodeExplanationFragment(explanation);
    expect(fragment).toMatch(/^v2\.[A-Za-z0-9_-]+$/);
    expect(await readShareFragment(fragment)).toEqual({ kind: "explanation", explanation });
    expect(await readShareFragment(`#${fragment}`)).toEqual({ kind: "explanation", explanation });
  });

  it("carry the paste when it was included, emoji and Indonesian included", async () => {
    const withPaste = { ...explanation, paste: "Pembayaran gagal 😞 — coba lagi\r\n\t[redacted: phone …7890]" };
    expect(await readShareFragment(await encodeExplanationFragment(withPaste))).toEqual({ kind: "explanation", explanation: withPaste });
  });

  it("keep a typical explanation link short: a few hundred characters", async () => {
    const fragment = await encodeExplanationFragment(explanation);
    expect(fragment.length).toBeLessThan(400);
    expect(fragment.length).toBeLessThan(SHARE_LINK_MAX_CHARS);
  });

  it("still open v1 links, which carry the paste itself", async () => {
    const paste = '{"responseCode":"4012400","responseMessage":"Unauthorized. [Signature]"}';
    expect(await readShareFragment(v1Fragment(paste))).toEqual({ kind: "paste", text: paste });
    expect(await readShareFragment(`#${v1Fragment(paste)}`)).toEqual({ kind: "paste", text: paste });
    for (const text of ["", "Pembayaran gagal 😞 — coba lagi", "\u0000\r\n\t"]) expect(await readShareFragment(v1Fragment(text))).toEqual({ kind: "paste", text });
  });

  it("read code-only links, and nothing from a fragment that is not a link", async () => {
    expect(await readShareFragment("#code=4012400,INVALID_TOKEN")).toEqual({ kind: "codes", codes: ["4012400", "INVALID_TOKEN"] });
    for (const fragment of ["", "#", "#top", "#identifiers"]) expect(await readShareFragment(fragment)).toEqual({ kind: "none" });
  });

  it("say when a link was made by a newer version", async () => {
    expect(await readShareFragment("v3.abc")).toEqual({ kind: "newer-version", version: 3 });
  });

  it.each([
    ["no payload", "v1."],
    ["version 0", "v0.yzi8MicnX"],
    ["not base64url", "v1.abc+/def="],
    ["an impossible base64 length", "v1.a"],
    ["deflate garbage", "v1.AAAAAAAA"],
    ["v2 that is not JSON", v2Fragment("not json")],
    ["v2 JSON of the wrong shape", v2Fragment('{"responses":"4012400"}')],
    ["v2 with an impossible status", v2Fragment('{"responses":[{"status":9999,"findings":[]}],"identifiers":[]}')],
    ["v2 with a code far too long", v2Fragment(JSON.stringify({ responses: [{ findings: [{ field: "text", code: "x".repeat(5000) }] }], identifiers: [] }))],
    ["v2 with more responses than a link carries", v2Fragment(JSON.stringify({ responses: Array(21).fill({ findings: [] }), identifiers: [] }))],
  ])("read %s as damaged", async (_what, fragment) => {
    expect(await readShareFragment(fragment)).toEqual({ kind: "damaged" });
  });

  it("read a cut-off link as damaged", async () => {
    const fragment = await encodeExplanationFragment({ ...explanation, paste: "x".repeat(2000) + "🙂".repeat(500) });
    expect(await readShareFragment(fragment.slice(0, fragment.length / 2))).toEqual({ kind: "damaged" });
  });

  it("read bytes that are not UTF-8 as damaged", async () => {
    expect(await readShareFragment(fragmentOf("v1", zlib.deflateRawSync(Buffer.from([0xff, 0xfe, 0xc3]))))).toEqual({ kind: "damaged" });
  });

  it("inflate up to 2 MB and refuse a zip bomb", { timeout: 30_000 }, async () => {
    const atLimit = zlib.deflateRawSync(Buffer.alloc(SHARE_TEXT_MAX_BYTES, "a"));
    const read = await readShareFragment(fragmentOf("v1", atLimit));
    expect(read.kind === "paste" ? read.text.length : read).toBe(SHARE_TEXT_MAX_BYTES);
    // 64 MB of zeros deflate to about 64 KB: the reader stops after 2 MB instead of allocating them.
    const bomb = zlib.deflateRawSync(Buffer.alloc(64 * 1024 * 1024), { level: 9 });
    expect(await readShareFragment(fragmentOf("v2", bomb))).toMatchObject({ kind: "too-large" });
    expect(await readShareFragment(fragmentOf("v1", zlib.deflateRawSync(Buffer.alloc(SHARE_TEXT_MAX_BYTES + 1, "a"))))).toMatchObject({ kind: "too-large" });
  });

  it("refuse a link longer than any this page makes without reading it", async () => {
    const fragment = `v2.${"A".repeat(SHARE_FRAGMENT_MAX_CHARS)}`;
    expect(await readShareFragment(fragment)).toEqual({ kind: "too-large", chars: fragment.length });
  });

  // Async properties run the platform's streams for every case: give them time on a busy CI machine.
  it("round-trip any paste and any messages", { timeout: 60_000 }, async () => {
    const text = fc.oneof(fc.string({ unit: "binary", maxLength: 300 }), fc.string({ unit: "grapheme", maxLength: 100 }));
    await fc.assert(
      fc.asyncProperty(text, text, async (paste, message) => {
        const shared: SharedExplanation = { responses: [{ findings: [{ field: "text", code: "4012400", message: message.slice(0, 1000) }] }], identifiers: [], paste };
        expect(await readShareFragment(await encodeExplanationFragment(shared))).toEqual({ kind: "explanation", explanation: shared });
      }),
      { numRuns: 100 },
    );
  });

  it("never throw, whatever the fragment", { timeout: 60_000 }, async () => {
    const base64urlish = fc.string({ unit: fc.constantFrom(..."ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"), maxLength: 200 });
    const anyUtf16 = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)), maxLength: 100 });
    const deflatedJson = fc.json().map((json) => v2Fragment(json));
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string(), anyUtf16, base64urlish.map((body) => `v1.${body}`), base64urlish.map((body) => `#v2.${body}`), deflatedJson), async (fragment) => {
        const read = await readShareFragment(fragment);
        expect(["none", "explanation", "paste", "codes", "too-large", "newer-version", "damaged"]).toContain(read.kind);
      }),
      { numRuns: 300 },
    );
  });
});

describe("inflateBounded", () => {
  /**
   * A 1.9 MB link that inflates to 1.4 GB, as the issue measured: a sync-flushed deflate block of 64 MB of zeros,
   * repeated (each copy only refers back within itself), then an empty final block.
   */
  function bombOf(compressedBytes: number): Buffer {
    const piece = zlib.deflateRawSync(Buffer.alloc(64 * 1024 * 1024), { level: 9, finishFlush: zlib.constants.Z_SYNC_FLUSH });
    return Buffer.concat([...Array<Buffer>(Math.ceil(compressedBytes / piece.length)).fill(piece), Buffer.from([0x03, 0x00])]);
  }

  it("stops a 1.4 GB bomb at the cap, within a few MB of memory and well under a second", { timeout: 30_000 }, async () => {
    const bomb = new Uint8Array(bombOf(1_400_000));
    expect(Buffer.from(bomb).toString("base64url").length).toBeGreaterThan(1_900_000);
    const before = process.memoryUsage();
    const started = performance.now();
    expect(await inflateBounded(bomb, SHARE_TEXT_MAX_BYTES)).toBe("too-large");
    const elapsed = performance.now() - started;
    const grown = process.memoryUsage().arrayBuffers - before.arrayBuffers;
    expect(elapsed).toBeLessThan(1000);
    expect(grown).toBeLessThan(16 * 1024 * 1024);
  });

  it("returns the bytes of a stream within the cap, and undefined for one that is cut off", async () => {
    const text = Buffer.from("Pembayaran gagal ".repeat(1000));
    const compressed = zlib.deflateRawSync(text);
    expect(Buffer.from((await inflateBounded(new Uint8Array(compressed), SHARE_TEXT_MAX_BYTES)) as Uint8Array).equals(text)).toBe(true);
    expect(await inflateBounded(new Uint8Array(compressed.subarray(0, compressed.length - 3)), SHARE_TEXT_MAX_BYTES)).toBeUndefined();
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
