// Which of DOKU's three signature recipes a request uses, recognised from its headers and path (reference §3.2, §4.1).
import { SIGNATURE_TEXT } from "../i18n/signature";
import type { Locale } from "../i18n/locale";
import { type HttpRequest, headerValue, targetParts } from "./http-request";

export const SCHEMES = ["snap-symmetric", "snap-asymmetric", "non-snap"] as const;
export type Scheme = (typeof SCHEMES)[number];


export interface RecognisedScheme {
  scheme: Scheme;
  /** Why, in the request's own terms, e.g. "Signature: HMACSHA256=… with Client-Id and Request-Id". */
  reason: string;
}

/** The token path of SNAP B2B, e.g. /authorization/v1/access-token/b2b (DOKU) or /v1.0/access-token/b2b (ASPI). */
const TOKEN_PATH = /\/access-token\/b2b\/?(?:\?|$)/i;

export function recogniseScheme(request: HttpRequest, locale: Locale = "en"): RecognisedScheme {
  const t = SIGNATURE_TEXT[locale].recognised;
  const has = (name: string) => headerValue(request, name) !== undefined;
  const signature = headerValue(request, "Signature");
  const path = request.target ? targetParts(request.target, request.host).pathOnly : "";

  if (signature !== undefined && /^\s*HMACSHA256=/i.test(signature)) {
    return { scheme: "non-snap", reason: t.nonSnapPrefix };
  }
  if (!has("X-SIGNATURE") && (signature !== undefined || (has("Client-Id") && has("Request-Id")))) {
    return { scheme: "non-snap", reason: t.nonSnapHeaders };
  }
  if (TOKEN_PATH.test(path)) {
    return { scheme: "snap-asymmetric", reason: t.tokenPath(path) };
  }
  if (has("X-CLIENT-KEY") && !has("Authorization")) {
    return { scheme: "snap-asymmetric", reason: t.clientKey };
  }
  if (has("Authorization")) {
    return { scheme: "snap-symmetric", reason: t.authorization };
  }
  return {
    scheme: "snap-symmetric",
    reason: has("X-SIGNATURE") ? t.xSignature : t.fallback,
  };
}
