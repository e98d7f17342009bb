// Reads the "Public key" field: PEM (BEGIN PUBLIC KEY = SPKI, BEGIN RSA PUBLIC KEY = PKCS#1, BEGIN CERTIFICATE) or
// bare Base64 DER, judged by what the DER holds rather than by its label. A private key is recognised in every
// common form so it can be refused, and it is never imported.
import { type SignatureText, SIGNATURE_TEXT } from "../i18n/signature";
import type { Locale } from "../i18n/locale";
import { fromBase64 } from "./encoding";

export type PublicKeyReading =
  | { kind: "empty" }
  | { kind: "public-key"; spki: Uint8Array<ArrayBuffer>; format: "spki" | "pkcs1" | "certificate"; bits: number }
  | { kind: "private-key" }
  | { kind: "not-rsa"; problem: string }
  | { kind: "not-a-key"; problem: string };


const PEM_BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----([\s\S]*?)-----END \1-----/g;
const RSA_OID = [0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01];
const OTHER_KEY_OIDS: [number[], "ec" | "ed25519" | "rsa-pss"][] = [
  [[0x2a, 0x86, 0x48, 0xce, 0x3d, 0x02, 0x01], "ec"],
  [[0x2b, 0x65, 0x70], "ed25519"],
  [[0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x0a], "rsa-pss"],
];

type KeyWords = SignatureText["key"];

export function readPublicKey(input: unknown, locale: Locale = "en"): PublicKeyReading {
  const t = SIGNATURE_TEXT[locale].key;
  if (typeof input !== "string" || input.trim() === "") return { kind: "empty" };
  const text = input.trim();
  // Any label or file format that names a private key: PEM, OpenSSH, PuTTY, a JWK with its private exponent "d".
  if (/PRIVATE KEY|PuTTY-User-Key-File|Private-Lines:/i.test(text) || /"d"\s*:\s*"/.test(text)) return { kind: "private-key" };
  if (/^(ssh-rsa|ssh-ed25519|ecdsa-sha2-\S+) /.test(text)) {
    return { kind: "not-a-key", problem: t.openssh };
  }
  if (/^\s*\{/.test(text)) return { kind: "not-a-key", problem: t.jwk };

  const blocks = [...text.matchAll(PEM_BLOCK)];
  if (blocks.length === 0 && /-----BEGIN /.test(text)) {
    return { kind: "not-a-key", problem: t.pemCut };
  }
  const bodies = blocks.length > 0 ? blocks.map((block) => block[2] ?? "") : [text];
  let firstProblem: PublicKeyReading | undefined;
  for (const body of bodies) {
    // PEM headers such as "Proc-Type: 4,ENCRYPTED" come before the Base64.
    const base64 = body.split("\n").filter((line) => !line.includes(":")).join("");
    const der = fromBase64(base64);
    if (!der) {
      firstProblem ??= { kind: "not-a-key", problem: t.notBase64 };
      continue;
    }
    const reading = classifyDer(der, t);
    if (reading.kind === "private-key" || reading.kind === "public-key") return reading;
    firstProblem ??= reading;
  }
  return firstProblem ?? { kind: "not-a-key", problem: t.noneFound };
}

interface Tlv {
  tag: number;
  /** Index of the tag byte. */
  offset: number;
  /** Index of the first content byte. */
  start: number;
  /** Index after the last content byte. */
  end: number;
}

function readTlv(der: Uint8Array, offset: number, limit = der.length): Tlv | undefined {
  if (offset + 2 > limit) return undefined;
  const tag = der[offset] ?? 0;
  let length = der[offset + 1] ?? 0;
  let start = offset + 2;
  if (length & 0x80) {
    const count = length & 0x7f;
    if (count === 0 || count > 4 || start + count > limit) return undefined;
    length = 0;
    for (let i = 0; i < count; i++) length = length * 256 + (der[start + i] ?? 0);
    start += count;
  }
  const end = start + length;
  return end > limit ? undefined : { tag, offset, start, end };
}

function childrenOf(der: Uint8Array, parent: Tlv): Tlv[] | undefined {
  const children: Tlv[] = [];
  for (let at = parent.start; at < parent.end; ) {
    const child = readTlv(der, at, parent.end);
    if (!child) return undefined;
    children.push(child);
    at = child.end;
    if (children.length > 64) return undefined;
  }
  return children;
}

const sameBytes = (der: Uint8Array, tlv: Tlv | undefined, expected: number[]) =>
  tlv !== undefined && tlv.end - tlv.start === expected.length && expected.every((byte, i) => der[tlv.start + i] === byte);

/** What a DER structure holds: SPKI, PKCS#1 public or private, PKCS#8 (plain or encrypted), SEC1 EC private, or X.509. */
function classifyDer(der: Uint8Array<ArrayBuffer>, t: KeyWords): PublicKeyReading {
  const top = readTlv(der, 0);
  const notAKey: PublicKeyReading = { kind: "not-a-key", problem: t.notDer };
  if (!top || top.tag !== 0x30) return notAKey;
  const kids = childrenOf(der, top);
  if (!kids) return notAKey;
  const tags = kids.map((kid) => kid.tag);

  const isZero = (tlv: Tlv | undefined) => tlv !== undefined && tlv.tag === 0x02 && tlv.end - tlv.start === 1 && der[tlv.start] === 0;
  // PKCS#1 RSAPrivateKey: version 0 and eight integers. PKCS#8: version, algorithm, OCTET STRING. Encrypted PKCS#8:
  // algorithm and OCTET STRING. SEC1 EC: version 1 and an OCTET STRING.
  if (tags.length >= 9 && tags.every((tag) => tag === 0x02) && isZero(kids[0])) return { kind: "private-key" };
  if (tags.length >= 3 && tags[0] === 0x02 && tags[1] === 0x30 && tags[2] === 0x04) return { kind: "private-key" };
  if (tags.length === 2 && tags[0] === 0x30 && tags[1] === 0x04) return { kind: "private-key" };
  if (tags.length >= 2 && tags[0] === 0x02 && tags[1] === 0x04) return { kind: "private-key" };

  if (tags.length === 2 && tags[0] === 0x02 && tags[1] === 0x02) {
    const modulus = kids[0];
    return modulus ? { kind: "public-key", spki: wrapPkcs1(der.slice(0, top.end)), format: "pkcs1", bits: integerBits(der, modulus) } : notAKey;
  }
  if (tags.length === 2 && tags[0] === 0x30 && tags[1] === 0x03) return fromSpki(der.slice(0, top.end), "spki", t);
  if (tags.length === 3 && tags[0] === 0x30 && tags[1] === 0x30 && tags[2] === 0x03 && kids[0]) {
    const tbs = childrenOf(der, kids[0]);
    const index = tbs?.[0]?.tag === 0xa0 ? 6 : 5;
    const spki = tbs?.[index];
    if (spki && spki.tag === 0x30) return fromSpki(der.slice(spki.offset, spki.end), "certificate", t);
  }
  return notAKey;
}

function fromSpki(spki: Uint8Array<ArrayBuffer>, format: "spki" | "certificate", t: KeyWords): PublicKeyReading {
  const top = readTlv(spki, 0);
  const kids = top && childrenOf(spki, top);
  const algorithm = kids?.[0] && childrenOf(spki, kids[0]);
  const oid = algorithm?.[0];
  if (!kids || !oid) return { kind: "not-a-key", problem: t.unreadable };
  if (!sameBytes(spki, oid, RSA_OID)) {
    return { kind: "not-rsa", problem: t.notRsa(OTHER_KEY_OIDS.find(([bytes]) => sameBytes(spki, oid, bytes))?.[1] ?? "other") };
  }
  const bitString = kids[1];
  // The BIT STRING holds one byte of unused-bit count, then PKCS#1 RSAPublicKey { modulus, exponent }.
  const inner = bitString ? readTlv(spki, bitString.start + 1, bitString.end) : undefined;
  const modulus = inner ? childrenOf(spki, inner)?.[0] : undefined;
  return { kind: "public-key", spki, format, bits: modulus ? integerBits(spki, modulus) : 0 };
}

function integerBits(der: Uint8Array, integer: Tlv): number {
  let start = integer.start;
  while (start < integer.end && der[start] === 0) start++;
  if (start >= integer.end) return 0;
  return (integer.end - start - 1) * 8 + Math.floor(Math.log2(der[start] ?? 1)) + 1;
}

/** PKCS#1 RSAPublicKey inside SubjectPublicKeyInfo, which is what Web Crypto imports ("spki"). */
export function wrapPkcs1(pkcs1: Uint8Array): Uint8Array<ArrayBuffer> {
  const algorithm = [0x30, 0x0d, 0x06, 0x09, ...RSA_OID, 0x05, 0x00];
  const bitString = [0x03, ...derLength(pkcs1.length + 1), 0x00, ...pkcs1];
  return new Uint8Array([0x30, ...derLength(algorithm.length + bitString.length), ...algorithm, ...bitString]);
}

function derLength(length: number): number[] {
  if (length < 0x80) return [length];
  const bytes: number[] = [];
  for (let rest = length; rest > 0; rest = Math.floor(rest / 256)) bytes.unshift(rest % 256);
  return [0x80 | bytes.length, ...bytes];
}
