// Reads the request a signature was made for out of pasted text: a raw HTTP request, a curl command, the "> " lines
// of `curl -v`, or headers and a body as a log prints them. Total: any input gives a result the page can say.
import { type SignatureText, SIGNATURE_TEXT } from "../i18n/signature";
import type { Locale } from "../i18n/locale";
import { findCurlCommand, parseCurl } from "./parse-curl";
import type { Header, HttpRequest, RequestBody, RequestSource } from "./http-request";

/** A request to DOKU is a few kilobytes; past this a paste is refused with its size rather than read in part. */
export const MAX_REQUEST_CHARS = 1_000_000;

export type ParseRequestResult =
  | { kind: "empty" }
  | { kind: "too-large"; chars: number; limit: number }
  | { kind: "binary" }
  | { kind: "broken-curl"; problem: string }
  | { kind: "not-a-request"; problem: string }
  | { kind: "request"; source: RequestSource; request: HttpRequest; notes: string[] };

const METHODS = "GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS";
/** "POST /v1.0/x HTTP/1.1", "post https://host/x"; the target must look like a path or URL, so prose is not read as one. */
const REQUEST_LINE = new RegExp(`^(${METHODS})[ \\t]+((?:https?://|/|\\*)\\S*)(?:[ \\t]+HTTP/\\d(?:\\.\\d)?)?[ \\t]*$`, "i");
const STATUS_LINE = /^(?:< )?HTTP\/\d(?:\.\d)?[ \t]+\d{3}\b/;
const HEADER_LINE = /^([A-Za-z0-9][A-Za-z0-9!#$%&'*+.^_`|~-]*):[ \t]*(.*?)[ \t]*$/;

export function parseRequest(input: unknown, locale: Locale = "en"): ParseRequestResult {
  const t = SIGNATURE_TEXT[locale].parse;
  if (typeof input !== "string" || input.trim() === "") return { kind: "empty" };
  if (input.length > MAX_REQUEST_CHARS) return { kind: "too-large", chars: input.length, limit: MAX_REQUEST_CHARS };
  const controls = (input.slice(0, 10_000).match(/[\u0000-\u0008\u000e-\u001f\ufffd]/g) ?? []).length;
  if (controls > 20) return { kind: "binary" };
  // Text areas hand over line feeds only; a paste from a file may still carry CR LF, or a byte-order mark.
  const text = input.replace(/^\ufeff/, "").replace(/\r\n?/g, "\n");

  const curlAt = findCurlCommand(text);
  if (curlAt !== -1) {
    const curl = parseCurl(text, curlAt, locale);
    return curl.kind === "broken" ? { kind: "broken-curl", problem: curl.problem } : { kind: "request", source: "curl", request: curl.request, notes: curl.notes };
  }
  return readRawRequest(text, t) ?? readLogRequest(text, t) ?? { kind: "not-a-request", problem: whyNotARequest(text, t) };
}

/** A request line, its headers, a blank line, the body: plain, or as the "> " lines of curl -v. */
function readRawRequest(text: string, t: SignatureText["parse"]): ParseRequestResult | undefined {
  // One scan of the whole text before splitting a large log into lines: most pastes have no request line.
  if (!new RegExp(`^(?:> )?[ \\t]*(?:${METHODS})[ \\t]`, "im").test(text)) return undefined;
  const lines = text.split("\n");
  const start = lines.findIndex((line) => REQUEST_LINE.test(line.startsWith("> ") ? line.slice(2) : line.trim()));
  if (start === -1) return undefined;
  const first = lines[start] ?? "";
  const verbose = first.startsWith("> ");
  const requestLine = REQUEST_LINE.exec(verbose ? first.slice(2) : first.trim());
  const method = requestLine?.[1] ?? "";
  const target = requestLine?.[2] ?? "";
  const headers: Header[] = [];
  const notes: string[] = [];

  let i = start + 1;
  let bodyLines: string[] = [];
  if (verbose) {
    for (; i < lines.length && (lines[i] ?? "").startsWith("> "); i++) {
      const header = HEADER_LINE.exec((lines[i] ?? "").slice(2));
      if (header) headers.push({ name: header[1] ?? "", value: header[2] ?? "" });
    }
  } else {
    for (; i < lines.length; i++) {
      const line = lines[i] ?? "";
      if (line.trim() === "") {
        i++;
        break;
      }
      const header = HEADER_LINE.exec(line.trim());
      if (!header || STATUS_LINE.test(line.trim())) {
        if (!STATUS_LINE.test(line.trim())) notes.push(t.noBlankLine);
        break;
      }
      headers.push({ name: header[1] ?? "", value: header[2] ?? "" });
    }
    const end = lines.findIndex((line, index) => index >= i && (STATUS_LINE.test(line.trim()) || /^[<*] /.test(line)));
    bodyLines = lines.slice(i, end === -1 ? undefined : end);
  }

  const host = hostOf(target) ?? headers.find((header) => header.name.toLowerCase() === "host")?.value ?? /\* Connected to (\S+)/.exec(text)?.[1];
  const request: HttpRequest = { method, target, ...(host ? { host } : {}), headers, body: { kind: "known", text: "" } };
  if (verbose) {
    request.body = verboseBody(request, t);
    return { kind: "request", source: "curl-verbose", request, notes };
  }
  const joined = bodyLines.join("\n");
  const body = joined.replace(/\s+$/, "");
  // The line break that ends a paste is almost never part of the body; anything more is said.
  if (body !== "" && body !== joined && joined.slice(body.length) !== "\n") notes.push(t.blankAfterBody);
  request.body = { kind: "known", text: body };
  return { kind: "request", source: "raw", request, notes };
}

/** curl -v prints the headers it sends, never the body: known only when the headers say there is none. */
function verboseBody(request: HttpRequest, t: SignatureText["parse"]): RequestBody {
  const length = request.headers.find((header) => header.name.toLowerCase() === "content-length")?.value;
  const chunked = request.headers.some((header) => header.name.toLowerCase() === "transfer-encoding");
  if ((length === undefined && !chunked) || length?.trim() === "0") return { kind: "known", text: "" };
  return { kind: "unknown", reason: t.verboseNoBody(length) };
}

function hostOf(target: string): string | undefined {
  return /^https?:\/\/([^/?#]+)/i.exec(target)?.[1];
}

/** Header names a log line may print; only these are read from free text, so "Error: …" is not taken for a header. */
const LOG_HEADERS = new Map(
  [
    "X-TIMESTAMP",
    "X-SIGNATURE",
    "X-PARTNER-ID",
    "X-EXTERNAL-ID",
    "X-CLIENT-KEY",
    "CHANNEL-ID",
    "Authorization",
    "Authorization-Customer",
    "Content-Type",
    "Client-Id",
    "Request-Id",
    "Request-Timestamp",
    "Request-Target",
    "Signature",
    "Digest",
    "Host",
    "ORIGIN",
    "X-IP-ADDRESS",
    "X-DEVICE-ID",
  ].map((name) => [name.toLowerCase(), name]),
);
const LOG_HEADER_PATTERN = new RegExp(
  `(?<![\\w-])["']?(${[...LOG_HEADERS.values()].map((name) => name.replace(/-/g, "\\-")).join("|")})["']?[ \\t]*[:=][ \\t]*(?:"([^"\\n]*)"|'([^'\\n]*)'|(Bearer[ \\t]+[^\\s,;"'}]+)|([^\\s,;"'}]+))`,
  "gi",
);

/** Headers and a body as a log prints them: `X-TIMESTAMP: …` lines, `key=value` pairs, or a JSON object of headers. */
function readLogRequest(text: string, t: SignatureText["parse"]): ParseRequestResult | undefined {
  // A log is read as a request only when it shows the signature to check.
  if (!/(?:X-SIGNATURE|\bSignature)["']?[ \t]*[:=]/i.test(text)) return undefined;
  const headers: Header[] = [];
  const seen = new Set<string>();
  const add = (name: string, value: string) => {
    const canonical = LOG_HEADERS.get(name.toLowerCase());
    if (!canonical || seen.has(canonical.toLowerCase())) return;
    seen.add(canonical.toLowerCase());
    headers.push({ name, value: value.trim() });
  };
  const objects = jsonObjectsIn(text);
  let bodyText: string | undefined;
  let method: string | undefined;
  let target: string | undefined;

  for (const object of objects) {
    // {"method": "POST", "url": "…", "headers": {…}, "body": …}, as HTTP client loggers print a request.
    const value = object.value;
    const nestedHeaders = value.headers;
    if (isRecord(nestedHeaders)) {
      for (const [name, headerValue] of Object.entries(nestedHeaders)) if (typeof headerValue === "string") add(name, headerValue);
      const body = value.body ?? value.data;
      if (typeof body === "string") bodyText ??= body;
      else if (body !== undefined) bodyText ??= JSON.stringify(body);
      if (typeof value.method === "string") method ??= value.method.toUpperCase();
      const url = value.url ?? value.path;
      if (typeof url === "string") target ??= url;
      continue;
    }
    const headerKeys = Object.keys(value).filter((key) => LOG_HEADERS.has(key.toLowerCase()));
    if (headerKeys.length >= 2) {
      for (const key of headerKeys) if (typeof value[key] === "string") add(key, value[key]);
    } else {
      bodyText ??= object.text;
    }
  }
  // Headers in free text, outside the JSON read above.
  const outsideJson = objects.reduceRight((rest, object) => rest.slice(0, object.start) + " ".repeat(object.end - object.start) + rest.slice(object.end), text);
  for (const match of outsideJson.matchAll(LOG_HEADER_PATTERN)) add(match[1] ?? "", match[2] ?? match[3] ?? match[4] ?? match[5] ?? "");

  if (!headers.some((header) => /^(x-signature|signature)$/i.test(header.name))) return undefined;
  const line = new RegExp(`\\b(${METHODS})\\b[ \\t]+((?:https?://|/)[^\\s"'<>]*)`).exec(outsideJson);
  method ??= line?.[1];
  target ??= line?.[2] ?? /\burl["']?[ \t]*[:=][ \t]*["']?(https?:\/\/[^\s"']+)/i.exec(outsideJson)?.[1];
  const notes = [t.logPicked];
  if (!method || !target) notes.push(t.logNoRequestLine);
  const host = (target ? hostOf(target) : undefined) ?? headers.find((header) => header.name.toLowerCase() === "host")?.value;
  const body: RequestBody = bodyText !== undefined ? { kind: "known", text: bodyText } : { kind: "unknown", reason: t.logNoBody };
  return { kind: "request", source: "log", request: { ...(method ? { method } : {}), ...(target ? { target } : {}), ...(host ? { host } : {}), headers, body }, notes };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

interface JsonSpan {
  value: Record<string, unknown>;
  /** The exact text, as logged. */
  text: string;
  start: number;
  end: number;
}

/** Top-level JSON objects inside free text, as written (at most 10; a brace that opens no JSON is skipped). */
function jsonObjectsIn(text: string): JsonSpan[] {
  const found: JsonSpan[] = [];
  let from = 0;
  let failures = 0;
  while (found.length < 10 && failures < 50) {
    const start = text.indexOf("{", from);
    if (start === -1) break;
    const end = closingBrace(text, start);
    if (end !== -1) {
      try {
        const value: unknown = JSON.parse(text.slice(start, end + 1));
        if (isRecord(value)) {
          found.push({ value, text: text.slice(start, end + 1), start, end: end + 1 });
          from = end + 1;
          continue;
        }
      } catch {
        // Not JSON (a log's own braces): look at the next one.
      }
    }
    failures++;
    from = start + 1;
  }
  return found;
}

function closingBrace(text: string, start: number): number {
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const char = text[i];
    if (inString) {
      if (char === "\\") i++;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === "{" || char === "[") depth++;
    else if (char === "}" || char === "]") {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

function whyNotARequest(text: string, t: SignatureText["parse"]): string {
  const trimmed = text.trim();
  if (STATUS_LINE.test(trimmed) || /^</.test(trimmed) || /"responseCode"\s*:/.test(trimmed)) {
    return t.response;
  }
  if (/^[{[]/.test(trimmed)) {
    return t.bodyAlone;
  }
  return t.notHttp;
}
