// A SNAP request signed as DOKU expects (HMAC-SHA512 over method, path, token, body hash and timestamp), shared by the
// signature check's specs in both languages.
import crypto from "node:crypto";

export const token = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJNQ0gtMDAwMSJ9.c2lnbmF0dXJl";
export const path = "/virtual-accounts/bi-snap-va/v1.1/transfer-va/create-va";
export const timestamp = "2026-11-30T15:04:05+07:00";
export const body = JSON.stringify({ partnerServiceId: "  888994", customerNo: "00000000000001", virtualAccountName: "Budi Santoso", trxId: "INV-2026-0001" }, null, 2);
export const sha256 = (text: string) => crypto.createHash("sha256").update(text).digest("hex");
export const hmac512 = (key: string, text: string) => crypto.createHmac("sha512", key).update(text).digest("base64");
/** The canonical string to sign: the body minified, as DOKU hashes it. */
export const stringToSign = `POST:${path}:${token}:${sha256(JSON.stringify(JSON.parse(body)))}:${timestamp}`;

/** The raw HTTP request with `signature` in X-SIGNATURE. */
export function snapRequest(signature: string, requestBody = body) {
  return [
    `POST ${path} HTTP/1.1`,
    "Host: api-sandbox.doku.com",
    "Content-Type: application/json",
    `Authorization: Bearer ${token}`,
    `X-TIMESTAMP: ${timestamp}`,
    `X-SIGNATURE: ${signature}`,
    "X-PARTNER-ID: MCH-0001-10791114622547",
    "X-EXTERNAL-ID: 41807553358950093184",
    "CHANNEL-ID: H2H",
    "",
    requestBody,
  ].join("\n");
}
