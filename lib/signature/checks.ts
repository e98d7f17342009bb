// What can be checked in a request without any secret: the timestamp's format, the headers each recipe requires
// (reference §3.2 for SNAP, §4.1 for non-SNAP), the Bearer prefix, X-EXTERNAL-ID's shape, the signature header's
// shape, and a host or scheme where only a path belongs.
import { type SignatureText, SIGNATURE_TEXT } from "../i18n/signature";
import type { Locale } from "../i18n/locale";
import { minifyBody } from "./body";
import { fromBase64 } from "./encoding";
import { type HttpRequest, headerValue, repeatedHeaders, targetParts } from "./http-request";
import { type PageLink, type Pages, pages } from "./links";
import type { RequestSource } from "./http-request";
import type { Scheme } from "./scheme";
import { readTimestamp } from "./timestamp";

export type CheckLevel = "problem" | "warning" | "ok" | "note";

export interface Check {
  level: CheckLevel;
  text: string;
  link?: PageLink;
}

type Why = keyof SignatureText["checks"]["why"];

interface Required {
  name: string;
  /** Missing it is a "problem" (the standard requires it) or a "warning" (DOKU's own samples leave it out). */
  level: "problem" | "warning";
  why?: Why;
  link?: keyof Pages;
}

const REQUIRED: Record<Scheme, Required[]> = {
  "snap-asymmetric": [
    { name: "Content-Type", level: "problem" },
    { name: "X-TIMESTAMP", level: "problem", why: "timestampHalf" },
    { name: "X-CLIENT-KEY", level: "problem", why: "clientKey", link: "invalidMandatoryField" },
    { name: "X-SIGNATURE", level: "problem" },
  ],
  "snap-symmetric": [
    { name: "Content-Type", level: "problem" },
    { name: "Authorization", level: "problem", why: "authorization", link: "tokenNotFound" },
    { name: "X-TIMESTAMP", level: "problem", why: "timestampLast" },
    { name: "X-SIGNATURE", level: "problem" },
    { name: "X-PARTNER-ID", level: "problem" },
    { name: "X-EXTERNAL-ID", level: "problem" },
    { name: "CHANNEL-ID", level: "warning", why: "channelId" },
  ],
  "non-snap": [
    { name: "Client-Id", level: "problem", why: "clientId" },
    { name: "Request-Id", level: "problem", why: "signed" },
    { name: "Request-Timestamp", level: "problem", why: "signed" },
    { name: "Signature", level: "problem" },
  ],
};

/** The words and links of one language, passed to every check. */
interface Say {
  t: SignatureText["checks"];
  links: Pages;
  locale: Locale;
}

export interface CheckOptions {
  /** How the request was pasted: a curl URL is always absolute, a raw request line rarely. */
  source?: RequestSource;
  /** The language of the texts and links (English unless given). */
  locale?: Locale;
}

/** Every check that needs no secret, problems first. */
export function checkRequest(request: HttpRequest, scheme: Scheme, { source, locale = "en" }: CheckOptions = {}): Check[] {
  const say: Say = { t: SIGNATURE_TEXT[locale].checks, links: pages(locale), locale };
  const { t, links } = say;
  const checks: Check[] = [];
  const value = (name: string) => headerValue(request, name);

  const missing = REQUIRED[scheme].filter((header) => value(header.name) === undefined);
  for (const header of missing) {
    checks.push({
      level: header.level,
      text: t.headerMissing(header.name, header.why && t.why[header.why]),
      link: links[header.link ?? "requiredHeaders"],
    });
  }
  if (missing.length === 0) {
    checks.push({ level: "ok", text: t.headersPresent(REQUIRED[scheme].map((header) => header.name).join(", ")) });
  }
  for (const name of repeatedHeaders(request)) {
    checks.push({ level: "warning", text: t.repeated(name) });
  }

  checks.push(...methodAndPath(request, source, say));
  if (scheme === "non-snap") checks.push(...nonSnapChecks(request, say));
  else checks.push(...snapChecks(request, scheme, say));

  const order: CheckLevel[] = ["problem", "warning", "note", "ok"];
  return checks.sort((a, b) => order.indexOf(a.level) - order.indexOf(b.level));
}

function methodAndPath(request: HttpRequest, source: RequestSource | undefined, { t, links }: Say): Check[] {
  const checks: Check[] = [];
  if (request.method && request.method !== request.method.toUpperCase()) {
    checks.push({
      level: "warning",
      text: t.lowerCaseMethod(request.method, request.method.toUpperCase()),
      link: links.lowerCaseMethod,
    });
  }
  if (request.target === undefined) return checks;
  const target = targetParts(request.target, request.host);
  if (target.wasAbsolute && source !== "curl") {
    checks.push({ level: "note", text: t.fullUrlRequestLine(target.relative), link: links.pathForm });
  }
  if (/:\/\/|^\/\/|^\/?[a-z0-9-]+(?:\.[a-z0-9-]+)+\.(?:com|id|net|org|io)(?:[/:?]|$)/i.test(target.relative)) {
    checks.push({
      level: "problem",
      text: t.hostInPath(target.relative),
      link: links.pathForm,
    });
  }
  return checks;
}

function snapChecks(request: HttpRequest, scheme: Exclude<Scheme, "non-snap">, say: Say): Check[] {
  const { t, links } = say;
  const checks: Check[] = [];
  const value = (name: string) => headerValue(request, name);
  const timestampLink = scheme === "snap-asymmetric" ? links.timestampOnTokenPage : links.timestampFormat;
  checks.push(...timestampChecks("X-TIMESTAMP", value("X-TIMESTAMP"), timestampLink, say));

  const contentType = value("Content-Type");
  if (contentType !== undefined && !/json/i.test(contentType)) {
    checks.push({ level: "warning", text: t.contentTypeNotJson(contentType), link: links.requiredHeaders });
  }

  const signature = value("X-SIGNATURE");
  if (signature !== undefined) checks.push(...signatureShape(signature, scheme, say));

  if (scheme === "snap-symmetric") {
    const authorization = value("Authorization");
    if (authorization !== undefined) checks.push(bearerCheck(authorization, say));
    const externalId = value("X-EXTERNAL-ID");
    if (externalId !== undefined) {
      if (!/^\d+$/.test(externalId)) {
        checks.push({ level: "problem", text: t.externalIdNotNumeric(clip(externalId)), link: links.invalidFieldFormat });
      } else if (externalId.length > 36) {
        checks.push({ level: "problem", text: t.externalIdTooLong(externalId.length), link: links.invalidFieldFormat });
      } else {
        checks.push({ level: "ok", text: t.externalIdOk, link: links.externalIdConflict });
      }
    }
    const partnerId = value("X-PARTNER-ID");
    if (partnerId !== undefined && partnerId.length > 36) checks.push({ level: "problem", text: t.partnerIdTooLong(partnerId.length), link: links.invalidFieldFormat });
    const channelId = value("CHANNEL-ID");
    if (channelId !== undefined && channelId.length > 5) checks.push({ level: "problem", text: t.channelIdTooLong(clip(channelId), channelId.length), link: links.invalidFieldFormat });
    const path = request.target !== undefined ? targetParts(request.target, request.host).pathOnly : "";
    if (/\/access-token\/b2b\/?$/i.test(path)) {
      checks.push({ level: "warning", text: t.tokenPathSymmetric, link: links.recipes });
    }
  } else {
    if (value("Authorization") !== undefined) checks.push({ level: "note", text: t.tokenCallAuthorization });
    if (request.body.kind === "known" && request.body.text !== "") {
      try {
        const body: unknown = JSON.parse(request.body.text);
        const grantType = typeof body === "object" && body !== null && "grantType" in body ? body.grantType : undefined;
        if (grantType !== "client_credentials") {
          checks.push({ level: "problem", text: t.grantType(grantType === undefined ? undefined : JSON.stringify(grantType)), link: links.invalidFieldFormat });
        }
      } catch {
        // A body that is not JSON is reported with the body.
      }
    }
  }
  if (request.body.kind === "known" && scheme === "snap-symmetric") {
    const minified = minifyBody(request.body.text);
    if (minified.kind === "not-json") checks.push({ level: "note", text: t.bodyNotJson });
  }
  if (request.body.kind === "unknown" && scheme === "snap-symmetric") checks.push({ level: "note", text: t.bodyUnknown(request.body.reason) });
  return checks;
}

function nonSnapChecks(request: HttpRequest, say: Say): Check[] {
  const { t, links } = say;
  const checks: Check[] = [];
  const value = (name: string) => headerValue(request, name);
  const timestamp = value("Request-Timestamp");
  checks.push(...timestampChecks("Request-Timestamp", timestamp, links.nonSnapInvalidSignature, say));
  if (timestamp !== undefined) {
    const reading = readTimestamp(timestamp);
    const offset = reading.instants.length === 1 ? reading.instants[0]?.offsetMinutes : undefined;
    if (offset !== undefined && offset !== 0) {
      checks.push({ level: "warning", text: t.requestTimestampOffset, link: links.nonSnapRecipe });
    }
  }
  const requestId = value("Request-Id");
  if (requestId !== undefined && requestId.length > 128) checks.push({ level: "problem", text: t.requestIdTooLong(requestId.length), link: links.nonSnapRecipe });
  const signature = value("Signature");
  if (signature !== undefined) {
    if (!signature.startsWith("HMACSHA256=")) {
      checks.push({ level: "problem", text: t.signatureNoPrefix, link: links.missingPrefix });
    }
    const encoded = signature.replace(/^HMACSHA256=/i, "");
    const bytes = /^[0-9a-f]{64}$/i.test(encoded) ? undefined : fromBase64(encoded);
    if (/^[0-9a-f]{64}$/i.test(encoded)) checks.push({ level: "warning", text: t.nonSnapHex, link: links.hexOutput });
    else if (!bytes) checks.push({ level: "problem", text: t.nonSnapNotBase64, link: links.nonSnapRecipe });
    else if (bytes.length !== 32) checks.push({ level: "warning", text: t.nonSnapBytes(bytes.length), link: links.nonSnapRecipe });
  }
  if (request.body.kind === "unknown" && request.method !== "GET") checks.push({ level: "note", text: t.bodyUnknown(request.body.reason) });
  return checks;
}

function timestampChecks(name: string, value: string | undefined, link: PageLink, { t, locale }: Say): Check[] {
  if (value === undefined) return [];
  const reading = readTimestamp(value, locale);
  if (reading.problems.length === 0) return [{ level: "ok", text: t.timestampOk(name, value) }];
  return reading.problems.map((problem) => ({ level: "problem" as const, text: t.timestampProblem(name, clip(value), problem), link }));
}

function bearerCheck(authorization: string, { t, links }: Say): Check {
  const link = links.bearerInToken;
  if (/^bearer\s+bearer\b/i.test(authorization)) return { level: "problem", text: t.bearerTwice, link };
  if (!/^bearer\b/i.test(authorization)) return { level: "problem", text: t.bearerMissing, link };
  if (!/^bearer /i.test(authorization) || /^bearer\s{2,}/i.test(authorization)) {
    return { level: "problem", text: t.bearerSpacing, link };
  }
  if (authorization.slice(7).trim() === "") return { level: "problem", text: t.bearerNoToken, link };
  if (!authorization.startsWith("Bearer ")) return { level: "warning", text: t.bearerCase(authorization.slice(0, 6)), link };
  return { level: "ok", text: t.bearerOk, link };
}

function signatureShape(signature: string, scheme: Exclude<Scheme, "non-snap">, { t, links }: Say): Check[] {
  if (/^[0-9a-f]+$/i.test(signature) && signature.length % 2 === 0 && signature.length >= 64) {
    return [{ level: "warning", text: t.xSignatureHex, link: links.hexOutput }];
  }
  const bytes = fromBase64(signature);
  if (!bytes || /[-_]/.test(signature)) {
    return [{ level: "problem", text: t.xSignatureNotBase64, link: links.recipes }];
  }
  if ((scheme === "snap-symmetric" && bytes.length !== 64) || (scheme === "snap-asymmetric" && bytes.length < 128)) {
    return [{ level: "warning", text: t.xSignatureBytes(bytes.length, scheme), link: links.recipes }];
  }
  return [];
}

function clip(text: string): string {
  return text.length > 48 ? `${text.slice(0, 48)}…` : text;
}
