// Credentials recognisable by their shape wherever they are, with or without a key: bearer tokens, Basic credentials,
// JWTs, DOKU's HMACSHA256= signatures, DOKU secret keys (SK-…), `curl -u user:secret`, `https://user:pass@host`, and
// long random-looking strings (a signature or key in a log line with no name). Linear time: every pattern is either
// bounded or a single class repeated, and the random-string rule walks each run of characters once.
import type { SecretSpan } from "./secret-kinds";

interface Range {
  start: number;
  end: number;
}

const BEARER = /(?<![A-Za-z0-9])Bearer(?:[ \t]+|%20|\+)([A-Za-z0-9\-._~+/]+=*)/gi;
const BASIC = /(?<![A-Za-z0-9])Basic(?:[ \t]+|%20|\+)([A-Za-z0-9+/]{4,}={0,2})(?![A-Za-z0-9+/=])/gi;
const JWT = /(?<![A-Za-z0-9_])eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]*(?:\.[A-Za-z0-9_-]+)*/g;
const HMAC_SIGNATURE = /(?<![A-Za-z0-9])HMACSHA(?:1|256|384|512)=([A-Za-z0-9+/_-]+=*)/gi;
/** DOKU's secret key ("SK-" and 20 letters and digits), and the common sk_live_/sk_test_ forms. */
const SECRET_KEY = /(?<![A-Za-z0-9_-])(?:SK-[A-Za-z0-9]{10,}|sk_(?:live|test)_[A-Za-z0-9]{10,})/g;
/** `curl -u user:secret`, `--user=user:secret`, `-u 'user:secret'`: the part after the first ":" is the password. */
const CURL_USER = /(?<![\w-])(?:-u|--user)(?:[ \t]+|=)(["']?)([^\s"':]*):([^\s"'[\]]+)/g;
const NOT_A_TOKEN = /^(?:null|nil|none|undefined|true|false|token|\*+)$/i;

/** Everything but random-looking strings, which are looked for after the rest is replaced (see randomStringSpans). */
export function shapeSpans(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  const push = (start: number, end: number, kind: SecretSpan["kind"]) => spans.push({ start, end, kind });
  if (/bearer/i.test(text)) {
    for (const match of text.matchAll(BEARER)) {
      const token = match[1] ?? "";
      // "Bearer undefined" or "Bearer token" is the bug being reported, not a credential.
      if (token.length >= 8 && !NOT_A_TOKEN.test(token)) push(match.index + match[0].length - token.length, match.index + match[0].length, "authorization");
    }
  }
  if (/basic/i.test(text)) {
    for (const match of text.matchAll(BASIC)) {
      const credentials = match[1] ?? "";
      if (isBasicCredentials(credentials)) push(match.index + match[0].length - credentials.length, match.index + match[0].length, "authorization");
    }
  }
  if (text.includes("eyJ")) for (const match of text.matchAll(JWT)) push(match.index, match.index + match[0].length, "token");
  if (/hmacsha/i.test(text)) {
    for (const match of text.matchAll(HMAC_SIGNATURE)) push(match.index + match[0].length - (match[1] ?? "").length, match.index + match[0].length, "signature");
  }
  if (/sk[-_]/i.test(text)) for (const match of text.matchAll(SECRET_KEY)) push(match.index, match.index + match[0].length, "client-secret");
  if (text.includes("-u") || text.includes("--user")) {
    for (const match of text.matchAll(CURL_USER)) {
      const secret = match[3] ?? "";
      push(match.index + match[0].length - secret.length, match.index + match[0].length, "password");
    }
  }
  if (text.includes("://")) spans.push(...urlCredentialSpans(text));
  return spans;
}

/** `Basic dXNlcjpzZWNyZXQ=` is base64 of "user:secret"; "Basic auth" or "Basic plan" are words. */
function isBasicCredentials(base64: string): boolean {
  if (base64.length >= 16) return true;
  const body = base64.replace(/=+$/, "");
  // A length no base64 has (4n + 1) is a word; atob would throw, and throwing is slow in a loop.
  if (body.length % 4 === 1) return false;
  return atob(body + "=".repeat((4 - (body.length % 4)) % 4)).includes(":");
}

/**
 * `scheme://user:password@host`: the password (or a lone user that is a token, `https://ghp_x@github.com`). Read
 * forwards from each "://" up to the first character a userinfo cannot hold, so an e-mail rule never sees "pass@host".
 */
function urlCredentialSpans(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  for (let at = text.indexOf("://"); at >= 0; at = text.indexOf("://", at + 3)) {
    if (!/[A-Za-z0-9+.-]/.test(text[at - 1] ?? "")) continue;
    const start = at + 3;
    let end = start;
    while (end < text.length && end - start < 512 && !/[\s/?#@"'<>\\[\]{}]/.test(text[end] ?? "")) end += 1;
    if (text[end] !== "@" || end === start) continue;
    const colon = text.indexOf(":", start);
    const secretStart = colon >= 0 && colon < end ? colon + 1 : start;
    if (secretStart < end) spans.push({ start: secretStart, end, kind: "password" });
  }
  return spans;
}

/** Runs of base64, base64url and hex characters long enough to be a secret. */
const MIN_RANDOM_LENGTH = 24;
/** Lower-case hex shorter than a SHA-1 is more often an id (a trace id, an MD5 of a file) than a secret. */
const MIN_HEX_LENGTH = 40;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A secret pasted with no key around it, e.g. `signing with 1jap2tpgvWt83tG4J7IhEwUrwmMt71OaIk0oL0e6sPM=`. Random text
 * switches between upper case, lower case and digits at about every other character; words, camelCase names,
 * identifiers (MCH-0001-10791114622547, INV-2025-0001), UUIDs and paths switch rarely or are made of short parts.
 * Run on text whose other secrets are already replaced: a run is judged whole, so it must be the same run that a
 * second redaction would see, not one that a token or a key happened to cut in two.
 */
export function randomStringSpans(text: string, exempt: readonly Range[]): SecretSpan[] {
  const spans: SecretSpan[] = [];
  let exemptIndex = 0;
  RANDOM_RUN.lastIndex = 0;
  for (let match = RANDOM_RUN.exec(text); match; match = RANDOM_RUN.exec(text)) {
    const start = match.index;
    const end = start + match[0].length;
    while (exemptIndex < exempt.length && (exempt[exemptIndex]?.end ?? 0) <= start) exemptIndex += 1;
    const range = exempt[exemptIndex];
    if (range && start >= range.start) continue;
    // Base64 padding ("=", "==") belongs to the secret.
    if (looksRandom(text, start, end - (match[1]?.length ?? 0))) spans.push({ start, end, kind: "random-string" });
  }
  return spans;
}

/** A whole run of base64 or base64url characters (not "=": key=value is two runs), with its padding. */
const RANDOM_RUN = new RegExp(`(?<![A-Za-z0-9+/_-])[A-Za-z0-9+/_-]{${MIN_RANDOM_LENGTH},}(={0,2})`, "g");

/** One pass over text[start, end): its classes of characters, how often they switch, its longest part between - _ /. */
export function looksRandom(text: string, start = 0, end = text.length): boolean {
  if (end - start < MIN_RANDOM_LENGTH) return false;
  let longestPart = 0;
  let part = 0;
  let switches = 0;
  let previous = -1;
  let seen = 0;
  let hexOnly = true;
  for (let at = start; at < end; at += 1) {
    const code = text.charCodeAt(at);
    const kind = classOf(code);
    if (kind === 3) {
      longestPart = Math.max(longestPart, part);
      part = 0;
    } else part += 1;
    if (kind !== 3 && previous !== -1 && kind !== previous) switches += 1;
    if (kind !== 3) previous = kind;
    seen |= 1 << kind;
    if (hexOnly && !(kind === 2 || (code >= 97 && code <= 102) || (code >= 65 && code <= 70))) hexOnly = false;
  }
  longestPart = Math.max(longestPart, part);
  // Made of short parts: a path, a slug, an identifier such as MCH-0001-10791114622547.
  if (longestPart < 16) return false;
  if (end - start === 36 && UUID.test(text.slice(start, end))) return false;
  const length = end - start;
  const hasLetters = (seen & 0b11) !== 0;
  if (hexOnly) return length >= MIN_HEX_LENGTH && hasLetters && (seen & 0b100) !== 0;
  // Random base64 switches at about 0.63 of its characters; camelCase names at about 0.3 (two per capital letter).
  return (seen & 0b111) === 0b111 && switches / length >= 0.4;
}

/** 0 upper, 1 lower, 2 digit, 3 a separator (+ / - _). */
function classOf(code: number): number {
  if (code >= 65 && code <= 90) return 0;
  if (code >= 97 && code <= 122) return 1;
  if (code >= 48 && code <= 57) return 2;
  return 3;
}
