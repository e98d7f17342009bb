// Properties of the signature check over generated input: it never throws (or hangs on) any paste, and nothing it
// returns contains the client secret.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkSignature } from "./check-signature";
import { hmacSha512, rawRequest } from "./fixtures/node-signer";
import { checkPastedRequest } from "./pasted-request";
import { SCHEMES } from "./scheme";

/** Every string inside a value, however deep. */
function stringsIn(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value && typeof value === "object") return Object.values(value).flatMap(stringsIn);
  return [];
}

const headerName = fc.constantFrom("X-TIMESTAMP", "X-SIGNATURE", "Authorization", "X-CLIENT-KEY", "X-EXTERNAL-ID", "Client-Id", "Request-Id", "Request-Timestamp", "Signature", "Content-Type", "Host");
const headerValue = fc.oneof(fc.string(), fc.constantFrom("Bearer x", "HMACSHA256=abc=", "2026-11-30 15:04:05", "2026-11-30T15:04:05+07:00", "", "Bearer Bearer"));
const body = fc.oneof(fc.string(), fc.json(), fc.jsonValue().map((value) => JSON.stringify(value, null, 2)));
const target = fc.oneof(fc.constantFrom("/authorization/v1/access-token/b2b", "https://api.doku.com/x?a=1", "/checkout/v1/payment", "/"), fc.string().map((path) => `/${path.replace(/\s/g, "")}`));

/** Requests shaped like real pastes, with random parts: raw, curl, curl -v and log forms. */
const requestLike = fc
  .record({ method: fc.constantFrom("POST", "GET", "post", "PUT"), target, headers: fc.dictionary(headerName, headerValue, { maxKeys: 8 }), body })
  .chain(({ method, target: path, headers, body: text }) =>
    fc.constantFrom(
      rawRequest(method, path, headers, text),
      `curl -X ${method} 'https://api.doku.com${path}' ${Object.entries(headers).map(([name, value]) => `-H '${name}: ${value.replace(/'/g, "")}'`).join(" ")} -d '${text.replace(/'/g, "")}'`,
      `curl "https://h${path}" -H "${Object.keys(headers)[0] ?? "A"}: ${text}`,
      [`> ${method} ${path} HTTP/1.1`, ...Object.entries(headers).map(([name, value]) => `> ${name}: ${value}`), ">", "< HTTP/1.1 401 Unauthorized"].join("\n"),
      `${Object.entries(headers).map(([name, value]) => `${name}=${value}`).join(" ")} X-SIGNATURE: abc body=${text}`,
    ),
  );
const anyRequest = fc.oneof(fc.string(), fc.string({ unit: "grapheme" }), requestLike);
const secretLike = fc.oneof(fc.string({ minLength: 8 }), fc.string({ unit: "grapheme", minLength: 8 }), fc.stringMatching(/^[A-Za-z0-9+/=-]{12,40}$/));

describe("checkSignature, for any input", () => {
  it("never throws, and never returns the client secret in any string", async () => {
    await fc.assert(
      fc.asyncProperty(anyRequest, secretLike, fc.option(fc.constantFrom(...SCHEMES), { nil: undefined }), fc.string(), async (request, secret, scheme, yourStringToSign) => {
        fc.pre(secret.trim().length >= 8 && ![request, yourStringToSign].some((text) => text.includes(secret.trim())));
        // A request signed with this very secret exercises the matching paths too.
        const signed = request.replace(/X-SIGNATURE: [^\n]*/, `X-SIGNATURE: ${hmacSha512(secret.trim(), request)}`);
        for (const input of [request, signed]) {
          const report = await checkSignature({ request: input, secret, publicKey: "", yourStringToSign, ...(scheme ? { scheme } : {}) });
          for (const text of stringsIn(report)) expect(text.includes(secret.trim()), text.slice(0, 80)).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("never throws on any public key text", async () => {
    const request = rawRequest("POST", "/authorization/v1/access-token/b2b", { "X-CLIENT-KEY": "MCH-1", "X-TIMESTAMP": "2026-11-30T15:04:05Z", "X-SIGNATURE": "AAAA" });
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string(), fc.base64String(), fc.base64String().map((b64) => `-----BEGIN PUBLIC KEY-----\n${b64}\n-----END PUBLIC KEY-----`)), async (publicKey) => {
        const report = await checkSignature({ request, publicKey });
        expect(report.kind).toBe("checked");
      }),
      { numRuns: 300 },
    );
  });

  it("the paste-box's request check never throws either", () => {
    fc.assert(
      fc.property(anyRequest, (paste) => {
        const result = checkPastedRequest(paste);
        expect(result === undefined || Array.isArray(result.findings)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });
});
