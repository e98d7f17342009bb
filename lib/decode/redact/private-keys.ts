// Private keys, whole: PEM blocks from BEGIN to END (or to the end of the body when END was cut off), a body whose
// END line survived without its BEGIN line, and a bare body without either, recognised by its first bytes: a private
// key's DER encoding starts with SEQUENCE then INTEGER (its version, 0 or 1), where a public key or certificate starts
// with SEQUENCE then SEQUENCE. Bodies may have real or JSON-escaped ("\n") line breaks.
// Also says where public key and certificate bodies are, so the random-string rule leaves them alone.
import type { SecretSpan } from "./secret-kinds";

const PEM_BEGIN = /-----BEGIN (?:[A-Z0-9]+ ){0,3}PRIVATE KEY-----/g;
const PEM_END = /-----END (?:[A-Z0-9]+ ){0,3}PRIVATE KEY-----/g;
const PUBLIC_BEGIN = /-----BEGIN (?:[A-Z0-9]+ ){0,3}(?:PUBLIC KEY|CERTIFICATE)-----/g;
/** A base64 body's possible start: DER (MI…, MH…, MC…, MG…) or OpenSSH's "openssh-key-v1" (b3BlbnNzaC1rZXktdjE). */
const BODY_START = /(?<![A-Za-z0-9+/])(?:M[A-Za-z0-9+/]{11}|b3BlbnNzaC1rZXktdjE)/g;
/** Shorter runs are not keys: the smallest private key (Ed25519, PKCS#8) is 64 base64 characters. */
const MIN_BODY_LENGTH = 60;

interface Range {
  start: number;
  end: number;
}

export function privateKeySpans(text: string): SecretSpan[] {
  // Overlaps (a BEGIN block whose body also starts like a key) are merged by the caller.
  const ranges = text.includes("PRIVATE KEY-----") ? pemBlocks(text) : [];
  for (const body of bareBodies(text)) if (body.private) ranges.push(body);
  return ranges.map(({ start, end }) => ({ start, end, kind: "private-key" as const }));
}

/** Public key and certificate bodies, with or without their BEGIN line, in order: not secrets, and support may need them. */
export function publicKeyBodies(text: string): Range[] {
  const ranges: Range[] = [];
  if (text.includes("-----BEGIN ")) {
    PUBLIC_BEGIN.lastIndex = 0;
    for (let begin = PUBLIC_BEGIN.exec(text); begin; begin = PUBLIC_BEGIN.exec(text)) {
      const start = begin.index + begin[0].length;
      ranges.push({ start, end: endOfBase64Body(text, start) });
      PUBLIC_BEGIN.lastIndex = Math.max(PUBLIC_BEGIN.lastIndex, ranges.at(-1)?.end ?? 0);
    }
  }
  // A body under a BEGIN line is found twice: keep the BEGIN line's range.
  let pem = 0;
  const pemRanges = [...ranges];
  for (const body of bareBodies(text)) {
    while (pem < pemRanges.length && (pemRanges[pem]?.end ?? 0) <= body.start) pem += 1;
    const under = pemRanges[pem];
    if (!body.private && !(under && body.start >= under.start)) ranges.push(body);
  }
  return ranges.sort((a, b) => a.start - b.start);
}

/** BEGIN…END blocks, a BEGIN whose END was cut off, and an END whose BEGIN was cut off. In order, without overlaps. */
function pemBlocks(text: string): Range[] {
  const blocks: Range[] = [];
  let nextEnd: { start: number; end: number } | undefined;
  PEM_BEGIN.lastIndex = 0;
  for (let begin = PEM_BEGIN.exec(text); begin; begin = PEM_BEGIN.exec(text)) {
    const bodyStart = begin.index + begin[0].length;
    // One END search serves every BEGIN before it, so a paste of many BEGIN lines stays linear.
    if (nextEnd === undefined || nextEnd.start < bodyStart) {
      PEM_END.lastIndex = bodyStart;
      const end = PEM_END.exec(text);
      nextEnd = end ? { start: end.index, end: end.index + end[0].length } : { start: Infinity, end: Infinity };
    }
    const blockEnd = Number.isFinite(nextEnd.end) ? nextEnd.end : endOfBase64Body(text, bodyStart);
    blocks.push({ start: begin.index, end: blockEnd });
    PEM_BEGIN.lastIndex = Math.max(blockEnd, PEM_BEGIN.lastIndex);
  }
  // END lines no BEGIN claimed: the body before them, read backwards, never into the block or END before.
  const ranges: Range[] = [];
  let blockIndex = 0;
  let floor = 0;
  PEM_END.lastIndex = 0;
  for (let end = PEM_END.exec(text); end; end = PEM_END.exec(text)) {
    while (blockIndex < blocks.length && (blocks[blockIndex]?.end ?? 0) <= end.index) {
      const block = blocks[blockIndex];
      if (block) ranges.push(block);
      floor = Math.max(floor, block?.end ?? 0);
      blockIndex += 1;
    }
    const claimed = blocks[blockIndex];
    if (claimed && end.index >= claimed.start) continue;
    ranges.push({ start: startOfBase64Body(text, end.index, floor), end: end.index + end[0].length });
    floor = end.index + end[0].length;
  }
  ranges.push(...blocks.slice(blockIndex));
  return ranges;
}

interface Body extends Range {
  private: boolean;
}

/** Base64 runs that decode to the start of a DER key or certificate, or of an OpenSSH key. */
function bareBodies(text: string): Body[] {
  const bodies: Body[] = [];
  BODY_START.lastIndex = 0;
  for (let match = BODY_START.exec(text); match; match = BODY_START.exec(text)) {
    const kind = match[0].startsWith("b3Blbn") ? "private" : derKind(match[0]);
    if (!kind) continue;
    const end = endOfBase64Body(text, match.index);
    if (end - match.index >= MIN_BODY_LENGTH) bodies.push({ start: match.index, end, private: kind === "private" });
    BODY_START.lastIndex = Math.max(end, BODY_START.lastIndex);
  }
  return bodies;
}

/** "private" for SEQUENCE, INTEGER 0|1 (PKCS#1, PKCS#8, SEC 1); "public" for SEQUENCE, SEQUENCE (SPKI, X.509). */
function derKind(base64: string): "private" | "public" | undefined {
  let bytes: number[];
  try {
    bytes = Array.from(atob(base64.slice(0, 12)), (char) => char.charCodeAt(0));
  } catch {
    return undefined;
  }
  if (bytes[0] !== 0x30) return undefined;
  const lengthByte = bytes[1] ?? 0;
  const contentAt = lengthByte < 0x80 ? 2 : 2 + (lengthByte & 0x7f);
  if (contentAt > 5) return undefined;
  const tag = bytes[contentAt];
  if (tag === 0x02 && bytes[contentAt + 1] === 0x01 && (bytes[contentAt + 2] === 0x00 || bytes[contentAt + 2] === 0x01)) return "private";
  if (tag === 0x30) return "public";
  return undefined;
}

/**
 * Base64 lines, with real or JSON-escaped ("\n", "\\n") line breaks. A word at the start of the next line ("next line")
 * cannot be told from a short last line of body, so it goes too: removing a word is safer than leaving key material.
 */
function endOfBase64Body(text: string, from: number): number {
  let at = from;
  while (at < text.length) {
    const code = text.charCodeAt(at);
    if (isBase64(code) || code === 10 || code === 13) at += 1;
    else if (code === 92) {
      let next = at;
      while (text.charCodeAt(next) === 92) next += 1;
      if (/[rn]/.test(text[next] ?? "")) at = next + 1;
      else break;
    } else break;
  }
  // A trailing line break belongs to the text after the body.
  while (at > from && /[\r\n]/.test(text[at - 1] ?? "")) at -= 1;
  return at;
}

/** The start of the base64 body that ends at `end`, read backwards but not before `floor`. */
function startOfBase64Body(text: string, end: number, floor: number): number {
  let at = end;
  while (at > floor) {
    const code = text.charCodeAt(at - 1);
    if ((text[at - 1] === "n" || text[at - 1] === "r") && text[at - 2] === "\\") {
      at -= 2;
      while (at > floor && text[at - 1] === "\\") at -= 1;
    } else if (isBase64(code) || code === 10 || code === 13) at -= 1;
    else break;
  }
  // Leading line breaks belong to the text before the body.
  while (at < end && /[\r\n]/.test(text[at] ?? "")) at += 1;
  return at;
}

function isBase64(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 43 || code === 47 || code === 61;
}
