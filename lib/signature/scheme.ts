// Which of DOKU's three signature recipes a request uses, recognised from its headers and path (reference §3.2, §4.1).
import { type HttpRequest, headerValue, targetParts } from "./http-request";

export const SCHEMES = ["snap-symmetric", "snap-asymmetric", "non-snap"] as const;
export type Scheme = (typeof SCHEMES)[number];

export const SCHEME_LABELS: Record<Scheme, string> = {
  "snap-symmetric": "SNAP symmetric (HMAC-SHA512, transactions)",
  "snap-asymmetric": "SNAP asymmetric (SHA256withRSA, Get Token B2B)",
  "non-snap": "Non-SNAP (HMACSHA256=, Checkout and Jokul)",
};

export interface RecognisedScheme {
  scheme: Scheme;
  /** Why, in the request's own terms, e.g. "Signature: HMACSHA256=… with Client-Id and Request-Id". */
  reason: string;
}

/** The token path of SNAP B2B, e.g. /authorization/v1/access-token/b2b (DOKU) or /v1.0/access-token/b2b (ASPI). */
const TOKEN_PATH = /\/access-token\/b2b\/?(?:\?|$)/i;

export function recogniseScheme(request: HttpRequest): RecognisedScheme {
  const has = (name: string) => headerValue(request, name) !== undefined;
  const signature = headerValue(request, "Signature");
  const path = request.target ? targetParts(request.target, request.host).pathOnly : "";

  if (signature !== undefined && /^\s*HMACSHA256=/i.test(signature)) {
    return { scheme: "non-snap", reason: "its Signature header starts with HMACSHA256=" };
  }
  if (!has("X-SIGNATURE") && (signature !== undefined || (has("Client-Id") && has("Request-Id")))) {
    return { scheme: "non-snap", reason: "it has Client-Id, Request-Id and a Signature header rather than X-SIGNATURE" };
  }
  if (TOKEN_PATH.test(path)) {
    return { scheme: "snap-asymmetric", reason: `its path ${path} is the B2B access token call, signed over X-CLIENT-KEY|X-TIMESTAMP` };
  }
  if (has("X-CLIENT-KEY") && !has("Authorization")) {
    return { scheme: "snap-asymmetric", reason: "it has X-CLIENT-KEY and no Authorization token, as a token call does" };
  }
  if (has("Authorization")) {
    return { scheme: "snap-symmetric", reason: "it carries an Authorization token and X-SIGNATURE, as a SNAP transaction does" };
  }
  return {
    scheme: "snap-symmetric",
    reason: has("X-SIGNATURE")
      ? "it has X-SIGNATURE without an access-token path or X-CLIENT-KEY; most SNAP calls are transactions"
      : "it has no signature header that names another recipe; most SNAP calls are transactions",
  };
}
