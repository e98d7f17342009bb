// Finds `key → value` pairs in any notation a paste comes in, without parsing it (pastes are cut off, repaired,
// escaped): each ":", "=" or ">" is a possible separator, and the key is read backwards from it. Forms, each also with
// curl's "> " / "< " line prefix:
//   Header: value     "key": "value"    'key': 'value'    \"key\":\"value\" and \\\"key\\\":\\\"value\\\" (JSON in JSON)
//   key=value&…       key: value (YAML, logs)             [key] => value (PHP print_r)         <key>value</key>
// A paste has far fewer separators than word starts, which keeps a megabyte of JSON at tens of milliseconds.
// Linear time: each key is read back at most MAX_KEY_LENGTH characters, and no value reader can backtrack.

import { endOfPlaceholder } from "./secret-kinds";

const MAX_KEY_LENGTH = 64;
/** DOKU_SECRET_KEY, DB_PASS: an environment variable, whose value in a .env file runs to the end of its line. */
const ENV_NAME = /^[A-Z][A-Z0-9_]*$/;

export type ValueForm = "line" | "inline" | "xml";

export interface KeyAt {
  /** The key as written, e.g. "X-CLIENT-KEY". */
  name: string;
  /** Where the key starts, its opening quote included. */
  start: number;
  /** The quote around the key when it has one on both sides: '"', "'", '\\"', '\\\\\\"'… */
  quote: string;
  /** The separator: ":", "=", "=>" or ">" (XML). */
  separator: string;
  /** Where the value starts: after the separator and any spaces. */
  valueFrom: number;
  /** "line": the value runs to the end of its line (a header, a YAML key, a PHP print_r member). */
  form: ValueForm;
  /** The key follows "?" or "&": a URL query parameter. */
  query: boolean;
}

/** Where a value's characters are, without its quotes. */
export interface ValueSpan {
  start: number;
  end: number;
  /** The value had quotes (or brackets) around it. */
  quoted: boolean;
}

/** Calls `visit` for every key found, in order. */
export function forEachKey(text: string, visit: (key: KeyAt) => void): void {
  for (let at = nextSeparator(text, 0); at < text.length; at = nextSeparator(text, at + 1)) {
    const key = keyBefore(text, at);
    if (key) visit(key);
  }
}

/** The next ":", "=" or ">" from `from`, or text.length. A plain loop: a regex match would allocate for each of them. */
function nextSeparator(text: string, from: number): number {
  for (let at = from; at < text.length; at += 1) {
    const code = text.charCodeAt(at);
    if (code === 58 || code === 61 || code === 62) return at;
  }
  return text.length;
}

/** The key a separator belongs to, read backwards: `"key":`, `key =`, `[key] =>`, `\"key\":`, `<key>`. */
function keyBefore(text: string, separatorAt: number): KeyAt | undefined {
  const char = text[separatorAt];
  // "=>" is read from its ">"; "==" and "=" inside base64 padding are no separators.
  if (char === "=" && (text[separatorAt + 1] === ">" || text[separatorAt + 1] === "=" || text[separatorAt - 1] === "=")) return undefined;
  let end = separatorAt;
  let separator = char ?? "";
  let xml = false;
  if (char === ">") {
    if (text[separatorAt - 1] === "=") {
      end -= 1;
      separator = "=>";
    } else xml = true;
  }
  if (!xml) while (end > 0 && separatorAt - end < 16 && (text[end - 1] === " " || text[end - 1] === "\t")) end -= 1;

  let close = "";
  const beforeEnd = text[end - 1];
  if (!xml && (beforeEnd === '"' || beforeEnd === "'")) {
    let backslashes = 0;
    while (backslashes < 16 && text[end - 2 - backslashes] === "\\") backslashes += 1;
    close = "\\".repeat(backslashes) + beforeEnd;
  } else if (!xml && beforeEnd === "]") {
    close = "]";
  }
  end -= close.length;
  let start = end;
  while (start > 0 && end - start <= MAX_KEY_LENGTH && isKeyChar(text.charCodeAt(start - 1), xml)) start -= 1;
  // Longer than a key, or starting with a digit: part of a value, not a key.
  if (start === end || end - start > MAX_KEY_LENGTH || !isLetter(text.charCodeAt(start))) return undefined;

  const opening = close === "]" ? "[" : close;
  const open = opening !== "" && text.startsWith(opening, start - opening.length) ? opening : "";
  // "]" closes a PHP key only after "[": a placeholder's own "phone]" is no key.
  if (close === "]" && open === "") return undefined;
  if (xml && (text[start - 1] !== "<" || text[separatorAt - 1] === "/")) return undefined;
  const keyStart = xml ? start - 1 : start - open.length;
  let valueFrom = separatorAt + 1;
  while (!xml && (text[valueFrom] === " " || text[valueFrom] === "\t")) valueFrom += 1;
  const before = text[keyStart - 1];
  // A header, a YAML key, a PHP print_r member, or an environment file's NAME=value: the value is the rest of the line.
  const lineForm =
    (separator === "=>" && open === "[") ||
    (!xml && open === "" && (separator === ":" || (separator === "=" && ENV_NAME.test(text.slice(start, end)))) && startsLine(text, keyStart));
  return {
    name: text.slice(start, end),
    start: keyStart,
    quote: open !== "" && open !== "[" ? open : "",
    separator,
    valueFrom,
    form: xml ? "xml" : lineForm ? "line" : "inline",
    query: separator === "=" && (before === "?" || before === "&"),
  };
}

function isKeyChar(code: number, xml: boolean): boolean {
  return isLetter(code) || (code >= 48 && code <= 57) || code === 95 || code === 45 || (xml && (code === 46 || code === 58));
}

function isLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** A line's key has nothing before it but indentation, a YAML list's "- ", or curl's "> " / "< ". Looks back at most 64. */
function startsLine(text: string, at: number): boolean {
  let index = at - 1;
  let marks = 0;
  for (let steps = 0; steps < 64; steps += 1, index -= 1) {
    const char = text[index];
    if (char === undefined || char === "\n" || char === "\r") return true;
    if (char === "<" || char === ">" || char === "-") marks += 1;
    else if (char !== " " && char !== "\t") return false;
    if (marks > 1) return false;
  }
  return false;
}

/** Value readers, used sticky from the value's first character. None can backtrack: each stops at its first miss. */
const READERS = {
  restOfLine: /[^\r\n]*/y,
  xmlText: /[^<\r\n]*/y,
  /** Unquoted, in a query string, a log line or a JSON number: up to the first delimiter… */
  bare: /[^\s,;&"'<>{}()[\]\\]*/y,
  /** …but a number runs on over single spaces: "pan: 4111 1111 1111 1111", "phone: +62 812 3456 7890". */
  bareNumber: /\+?\d(?:[ -]?\d)*[^\s,;&"'<>{}()[\]\\]*/y,
  /** A Java map's list of header values: `X-SIGNATURE=[abc==]`. */
  bracketed: /(?:\[redacted: [a-z-]+(?: …\d{4})?\]|[^[\]\r\n])*/y,
} satisfies Record<string, RegExp>;

/** A value that is an auth scheme and nothing else is kept, so "Bearer " still shows after redaction. */
export const AUTH_SCHEME = /^(?:(?:Bearer|Basic|Digest|Token)(?:[ \t]+|$)|HMACSHA(?:1|256|384|512)=)/i;

export function readValue(text: string, key: KeyAt): ValueSpan {
  const from = key.valueFrom;
  const placeholderEnd = endOfPlaceholder(text, from);
  if (placeholderEnd !== undefined) return { start: from, end: placeholderEnd, quoted: false };
  if (key.form === "xml") return { start: from, end: endOf(READERS.xmlText, text, from), quoted: false };
  const quote = quoteAt(text, from);
  if (quote) return quotedValue(text, from + quote.length, quote);
  if (text[from] === "[" && key.form === "inline") {
    // A JSON array's first string, `"X-SIGNATURE":["abc=="]`, or a Java map's list, `X-SIGNATURE=[abc==]`.
    const inner = quoteAt(text, from + 1);
    if (inner) return quotedValue(text, from + 1 + inner.length, inner);
    const end = endOf(READERS.bracketed, text, from + 1);
    if (text[end] === "]") return { start: from + 1, end, quoted: true };
  }
  if (key.form === "line") {
    let end = endOf(READERS.restOfLine, text, from);
    while (end > from && (text[end - 1] === " " || text[end - 1] === "\t")) end -= 1;
    return { start: from, end, quoted: false };
  }
  // Inline: an optional scheme ("Bearer "), then the value up to the first delimiter.
  const scheme = AUTH_SCHEME.exec(text.slice(from, from + 16))?.[0] ?? "";
  const valueStart = from + scheme.length;
  const end = Math.max(endOf(READERS.bareNumber, text, valueStart), endOf(READERS.bare, text, valueStart));
  return { start: from, end, quoted: false };
}

/** A quote starting at `from`: '"', "'", or one escaped for JSON inside JSON (`\"`, `\\\"`…). */
function quoteAt(text: string, from: number): string | undefined {
  let at = from;
  while (at - from < 16 && text[at] === "\\") at += 1;
  const char = text[at];
  return char === '"' || char === "'" ? text.slice(from, at + 1) : undefined;
}

/**
 * A quoted value ends at its closing quote, or at the end of the line when it was cut off. At escape depth d the quote
 * is written with 2^d − 1 backslashes (n); inside, a backslash is doubled d+1 times, so the closing quote is the first
 * one after a run of backslashes r with r mod 2(n+1) = n. Depth 0: an even run, e.g. `"a\\"` ends at its last quote.
 */
function quotedValue(text: string, start: number, quote: string): ValueSpan {
  const n = quote.length - 1;
  const quoteCode = quote.charCodeAt(n);
  let run = 0;
  for (let at = start; at < text.length; at += 1) {
    const code = text.charCodeAt(at);
    if (code === 10 || code === 13) return { start, end: at, quoted: false };
    if (code === quoteCode && run % (2 * (n + 1)) === n) return { start, end: at - n, quoted: true };
    run = code === 92 ? run + 1 : 0;
  }
  return { start, end: text.length, quoted: false };
}

/** Where a sticky reader stops reading from `from`; `from` itself when it reads nothing. */
function endOf(reader: RegExp, text: string, from: number): number {
  reader.lastIndex = from;
  return reader.test(text) ? reader.lastIndex : from;
}
