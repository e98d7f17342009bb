// Cuts a paste into records, so a log of thousands of lines is read as thousands of responses, each with its line
// number and timestamp, while one pretty-printed body or one raw HTTP exchange stays whole. Linear in the paste.
//
// A new record starts at a line that:
//   - begins with a timestamp or a log level: "2026-11-30T10:00:00Z …", "[2026-11-30 10:00:00] …", "ERROR …" (even
//     inside a JSON value that never closed: a stray "{" in a message must not swallow the rest of the log);
//   - begins a JSON value outside an open one, unless it is the body an HTTP message above is still waiting for;
//   - begins a second HTTP exchange (a status line, request line or curl's "* Trying"), once this one has a status;
//   - is a curl failure: "curl: (28) Operation timed out …".

export interface Segment {
  /** Offset of the record's first character in the paste, and one past its last. */
  start: number;
  end: number;
  /** 1-based line number of the record's first line. */
  line: number;
  /** The timestamp its first line begins with, as written, e.g. "2026-11-30 10:00:01". */
  timestamp?: string;
}

const LOG_TIMESTAMP =
  /^\s*\[?((?:\d{4}-\d\d-\d\d|\d{4}\/\d\d\/\d\d)[T ]\d\d:\d\d(?::\d\d(?:[.,]\d{1,9})?)?(?:Z|[+-]\d\d:?\d\d)?|\d\d\/[A-Z][a-z]{2}\/\d{4}:\d\d:\d\d:\d\d(?: [+-]\d{4})?|[A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d)\]?/;
const LOG_LEVEL = /^\s*\[?(?:TRACE|DEBUG|INFO|NOTICE|WARN|WARNING|ERROR|ERR|FATAL|CRITICAL)\b/;
const STATUS_LINE = /^(?:< )?HTTP\/\d(?:\.\d)?\s+\d{3}\b/;
const REQUEST_LINE = /^(?:> )?(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\s+\S+\s+HTTP\/\d/;
const CURL_START = /^\* (?:Trying|Connected to|Host )/;
const CURL_FAILURE = /^\s*curl: \(\d{1,3}\)/;

export function segmentPaste(text: string): Segment[] {
  const segments: Segment[] = [];
  let current: Segment | undefined;
  /** Brace depth of the JSON the current record has open; strings are skipped. */
  let depth = 0;
  let hasStatus = false;
  let hasHttpLine = false;
  let hasBody = false;

  let lineNumber = 0;
  for (let start = 0; start < text.length; ) {
    const newline = text.indexOf("\n", start);
    const end = newline === -1 ? text.length : newline;
    const line = text.slice(start, end).replace(/\r$/, "");
    lineNumber++;

    const timestamp = LOG_TIMESTAMP.exec(line)?.[1];
    const opensJson = /^\s*(?:\{|\[\s*\{)/.test(line);
    const startsRecord =
      current !== undefined &&
      (timestamp !== undefined ||
        LOG_LEVEL.test(line) ||
        (depth === 0 &&
          (CURL_FAILURE.test(line) ||
            (opensJson && !(hasHttpLine && !hasBody)) ||
            (hasStatus && (STATUS_LINE.test(line) || REQUEST_LINE.test(line) || CURL_START.test(line))))));
    if (current === undefined || startsRecord) {
      if (current) segments.push(current);
      current = { start, end, line: lineNumber, ...(timestamp ? { timestamp } : {}) };
      depth = 0;
      hasStatus = hasHttpLine = hasBody = false;
    }
    current.end = end;
    if (STATUS_LINE.test(line)) hasStatus = hasHttpLine = true;
    else if (REQUEST_LINE.test(line)) hasHttpLine = true;
    if (opensJson && hasHttpLine) hasBody = true;
    if (depth > 0 || line.includes("{") || line.includes("[")) depth = Math.max(0, depth + braceBalance(line));
    start = end + 1;
  }
  if (current) segments.push(current);
  return segments;
}

/** Opening minus closing braces and brackets on a line, outside double-quoted strings. */
function braceBalance(line: string): number {
  let balance = 0;
  let inString = false;
  for (let i = 0; i < line.length; i++) {
    const char = line.charCodeAt(i);
    if (inString) {
      if (char === 92 /* \ */) i++;
      else if (char === 34 /* " */) inString = false;
    } else if (char === 34) inString = true;
    else if (char === 123 /* { */ || char === 91 /* [ */) balance++;
    else if (char === 125 /* } */ || char === 93 /* ] */) balance--;
  }
  return balance;
}
