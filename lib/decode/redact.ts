// Masks credentials and personal data in a pasted DOKU request or response before it goes into a share link.
// Each value is replaced where it stands, e.g. `"accessToken":"eyJ…"` ⇒ `"accessToken":"[redacted: token]"`, so the
// text still parses and still shows where the value was. Identifiers support needs (virtualAccountNo, trxId, X-EXTERNAL-ID,
// timestamps…) are kept even when they look like card or phone numbers.
// Three passes: PEM private keys, then secrets known by their shape (bearer tokens, JWTs, e-mail…), then values of known
// keys with card and phone numbers in the text between them. Linear time: no pattern can backtrack over its input.

import { IDENTIFIER_FIELD_NAMES } from "./identifiers";

export type SecretKind = "authorization" | "signature" | "client-key" | "client-secret" | "token" | "card-number" | "cvv" | "email" | "phone";

export interface RedactionSummary {
  kind: SecretKind;
  label: string;
  count: number;
}

export interface Redaction {
  text: string;
  /** Only kinds that were found, in the order of SECRET_LABELS. */
  removed: RedactionSummary[];
}

/** The order here is the order of `removed`. */
export const SECRET_LABELS: Record<SecretKind, string> = {
  authorization: "Authorization header or bearer token",
  signature: "Request signature",
  "client-key": "Client key (X-CLIENT-KEY)",
  "client-secret": "Client secret, private key, API key or password",
  token: "Access, refresh or ID token, or session cookie",
  "card-number": "Card number",
  cvv: "Card security code (CVV)",
  email: "E-mail address",
  phone: "Phone number",
};

/** Total (never throws) and idempotent: redacting the result again changes nothing and reports nothing. */
export function redactSecrets(text: string): Redaction {
  const counts = new Map<SecretKind, number>();
  const input = typeof text === "string" ? text : "";
  // Shapes first, on the whole text: a token or an address is never cut in two by a key found inside it.
  const redacted = redactKeyedValues(redactShapes(redactPrivateKeyBlocks(input, counts), counts), counts);
  const removed = (Object.keys(SECRET_LABELS) as SecretKind[])
    .filter((kind) => (counts.get(kind) ?? 0) > 0)
    .map((kind) => ({ kind, label: SECRET_LABELS[kind], count: counts.get(kind) ?? 0 }));
  return { text: redacted, removed };
}

type Counts = Map<SecretKind, number>;

function placeholder(kind: SecretKind, counts: Counts): string {
  counts.set(kind, (counts.get(kind) ?? 0) + 1);
  return `[redacted: ${kind}]`;
}

// ---------------------------------------------------------------------------------------------------------------
// Keys. Names are compared normalised: lower case without "-" and "_", so X-CLIENT-KEY, clientKey and client_key
// are all "xclientkey"/"clientkey".

const SECRET_KEYS = new Map<string, SecretKind>([
  ["authorization", "authorization"],
  ["signature", "signature"],
  ["xsignature", "signature"],
  ["xclientkey", "client-key"],
  ["clientkey", "client-key"],
  ["clientsecret", "client-secret"],
  ["secretkey", "client-secret"],
  ["secret", "client-secret"],
  ["privatekey", "client-secret"],
  ["apikey", "client-secret"],
  ["password", "client-secret"],
  ["accesstoken", "token"],
  ["refreshtoken", "token"],
  ["idtoken", "token"],
  ["token", "token"],
  ["authorizationcustomer", "authorization"],
  ["cookie", "token"],
  ["setcookie", "token"],
  ["cardnumber", "card-number"],
  ["cardno", "card-number"],
  ["pan", "card-number"],
  ["cvv", "cvv"],
  ["cvv2", "cvv"],
  ["cvc", "cvv"],
  ["cvc2", "cvv"],
  ["cvn", "cvv"],
  ["cardcvn", "cvv"],
  ["securitycode", "cvv"],
  ["phone", "phone"],
  ["phoneno", "phone"],
  ["phonenumber", "phone"],
  ["mobilenumber", "phone"],
  ["mobileno", "phone"],
  ["msisdn", "phone"],
  ["customerphone", "phone"],
]);

/**
 * Secret names of 5+ letters also match as a suffix: "webhookSecret", "DOKU_CLIENT_SECRET", "X-API-KEY", "mobilePhone".
 * Short ones ("pan", "cvv") match only exactly: "timespan" is not a card.
 */
const SECRET_SUFFIX = new RegExp(
  `(?:${[...SECRET_KEYS.keys()]
    .filter((name) => name.length >= 5)
    .sort((a, b) => b.length - a.length)
    .join("|")})$`,
);

/**
 * Identifiers support asks for (the triage note's, plus a few that only look secret): their values are never taken for
 * card or phone numbers.
 */
const IDENTIFIER_KEYS = new Set(
  [...IDENTIFIER_FIELD_NAMES, "originalExternalId", "maskedCardNumber", "approvalCode", "responseCode"].map(normaliseKey),
);

/**
 * e.g. id, clientId, X-PARTNER-ID, accountNo, orderNumber, X-TIMESTAMP, transactionDate, paidTime, totalAmount.
 * Not a bare "no" or "number": "Card no: 4111…" and "Phone number: +62…" are prose around a secret.
 */
const IDENTIFIER_SUFFIX = /^(?:id|timestamp|date|time|amount|[a-z0-9]+(?:id|no|number|timestamp|date|time|amount))$/;

type KeyRole = { kind: SecretKind } | "identifier" | "other";

/** "X-CLIENT-KEY", "clientKey", "client_key" ⇒ "xclientkey", "clientkey", "clientkey". */
function normaliseKey(name: string): string {
  return name.toLowerCase().replace(/[-_.]/g, "");
}

function roleOfKey(key: string, cache: Map<string, KeyRole>): KeyRole {
  const cached = cache.get(key);
  if (cached) return cached;
  // XML names may carry a namespace: <ns2:accessToken>.
  const name = normaliseKey(key.slice(key.lastIndexOf(":") + 1));
  let role: KeyRole = "other";
  const exact = SECRET_KEYS.get(name);
  const suffix = SECRET_SUFFIX.exec(name)?.[0];
  if (exact) role = { kind: exact };
  else if (IDENTIFIER_KEYS.has(name)) role = "identifier";
  else if (suffix) role = { kind: SECRET_KEYS.get(suffix) ?? "token" };
  else if (IDENTIFIER_SUFFIX.test(name)) role = "identifier";
  cache.set(key, role);
  return role;
}

// ---------------------------------------------------------------------------------------------------------------
// PEM private keys: everything from BEGIN to END, or to the end of the base64 body when the END line was cut off.

const PEM_BEGIN = /-----BEGIN (?:[A-Z0-9]+ ){0,3}PRIVATE KEY-----/g;
const PEM_END = /-----END (?:[A-Z0-9]+ ){0,3}PRIVATE KEY-----/g;

function redactPrivateKeyBlocks(text: string, counts: Counts): string {
  if (!text.includes("PRIVATE KEY-----")) return text;
  let out = "";
  let copiedUpTo = 0;
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
    out += text.slice(copiedUpTo, begin.index) + placeholder("client-secret", counts);
    copiedUpTo = blockEnd;
    PEM_BEGIN.lastIndex = Math.max(blockEnd, PEM_BEGIN.lastIndex);
  }
  return out + text.slice(copiedUpTo);
}

/** Base64 lines, with real or JSON-escaped ("\n") line breaks. */
function endOfBase64Body(text: string, from: number): number {
  let at = from;
  while (at < text.length) {
    const char = text[at] ?? "";
    if (/[A-Za-z0-9+/=\r\n]/.test(char)) at += 1;
    else if (char === "\\" && /[rn]/.test(text[at + 1] ?? "")) at += 2;
    else break;
  }
  return at;
}

// ---------------------------------------------------------------------------------------------------------------
// Keyed values: a key we know, then its value. Forms, each also with curl's "> " / "< " line prefix:
//   Header: value            "key": "value"   'key': 'value'   \"key\":\"value\" (JSON inside a JSON string)
//   key=value&…              key: value (YAML, logs)           [key] => value (PHP)   <key>value</key>
// The scan jumps from separator to separator and reads each key backwards: a paste has far fewer ":", "=" and ">"
// than word starts, which keeps a megabyte of JSON at 20–40 ms even on a slow machine.

const MAX_KEY_LENGTH = 64;

/** A value that is an auth scheme and nothing else is kept, so "Bearer " still shows after redaction. */
const SCHEME = /^(?:(?:Bearer|Basic|Digest|Token)[ \t]+|HMACSHA(?:1|256|384|512)=)/i;
const PLACEHOLDER_PREFIX = "[redacted: ";
const ONLY_PLACEHOLDERS = /\[redacted: [a-z-]+\]|\\[nrt]/g;
const NOT_A_SECRET = /^(?:null|nil|none|undefined|true|false)$/i;

/** Value readers, used sticky from the value's first character. None can backtrack: each stops at its first miss. */
const VALUE_READERS = {
  doubleQuoted: /(?:[^"\\\r\n]|\\[^\r\n]?)*/y,
  singleQuoted: /(?:[^'\\\r\n]|\\[^\r\n]?)*/y,
  /** JSON inside a JSON string: ends at \" (an unescaped " or a line break means it was cut off). */
  escapedQuoted: /(?:[^"\\\r\n]|\\(?!")[^\r\n]?)*/y,
  restOfLine: /[^\r\n]*/y,
  xmlText: /[^<\r\n]*/y,
  /** Unquoted, in a query string, a log line or a JSON number: up to the first delimiter… */
  bare: /[^\s,;&"'<>{}()[\]\\]*/y,
  /** …but a number runs on over single spaces: "pan: 4111 1111 1111 1111", "phone: +62 812 3456 7890". */
  bareNumber: /\+?\d(?:[ -]?\d)*[^\s,;&"'<>{}()[\]\\]*/y,
  /** A Java map's list of header values: `X-SIGNATURE=[abc==]`. */
  bracketed: /(?:\[redacted: [a-z-]+\]|[^[\]\r\n])*/y,
} satisfies Record<string, RegExp>;

interface KeyAt {
  /** The key as written, e.g. "X-CLIENT-KEY". */
  name: string;
  /** Where the key starts, its opening quote included. */
  start: number;
  /** The quote around the key when it has one on both sides: '"', "'", '\\"'. */
  quote: string;
  /** Where the value starts: after the separator and any spaces. */
  valueFrom: number;
  /** "header-line": `Name: value` alone on its line, whose value runs to the end of the line. */
  form: ValueForm;
}

type ValueForm = "header-line" | "inline" | "xml";

function redactKeyedValues(text: string, counts: Counts): string {
  const roles = new Map<string, KeyRole>();
  const pieces: string[] = [];
  let copiedUpTo = 0;
  for (let separatorAt = nextSeparator(text, 0); separatorAt < text.length; separatorAt = nextSeparator(text, separatorAt + 1)) {
    const key = keyBefore(text, separatorAt);
    if (!key) continue;
    const role = roleOfKey(key.name, roles);
    if (role === "other") continue;
    const value = readValue(text, key.valueFrom, role === "identifier" ? "inline" : key.form);
    const content = text.slice(value.start, value.end);
    // An identifier needs shielding from the card and phone rules only when it has enough digits to trip them. Values
    // with nothing to mask or shield stay in the text around them: only those rules read it, and a digit run never
    // reaches across a key, so a second pass decides the same.
    const scheme = role === "identifier" ? "" : (SCHEME.exec(content)?.[0] ?? "");
    if (role === "identifier" ? !/\d(?:[ -]?\d){7}/.test(content) : !holdsSecret(content.slice(scheme.length))) continue;

    pieces.push(redactNumbers(text.slice(copiedUpTo, key.start), counts), text.slice(key.start, value.start));
    if (role === "identifier") {
      pieces.push(content);
    } else {
      // A bare JSON number becomes a string, so `"cvv": 123` stays valid JSON: `"cvv": "[redacted: cvv]"`.
      const wrap = !value.quoted && key.form !== "xml" && text[separatorAt] === ":" ? key.quote : "";
      pieces.push(`${wrap}${scheme}${placeholder(role.kind, counts)}${wrap}`);
    }
    copiedUpTo = value.end;
    separatorAt = Math.max(value.end - 1, separatorAt);
  }
  pieces.push(redactNumbers(text.slice(copiedUpTo), counts));
  return pieces.join("");
}

/** The next ":", "=" or ">" from `from`, or text.length. A plain loop: a regex match would allocate for each of them. */
function nextSeparator(text: string, from: number): number {
  for (let at = from; at < text.length; at += 1) {
    const code = text.charCodeAt(at);
    if (code === 58 || code === 61 || code === 62) return at;
  }
  return text.length;
}

/** False for what is already redacted, empty, only punctuation, or a literal like null: `"cvv": null` stays. */
function holdsSecret(value: string): boolean {
  const unredacted = value.includes(PLACEHOLDER_PREFIX) || value.includes("\\") ? value.replace(ONLY_PLACEHOLDERS, "") : value;
  return (/[A-Za-z0-9]/.test(unredacted) || /[\p{L}\p{N}]/u.test(unredacted)) && !NOT_A_SECRET.test(unredacted.trim());
}

/** The key a separator belongs to, read backwards: `"key":`, `key =`, `[key] =>`, `\"key\":`, `<key>`. */
function keyBefore(text: string, separatorAt: number): KeyAt | undefined {
  const separator = text[separatorAt];
  // "=>" is read from its ">".
  if (separator === "=" && text[separatorAt + 1] === ">") return undefined;
  let end = separatorAt;
  let xml = false;
  if (separator === ">") {
    if (text[separatorAt - 1] === "=") end -= 1;
    else xml = true;
  }
  if (!xml) while (end > 0 && separatorAt - end < 16 && (text[end - 1] === " " || text[end - 1] === "\t")) end -= 1;

  let close = "";
  const beforeEnd = text[end - 1];
  if (!xml && (beforeEnd === '"' || beforeEnd === "'" || beforeEnd === "]")) {
    close = text[end - 2] === "\\" && beforeEnd !== "]" ? `\\${beforeEnd}` : beforeEnd;
    end -= close.length;
  }
  let start = end;
  while (start > 0 && end - start <= MAX_KEY_LENGTH && isKeyChar(text.charCodeAt(start - 1), xml)) start -= 1;
  // Longer than a key, or starting with a digit: part of a value, not a key.
  if (start === end || end - start > MAX_KEY_LENGTH || !isLetter(text.charCodeAt(start))) return undefined;

  const opening = close === "]" ? "[" : close;
  const open = opening !== "" && text.startsWith(opening, start - opening.length) ? opening : "";
  // "]" closes a PHP key only after "[": a placeholder's own "phone]" is no key.
  if (close === "]" && open === "") return undefined;
  if (xml && text[start - 1] !== "<") return undefined;
  const keyStart = xml ? start - 1 : start - open.length;
  let valueFrom = separatorAt + 1;
  while (!xml && (text[valueFrom] === " " || text[valueFrom] === "\t")) valueFrom += 1;
  const headerLine = !xml && open === "" && separator === ":" && startsLine(text, keyStart);
  return {
    name: text.slice(start, end),
    start: keyStart,
    quote: open !== "" && open !== "[" ? open : "",
    valueFrom,
    form: xml ? "xml" : headerLine ? "header-line" : "inline",
  };
}

function isKeyChar(code: number, xml: boolean): boolean {
  return isLetter(code) || (code >= 48 && code <= 57) || code === 95 || code === 45 || (xml && (code === 46 || code === 58));
}

function isLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** A header line has nothing before the key but indentation or curl's "> " / "< ". Looks back at most 8 characters. */
function startsLine(text: string, at: number): boolean {
  let index = at - 1;
  let prefixMarks = 0;
  for (let steps = 0; steps < 8; steps += 1, index -= 1) {
    const char = text[index];
    if (char === undefined || char === "\n" || char === "\r") return true;
    if (char === "<" || char === ">") prefixMarks += 1;
    else if (char !== " " && char !== "\t") return false;
    if (prefixMarks > 1) return false;
  }
  return false;
}

/** Where the value's characters are, without its quotes. */
interface ValueSpan {
  start: number;
  end: number;
  quoted: boolean;
}

function readValue(text: string, from: number, form: ValueForm): ValueSpan {
  if (text.startsWith(PLACEHOLDER_PREFIX, from)) return { start: from, end: endOfPlaceholder(text, from), quoted: false };
  if (form === "xml") return { start: from, end: endOf(VALUE_READERS.xmlText, text, from), quoted: false };
  const first = text[from];
  if (first === "\\" && text[from + 1] === '"') return quotedValue(text, from + 2, VALUE_READERS.escapedQuoted, '\\"');
  if (first === '"') return quotedValue(text, from + 1, VALUE_READERS.doubleQuoted, '"');
  if (first === "'") return quotedValue(text, from + 1, VALUE_READERS.singleQuoted, "'");
  if (first === "[" && form === "inline") {
    // A JSON array's first string, `"X-SIGNATURE":["abc=="]`, or a Java map's list, `X-SIGNATURE=[abc==]`.
    const second = text[from + 1];
    if (second === '"' || second === "'") return quotedValue(text, from + 2, second === '"' ? VALUE_READERS.doubleQuoted : VALUE_READERS.singleQuoted, second);
    const end = endOf(VALUE_READERS.bracketed, text, from + 1);
    if (text[end] === "]") return { start: from + 1, end, quoted: true };
  }
  if (form === "header-line") {
    let end = endOf(VALUE_READERS.restOfLine, text, from);
    while (end > from && (text[end - 1] === " " || text[end - 1] === "\t")) end -= 1;
    return { start: from, end, quoted: false };
  }
  // Inline: an optional scheme ("Bearer "), then the value up to the first delimiter.
  const scheme = SCHEME.exec(text.slice(from, from + 16))?.[0] ?? "";
  const valueStart = from + scheme.length;
  const end = text.startsWith(PLACEHOLDER_PREFIX, valueStart)
    ? endOfPlaceholder(text, valueStart)
    : Math.max(endOf(VALUE_READERS.bareNumber, text, valueStart), endOf(VALUE_READERS.bare, text, valueStart));
  return { start: from, end, quoted: false };
}

/** A quoted value ends at its closing quote, or at the end of the line when it was cut off. */
function quotedValue(text: string, start: number, reader: RegExp, quote: string): ValueSpan {
  const end = endOf(reader, text, start);
  return { start, end, quoted: text.startsWith(quote, end) };
}

/** Where a sticky reader stops reading from `from`; `from` itself when it reads nothing. */
function endOf(reader: RegExp, text: string, from: number): number {
  reader.lastIndex = from;
  return reader.test(text) ? reader.lastIndex : from;
}

function endOfPlaceholder(text: string, from: number): number {
  const close = text.indexOf("]", from);
  return close < 0 || close - from > 40 ? from + PLACEHOLDER_PREFIX.length : close + 1;
}

// ---------------------------------------------------------------------------------------------------------------
// Free text: secrets recognisable by their shape wherever they are, and card and phone numbers.

const BEARER = /(?<![A-Za-z0-9])(Bearer(?:[ \t]+|%20))[A-Za-z0-9\-._~+/]+=*/gi;
const JWT = /(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]*(?:\.[A-Za-z0-9_-]+)*/g;
/** DOKU non-SNAP signatures: "HMACSHA256=1jap2tpg…=". */
const HMAC_SIGNATURE = /(?<![A-Za-z0-9])(HMACSHA(?:1|256|384|512)=)[A-Za-z0-9+/_-]+=*/gi;
const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+(?:@|%40)[\p{L}\p{N}_-]+(?:\.[\p{L}\p{N}_-]+)+/gu;
/** At least 8 digits in groups separated by one space or dash, optionally after "+": the shortest phone number. */
const DIGIT_RUN = /\+?\d(?:[ -]?\d){7,}/g;

/** Secrets recognisable by their shape wherever they are: bearer tokens, JWTs, HMAC signatures, e-mail addresses. */
function redactShapes(text: string, counts: Counts): string {
  let out = text;
  if (/bearer/i.test(out)) {
    // "Bearer undefined" or "Bearer token" is the bug being reported, not a credential.
    out = out.replace(BEARER, (match: string, scheme: string) => {
      const token = match.slice(scheme.length);
      return token.length < 8 || NOT_A_SECRET.test(token) ? match : scheme + placeholder("authorization", counts);
    });
  }
  if (out.includes("eyJ")) out = out.replace(JWT, () => placeholder("token", counts));
  if (/hmacsha/i.test(out)) out = out.replace(HMAC_SIGNATURE, (_match, scheme: string) => scheme + placeholder("signature", counts));
  if (out.includes("@") || out.includes("%40")) out = out.replace(EMAIL, () => placeholder("email", counts));
  return out;
}

/** Card and phone numbers outside identifier values. */
function redactNumbers(text: string, counts: Counts): string {
  if (text.length < 8 || !/\d/.test(text)) return text;
  return text.replace(DIGIT_RUN, (run: string, offset: number, whole: string) =>
    redactNumbersInRun(run, counts, { gluedBefore: isGluedBefore(whole, offset), gluedAfter: isGluedAfter(whole, offset + run.length) }),
  );
}

/** A run's first group belongs to what it is glued to: "INV-2024…", "x4111…", a decimal's "0.1234…". */
function isGluedBefore(text: string, start: number): boolean {
  const before = text[start - 1] ?? "";
  return /[\w+]/.test(before) || (before === "-" && /\w/.test(text[start - 2] ?? "")) || (before === "." && /\d/.test(text[start - 2] ?? ""));
}

/** …and its last group too: "4111…abc", "12345678.90". */
function isGluedAfter(text: string, end: number): boolean {
  const next = text[end] ?? "";
  return /\w/.test(next) || (next === "." && /\d/.test(text[end + 1] ?? ""));
}

/**
 * Walks the digit groups of a run left to right; at each group, the longest card-shaped, Luhn-valid span starting
 * there is a card, else the longest phone-shaped span. Working in whole groups means "2024-01-15 4111 1111 1111 1111"
 * masks only the card, and a second pass finds nothing new.
 */
function redactNumbersInRun(run: string, counts: Counts, glued: { gluedBefore: boolean; gluedAfter: boolean }): string {
  const allGroups = digitGroups(run);
  // What is glued to a word up to the first space belongs to it ("INV-2024-0812-3456"); the rest is read on its own,
  // so "A0 4111 1111 1111 1111" still masks the card.
  const firstSpace = run.indexOf(" ");
  const lastSpace = run.lastIndexOf(" ");
  const groups = glued.gluedAfter ? allGroups.filter((group) => group.end <= lastSpace) : allGroups;
  let out = "";
  let copiedUpTo = 0;
  let first = glued.gluedBefore ? groups.findIndex((group) => firstSpace >= 0 && group.start > firstSpace) : 0;
  while (first >= 0 && first < groups.length) {
    const found = cardFrom(run, groups, first) ?? phoneFrom(run, groups, first);
    if (!found) {
      first += 1;
      continue;
    }
    const start = first === 0 ? 0 : (groups[first]?.start ?? 0);
    out += run.slice(copiedUpTo, start) + placeholder(found.kind, counts);
    copiedUpTo = groups[found.index]?.end ?? run.length;
    first = found.index + 1;
  }
  return out + run.slice(copiedUpTo);
}

interface DigitGroup {
  start: number;
  end: number;
}

function digitGroups(run: string): DigitGroup[] {
  const groups: DigitGroup[] = [];
  let at = 0;
  while (at < run.length) {
    while (at < run.length && !isDigit(run.charCodeAt(at))) at += 1;
    const start = at;
    while (at < run.length && isDigit(run.charCodeAt(at))) at += 1;
    if (at > start) groups.push({ start, end: at });
  }
  return groups;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

interface Found {
  kind: SecretKind;
  /** The span's last group. */
  index: number;
}

function cardFrom(run: string, groups: DigitGroup[], first: number): Found | undefined {
  const firstGroup = groups[first];
  if (!firstGroup) return undefined;
  const firstLength = firstGroup.end - firstGroup.start;
  // Every card shape starts with a group of 4, or is one group of 13–19 digits; "+" starts a phone number.
  if ((firstLength !== 4 && firstLength < 13) || (first === 0 && run.startsWith("+"))) return undefined;
  const lengths: number[] = [];
  let total = 0;
  for (let index = first; index < groups.length && index <= first + 4 && total < 19; index += 1) {
    const group = groups[index];
    if (!group) break;
    lengths.push(group.end - group.start);
    total += group.end - group.start;
  }
  for (let count = lengths.length; count >= 1; count -= 1) {
    const shape = lengths.slice(0, count);
    if (!isCardShaped(shape)) continue;
    const digits = groups
      .slice(first, first + count)
      .map((group) => run.slice(group.start, group.end))
      .join("");
    if (isCardNumber(digits)) return { kind: "card-number", index: first + count - 1 };
  }
  return undefined;
}

/** 4111111111111111, 4111 1111 1111 1111, 4111-1111-1111-1111-111, Amex 3782 822463 10005, Diners 3056 930902 5904. */
function isCardShaped(lengths: number[]): boolean {
  const total = lengths.reduce((sum, length) => sum + length, 0);
  if (total < 13 || total > 19) return false;
  if (lengths.length === 1) return true;
  const shape = lengths.join("-");
  if (shape === "4-6-5" || shape === "4-6-4") return true;
  return lengths.length >= 4 && lengths.slice(0, -1).every((length) => length === 4) && (lengths.at(-1) ?? 0) <= 4;
}

function isCardNumber(digits: string): boolean {
  // No card number starts with 0; a 13-digit number starting with 1 is a millisecond timestamp (2001–2286).
  if (digits.startsWith("0") || (digits.length === 13 && digits.startsWith("1"))) return false;
  return passesLuhn(digits);
}

function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let index = 0; index < digits.length; index += 1) {
    let digit = digits.charCodeAt(digits.length - 1 - index) - 48;
    if (index % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/**
 * Indonesian mobiles: 08…, 62 8…, +62 8… (8–12 digits after the 0 or 62); other countries only with "+" (8–15 digits).
 * A response code (4012400), a date or an amount never has these shapes.
 */
const PHONE = /^(?:(?:\+62|62)[ -]?8(?:[ -]?\d){7,11}|08(?:[ -]?\d){7,11}|\+[1-9](?:[ -]?\d){7,14})$/;

function phoneFrom(run: string, groups: DigitGroup[], first: number): Found | undefined {
  const group = groups[first];
  if (!group) return undefined;
  const start = first === 0 ? 0 : group.start;
  if (!/^(?:\+[1-9]|08|62)/.test(run.slice(start, start + 3))) return undefined;
  let total = 0;
  const candidates: number[] = [];
  for (let index = first; index < groups.length && total < 15; index += 1) {
    const next = groups[index];
    if (!next) break;
    total += next.end - next.start;
    if (total >= 8 && total <= 15) candidates.push(index);
  }
  for (const last of candidates.reverse()) {
    if (PHONE.test(run.slice(start, groups[last]?.end))) return { kind: "phone", index: last };
  }
  return undefined;
}
