// The request a signature covers, as read from a paste: method, target, headers in order, and the body as sent.

/** How the request was pasted. */
export type RequestSource = "raw" | "curl" | "curl-verbose" | "log";


export interface Header {
  /** As written, e.g. "X-TIMESTAMP" or "x-timestamp". */
  name: string;
  value: string;
}

export type RequestBody =
  /** The exact text sent; "" for a request without a body. */
  | { kind: "known"; text: string }
  /** The paste does not show it, e.g. `curl -v` prints no request body, `-d @file.json` reads a file. */
  | { kind: "unknown"; reason: string };

export interface HttpRequest {
  /** As written, e.g. "POST" (a lower-case "post" is kept, and flagged by the checks). */
  method?: string;
  /** As written in the request line or the curl URL: "/v1.0/x?a=1" or "https://api.doku.com/v1.0/x?a=1". */
  target?: string;
  /** The host from an absolute target, a curl URL, the Host header or curl's "Connected to" line. */
  host?: string;
  headers: Header[];
  body: RequestBody;
}

/** The first value of a header, by name in any case; undefined when the request has no such header. */
export function headerValue(request: HttpRequest, name: string): string | undefined {
  const wanted = name.toLowerCase();
  return request.headers.find((header) => header.name.toLowerCase() === wanted)?.value;
}

/** Header names sent more than once, as written the first time, e.g. ["X-TIMESTAMP"]. */
export function repeatedHeaders(request: HttpRequest): string[] {
  const seen = new Map<string, number>();
  for (const header of request.headers) seen.set(header.name.toLowerCase(), (seen.get(header.name.toLowerCase()) ?? 0) + 1);
  return [...seen].filter(([, count]) => count > 1).map(([name]) => request.headers.find((header) => header.name.toLowerCase() === name)?.name ?? name);
}

export interface TargetParts {
  /** Path and query as sent on the request line, e.g. "/checkout/v1/payment?x=1" ("/" when the URL has no path). */
  relative: string;
  /** The same, without the query: "/checkout/v1/payment". */
  pathOnly: string;
  /** "https://api.doku.com/checkout/v1/payment?x=1" when the host is known. */
  absolute?: string;
  /** Whether the target was written as an absolute URL ("https://host/path"). */
  wasAbsolute: boolean;
}

/**
 * The parts of a request target, taken as written (no percent-decoding or re-encoding: the signed path is the exact
 * text sent). The fragment is dropped because clients never send it.
 */
export function targetParts(target: string, host: string | undefined): TargetParts {
  const withoutFragment = target.split("#")[0] ?? "";
  const absolute = /^(https?):\/\/([^/?#]*)(.*)$/i.exec(withoutFragment) ?? /^()\/\/([^/?#]*)(.*)$/.exec(withoutFragment);
  if (absolute) {
    const rest = absolute[3] ?? "";
    const relative = rest === "" ? "/" : rest.startsWith("?") ? `/${rest}` : rest;
    const scheme = absolute[1] || "https";
    return { relative, pathOnly: relative.split("?")[0] ?? relative, absolute: `${scheme.toLowerCase()}://${absolute[2] ?? ""}${relative}`, wasAbsolute: true };
  }
  const relative = withoutFragment === "" ? "/" : withoutFragment;
  return {
    relative,
    pathOnly: relative.split("?")[0] ?? relative,
    ...(host ? { absolute: `https://${host}${relative.startsWith("/") ? "" : "/"}${relative}` } : {}),
    wasAbsolute: false,
  };
}
