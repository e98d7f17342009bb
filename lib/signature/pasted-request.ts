// The paste-box's part of the signature check: when a paste holds the request too (a raw request, a curl command,
// the "> " lines of curl -v), the checks that need no secret, so a rejected call is explained from both sides.
import type { Locale } from "../i18n/locale";
import { type Check, checkRequest } from "./checks";
import type { RequestSource } from "./http-request";
import { parseRequest } from "./parse-request";
import { type RecognisedScheme, recogniseScheme } from "./scheme";

export interface PastedRequestCheck {
  source: RequestSource;
  recognised: RecognisedScheme;
  /** Problems and warnings only: what the paste-box has room for. */
  findings: Check[];
}

/** The request's no-secret checks, or undefined when the paste holds no request. Synchronous: no hashing needed. */
export function checkPastedRequest(text: string, locale: Locale = "en"): PastedRequestCheck | undefined {
  const parsed = parseRequest(text, locale);
  if (parsed.kind !== "request") return undefined;
  const recognised = recogniseScheme(parsed.request, locale);
  const findings = checkRequest(parsed.request, recognised.scheme, { source: parsed.source, locale }).filter((check) => check.level === "problem" || check.level === "warning");
  return { source: parsed.source, recognised, findings };
}
