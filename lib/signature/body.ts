// The body forms a signer may have hashed: the minified body of the SNAP formula, and the ways DOKU's SDKs and common
// code write it otherwise (reference §5.5: Node JSON.stringify and minifyString, PHP json_encode's escapes).

export type MinifiedBody =
  /** Whitespace between JSON tokens removed; strings, escapes and numbers kept exactly as sent. */
  | { kind: "json"; minified: string }
  /** Not JSON: a SNAP signer hashes such a body as sent. */
  | { kind: "not-json"; problem: string }
  | { kind: "empty" };

/**
 * Minifies a JSON body the way SNAP means it: only the whitespace between tokens goes. A body that is already
 * minified is unchanged, and numbers such as 10.00 or 12345678901234567890 are kept as sent, which re-serialising with
 * JSON.parse and JSON.stringify would not do.
 */
export function minifyBody(body: string): MinifiedBody {
  // Not memoised on purpose: a module-level memo would keep the last body in memory after the reader left the page.
  if (body === "") return { kind: "empty" };
  try {
    JSON.parse(body);
  } catch (error) {
    return { kind: "not-json", problem: error instanceof Error ? error.message : "not JSON" };
  }
  let out = "";
  let inString = false;
  let runStart = 0;
  for (let i = 0; i < body.length; i++) {
    const char = body.charCodeAt(i);
    if (inString) {
      if (char === 0x5c) i++;
      else if (char === 0x22) inString = false;
      continue;
    }
    if (char === 0x22) inString = true;
    else if (char === 0x20 || char === 0x09 || char === 0x0a || char === 0x0d) {
      out += body.slice(runStart, i);
      runStart = i + 1;
    }
  }
  return { kind: "json", minified: out + body.slice(runStart) };
}

/** DOKU's Node SDK minifyString(): every whitespace character removed, inside string values too (`.replace(/\s+/g, "")`). */
export function removeAllWhitespace(body: string): string {
  return body.replace(/\s+/g, "");
}

/**
 * What PHP's json_encode writes without JSON_UNESCAPED_SLASHES and JSON_UNESCAPED_UNICODE: "/" as "\/" and every
 * non-ASCII character as \uXXXX (lower-case hex, UTF-16 surrogate pairs), applied to a minified body. Either part can
 * be left out, for code that passes one of the two flags.
 */
export function phpEscaped(minified: string, { slashes, unicode }: { slashes: boolean; unicode: boolean }): string {
  // Outside its strings, minified JSON holds no backslash, no "/" and nothing beyond ASCII, so one pass over the whole
  // text is enough: an existing escape (\" or \/) is kept as it is, a "/" or a non-ASCII UTF-16 unit is escaped.
  return minified.replace(/\\[\s\S]|\/|[^\x00-\x7f]/g, (found) => {
    if (found.length === 2) return found;
    if (found === "/") return slashes ? "\\/" : found;
    return unicode ? `\\u${found.charCodeAt(0).toString(16).padStart(4, "0")}` : found;
  });
}

/** A JSON library's own writing of the body (JSON.stringify after JSON.parse): escapes decoded, numbers rewritten. */
export function reserialised(body: string): string | undefined {
  try {
    return JSON.stringify(JSON.parse(body));
  } catch {
    return undefined;
  }
}
