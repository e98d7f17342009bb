// Turns pasted text into the parts a decoder reads: HTTP status lines, headers, and JSON bodies, however imperfect.
// Handles raw HTTP responses, `curl -v` transcripts (`<`/`>` prefixes), log lines with JSON inside, several responses
// at once, truncated or single-quoted JSON (repaired with jsonrepair), and legacy XML RESPONSECODE values.
import { jsonrepair } from "jsonrepair";

export interface HttpPart {
  status: number;
  reason?: string;
}

export interface ExtractedBlock {
  /** The response's status line, when the paste has one. */
  http?: HttpPart;
  /** The request line it answers, when the paste shows it: "POST /checkout/v1/payment". */
  request?: { method: string; target: string };
  /** Response headers, names in lower case. */
  headers: Record<string, string>;
  /** Request headers seen in a curl transcript or a raw request (`> X-EXTERNAL-ID: …`). */
  requestHeaders: Record<string, string>;
  /** JSON values found in the body, in order. */
  json: unknown[];
  /** `<RESPONSECODE>` values of a legacy V1 XML answer. */
  xmlCodes: string[];
  /** The body text when no JSON was found in it (for bare codes). */
  text: string;
}

/** What the reader's limits left unread, counted so the page can say so (nothing is dropped silently). */
export interface ReadLimits {
  /** JSON bodies that only parsed after repair. */
  repaired: number;
  /** Broken JSON too long to repair. */
  unrepairable: number;
  /** Texts where the search for JSON stopped after MAX_FAILED_OPENINGS "{" that opened nothing. */
  abandonedTexts: number;
  /** Filled in by the decoder's walk over the values. */
  tooDeep: number;
  longArrays: number;
  longNestedJson: number;
}

export function newReadLimits(): ReadLimits {
  return { repaired: 0, unrepairable: 0, abandonedTexts: 0, tooDeep: 0, longArrays: 0, longNestedJson: 0 };
}

/** Text full of stray braces must not cost a parse (and a repair) per brace. */
const MAX_FAILED_OPENINGS = 50;
const MAX_REPAIR_CHARS = 256 * 1024;

const STATUS_LINE = /^HTTP\/\d(?:\.\d)?\s+(\d{3})(?:[ \t]+([^\r\n]*))?\s*$/;
const REQUEST_LINE = /^(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\s+(\S+)\s+HTTP\/\d/;
const HEADER_LINE = /^([A-Za-z0-9][A-Za-z0-9!#$%&'*+.^_`|~-]*):[ \t]*(.*?)\s*$/;

/** Splits a record into response blocks: one per HTTP status line, or the whole text when it has none. */
export function extractBlocks(input: string, limits: ReadLimits = newReadLimits()): ExtractedBlock[] {
  // One line without a status or request line (a JSON log line, a key=value line) is most of a log: read it without
  // the line machinery.
  if (!input.includes("\n") && !/HTTP\/\d/.test(input)) {
    const block = emptyBlock();
    readBody(block, input, limits);
    return [block];
  }
  const lines = input.replace(/\r\n?/g, "\n").split("\n");
  const isCurl = lines.filter((line) => /^[<>*] /.test(line) || line === "<" || line === ">").length >= 2;
  return isCurl ? fromCurl(lines, limits) : fromRaw(lines, limits);
}

function requestPart(requestLine: RegExpExecArray): { method: string; target: string } {
  return { method: requestLine[1] ?? "", target: requestLine[2] ?? "" };
}

/** A STATUS_LINE match as a status and its reason phrase, e.g. "HTTP/1.1 404 Not Found" ⇒ 404, "Not Found". */
function httpPart(statusLine: RegExpExecArray): HttpPart {
  return { status: Number(statusLine[1]), ...(statusLine[2] ? { reason: statusLine[2] } : {}) };
}

function emptyBlock(): ExtractedBlock {
  return { headers: {}, requestHeaders: {}, json: [], xmlCodes: [], text: "" };
}

/** `curl -v`: "> " request lines, "< " response lines, "* " notes; the body is printed without a prefix. */
function fromCurl(lines: string[], limits: ReadLimits): ExtractedBlock[] {
  const blocks: ExtractedBlock[] = [];
  let block = emptyBlock();
  let body: string[] = [];
  const finish = () => {
    readBody(block, body.join("\n"), limits);
    blocks.push(block);
  };
  let started = false;
  for (const line of lines) {
    if (line.startsWith("> ")) {
      const request = REQUEST_LINE.exec(line.slice(2));
      if (request) block.request = requestPart(request);
      const header = HEADER_LINE.exec(line.slice(2));
      if (header) block.requestHeaders[(header[1] ?? "").toLowerCase()] = header[2] ?? "";
    } else if (line.startsWith("< ")) {
      const rest = line.slice(2);
      const status = STATUS_LINE.exec(rest);
      // "100 Continue" and other 1xx lines are interim: the real response follows.
      if (status && status[1]?.startsWith("1")) continue;
      if (status) {
        if (started) {
          finish();
          block = emptyBlock();
          body = [];
        }
        started = true;
        block.http = httpPart(status);
        continue;
      }
      const header = HEADER_LINE.exec(rest);
      if (header) block.headers[(header[1] ?? "").toLowerCase()] = header[2] ?? "";
    } else if (line.startsWith("* ")) {
      const host = /Connected to (\S+)/.exec(line);
      if (host) block.requestHeaders.host ??= host[1] ?? "";
    } else if (!/^[<>]$/.test(line) && !/^\{ \[\d+ bytes data\]/.test(line)) {
      body.push(line);
    }
  }
  finish();
  return blocks;
}

/** Raw HTTP: a status line, headers up to a blank line, then the body up to the next status or request line. */
function fromRaw(lines: string[], limits: ReadLimits): ExtractedBlock[] {
  const blocks: ExtractedBlock[] = [];
  let block = emptyBlock();
  let body: string[] = [];
  let inHeaders = false;
  let inRequest = false;
  const flush = () => {
    if (block.http || body.some((line) => line.trim())) {
      readBody(block, body.join("\n"), limits);
      blocks.push(block);
    }
  };
  for (const line of lines) {
    const status = STATUS_LINE.exec(line.trim());
    if (status?.[1]?.startsWith("1")) {
      inHeaders = true; // an interim 1xx response: skip it and its headers
      continue;
    }
    if (status) {
      const requestHeaders = inRequest ? block.requestHeaders : {};
      const request = inRequest ? block.request : undefined;
      flush();
      block = { ...emptyBlock(), requestHeaders, http: httpPart(status), ...(request ? { request } : {}) };
      body = [];
      inHeaders = true;
      inRequest = false;
      continue;
    }
    const request = REQUEST_LINE.exec(line.trim());
    if (request) {
      flush();
      block = { ...emptyBlock(), request: requestPart(request) };
      body = [];
      inHeaders = true;
      inRequest = true;
      continue;
    }
    if (inHeaders) {
      if (line.trim() === "") {
        inHeaders = false;
        continue;
      }
      const header = HEADER_LINE.exec(line.trim());
      if (header) {
        (inRequest ? block.requestHeaders : block.headers)[(header[1] ?? "").toLowerCase()] = header[2] ?? "";
        continue;
      }
      inHeaders = false; // not a header after all: the body starts without a blank line
    }
    if (!inRequest) body.push(line);
  }
  flush();
  if (blocks.length === 0) {
    const only = emptyBlock();
    readBody(only, lines.join("\n"), limits);
    blocks.push(only);
  }
  return blocks;
}

function readBody(block: ExtractedBlock, text: string, limits: ReadLimits) {
  for (const { value, repaired } of findJsonValues(text, limits)) {
    block.json.push(value);
    if (repaired) limits.repaired++;
  }
  block.xmlCodes = [...text.matchAll(/<RESPONSECODE>\s*([^<\s]{1,16})\s*<\/RESPONSECODE>/gi)].map((match) => match[1] ?? "");
  if (block.json.length === 0) block.text = text;
}

/**
 * JSON objects and arrays inside any text, e.g. a log line `ERROR resp={"responseCode":"4012400"} took 20ms`.
 * A value that does not parse is repaired (single quotes, trailing commas, a body cut off mid-string).
 */
export function findJsonValues(text: string, limits: ReadLimits = newReadLimits()): { value: unknown; repaired: boolean }[] {
  const found: { value: unknown; repaired: boolean }[] = [];
  let from = 0;
  let failures = 0;
  for (;;) {
    const start = nextOpening(text, from);
    if (start === -1) break;
    if (failures >= MAX_FAILED_OPENINGS) {
      limits.abandonedTexts++;
      break;
    }
    const end = matchingEnd(text, start);
    const candidate = text.slice(start, end === -1 ? undefined : end + 1);
    const parsed = parseOrRepair(candidate, limits);
    if (parsed && typeof parsed.value === "object" && parsed.value !== null) {
      found.push(parsed);
      from = end === -1 ? text.length : end + 1;
    } else {
      failures++;
      from = start + 1;
    }
  }
  return found;
}

/** The next "{" (or a "[" that opens an array of objects), outside nothing: a scan, not a parse. */
function nextOpening(text: string, from: number): number {
  let brace = text.indexOf("{", from);
  for (let bracket = text.indexOf("[", from); bracket !== -1 && (brace === -1 || bracket < brace); bracket = text.indexOf("[", bracket + 1)) {
    let next = bracket + 1;
    while (next < text.length && /\s/.test(text[next] ?? "")) next++;
    if (text.charCodeAt(next) === 123 /* { */) return bracket;
    if (brace === -1) brace = text.indexOf("{", bracket);
  }
  return brace;
}

const QUOTE = 34; // "
const APOSTROPHE = 39; // '
const BACKSLASH = 92;
const OPENERS = new Set([123, 91]); // { [
const CLOSERS = new Set([125, 93]); // } ]

/** Index of the bracket closing the one at `start`, skipping strings; -1 when the text ends first (truncated). */
function matchingEnd(text: string, start: number): number {
  let depth = 0;
  let quote = 0;
  for (let i = start; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (quote !== 0) {
      if (char === BACKSLASH) i++;
      else if (char === quote) quote = 0;
      continue;
    }
    if (char === QUOTE || char === APOSTROPHE) quote = char;
    else if (OPENERS.has(char)) depth++;
    else if (CLOSERS.has(char)) {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

function parseOrRepair(candidate: string, limits: ReadLimits): { value: unknown; repaired: boolean } | undefined {
  try {
    return { value: JSON.parse(candidate), repaired: false };
  } catch {
    // Not strict JSON: try the repair library (quotes, commas, truncation) before giving up on this brace.
  }
  // Repairing costs time in proportion to length; a huge broken value is more likely a log than a body.
  if (candidate.length > MAX_REPAIR_CHARS) {
    limits.unrepairable++;
    return undefined;
  }
  try {
    return { value: JSON.parse(jsonrepair(candidate)), repaired: true };
  } catch {
    return undefined;
  }
}
