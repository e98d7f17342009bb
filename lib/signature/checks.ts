// What can be checked in a request without any secret: the timestamp's format, the headers each recipe requires
// (reference §3.2 for SNAP, §4.1 for non-SNAP), the Bearer prefix, X-EXTERNAL-ID's shape, the signature header's
// shape, and a host or scheme where only a path belongs.
import { minifyBody } from "./body";
import { fromBase64 } from "./encoding";
import { type HttpRequest, headerValue, repeatedHeaders, targetParts } from "./http-request";
import { PAGES, type PageLink } from "./links";
import type { RequestSource } from "./http-request";
import type { Scheme } from "./scheme";
import { readTimestamp } from "./timestamp";

export type CheckLevel = "problem" | "warning" | "ok" | "note";

export interface Check {
  level: CheckLevel;
  text: string;
  link?: PageLink;
}

interface Required {
  name: string;
  /** Missing it is a "problem" (the standard requires it) or a "warning" (DOKU's own samples leave it out). */
  level: "problem" | "warning";
  why?: string;
  link?: PageLink;
}

const REQUIRED: Record<Scheme, Required[]> = {
  "snap-asymmetric": [
    { name: "Content-Type", level: "problem" },
    { name: "X-TIMESTAMP", level: "problem", why: "it is half of the signed string" },
    { name: "X-CLIENT-KEY", level: "problem", why: "it is the client ID in the signed string; BCA answers 4007302 without it", link: PAGES.invalidMandatoryField },
    { name: "X-SIGNATURE", level: "problem" },
  ],
  "snap-symmetric": [
    { name: "Content-Type", level: "problem" },
    { name: "Authorization", level: "problem", why: "its access token is part of the signed string; without it SNAP answers 401XX03", link: PAGES.tokenNotFound },
    { name: "X-TIMESTAMP", level: "problem", why: "it is the last part of the signed string" },
    { name: "X-SIGNATURE", level: "problem" },
    { name: "X-PARTNER-ID", level: "problem" },
    { name: "X-EXTERNAL-ID", level: "problem" },
    { name: "CHANNEL-ID", level: "warning", why: "ASPI marks it mandatory, though DOKU's Check Status sample has none" },
  ],
  "non-snap": [
    { name: "Client-Id", level: "problem", why: "it is the first line of the signed component" },
    { name: "Request-Id", level: "problem", why: "it is signed" },
    { name: "Request-Timestamp", level: "problem", why: "it is signed" },
    { name: "Signature", level: "problem" },
  ],
};

export interface CheckOptions {
  /** How the request was pasted: a curl URL is always absolute, a raw request line rarely. */
  source?: RequestSource;
}

/** Every check that needs no secret, problems first. */
export function checkRequest(request: HttpRequest, scheme: Scheme, { source }: CheckOptions = {}): Check[] {
  const checks: Check[] = [];
  const value = (name: string) => headerValue(request, name);

  const missing = REQUIRED[scheme].filter((header) => value(header.name) === undefined);
  for (const header of missing) {
    checks.push({
      level: header.level,
      text: `The ${header.name} header is missing${header.why ? `: ${header.why}` : ""}.`,
      link: header.link ?? PAGES.requiredHeaders,
    });
  }
  if (missing.length === 0) {
    checks.push({ level: "ok", text: `Every header this recipe needs is there: ${REQUIRED[scheme].map((header) => header.name).join(", ")}.` });
  }
  for (const name of repeatedHeaders(request)) {
    checks.push({ level: "warning", text: `${name} is sent more than once: the server reads one of them, perhaps not the one you signed.` });
  }

  checks.push(...methodAndPath(request, source));
  if (scheme === "non-snap") checks.push(...nonSnapChecks(request));
  else checks.push(...snapChecks(request, scheme));

  const order: CheckLevel[] = ["problem", "warning", "note", "ok"];
  return checks.sort((a, b) => order.indexOf(a.level) - order.indexOf(b.level));
}

function methodAndPath(request: HttpRequest, source: RequestSource | undefined): Check[] {
  const checks: Check[] = [];
  if (request.method && request.method !== request.method.toUpperCase()) {
    checks.push({
      level: "warning",
      text: `The method is written in lower case (${request.method}). HTTP methods are upper case, and the string to sign uses ${request.method.toUpperCase()}.`,
      link: PAGES.lowerCaseMethod,
    });
  }
  if (request.target === undefined) return checks;
  const target = targetParts(request.target, request.host);
  if (target.wasAbsolute && source !== "curl") {
    checks.push({ level: "note", text: `The request line holds a full URL; the signed path is only the part after the host: ${target.relative}`, link: PAGES.pathForm });
  }
  if (/:\/\/|^\/\/|^\/?[a-z0-9-]+(?:\.[a-z0-9-]+)+\.(?:com|id|net|org|io)(?:[/:?]|$)/i.test(target.relative)) {
    checks.push({
      level: "problem",
      text: `The path ${target.relative} holds a host or scheme. The string to sign takes the relative path only, e.g. /snap/v1.0/…`,
      link: PAGES.pathForm,
    });
  }
  return checks;
}

function snapChecks(request: HttpRequest, scheme: Exclude<Scheme, "non-snap">): Check[] {
  const checks: Check[] = [];
  const value = (name: string) => headerValue(request, name);
  const timestampLink = scheme === "snap-asymmetric" ? PAGES.timestampOnTokenPage : PAGES.timestampFormat;
  checks.push(...timestampChecks("X-TIMESTAMP", value("X-TIMESTAMP"), timestampLink));

  const contentType = value("Content-Type");
  if (contentType !== undefined && !/json/i.test(contentType)) {
    checks.push({ level: "warning", text: `Content-Type is ${contentType}; SNAP bodies are JSON (application/json).`, link: PAGES.requiredHeaders });
  }

  const signature = value("X-SIGNATURE");
  if (signature !== undefined) checks.push(...signatureShape(signature, scheme));

  if (scheme === "snap-symmetric") {
    const authorization = value("Authorization");
    if (authorization !== undefined) checks.push(bearerCheck(authorization));
    const externalId = value("X-EXTERNAL-ID");
    if (externalId !== undefined) {
      if (!/^\d+$/.test(externalId)) {
        checks.push({ level: "problem", text: `X-EXTERNAL-ID "${clip(externalId)}" is not a numeric string, which is what ASPI defines (digits only, up to 36).`, link: PAGES.invalidFieldFormat });
      } else if (externalId.length > 36) {
        checks.push({ level: "problem", text: `X-EXTERNAL-ID has ${externalId.length} digits; ASPI allows up to 36.`, link: PAGES.invalidFieldFormat });
      } else {
        checks.push({ level: "ok", text: "X-EXTERNAL-ID is a numeric string of up to 36 digits. It must also be new each day.", link: PAGES.externalIdConflict });
      }
    }
    const partnerId = value("X-PARTNER-ID");
    if (partnerId !== undefined && partnerId.length > 36) checks.push({ level: "problem", text: `X-PARTNER-ID has ${partnerId.length} characters; ASPI allows up to 36.`, link: PAGES.invalidFieldFormat });
    const channelId = value("CHANNEL-ID");
    if (channelId !== undefined && channelId.length > 5) checks.push({ level: "problem", text: `CHANNEL-ID "${clip(channelId)}" has ${channelId.length} characters; ASPI allows up to 5.`, link: PAGES.invalidFieldFormat });
    const path = request.target !== undefined ? targetParts(request.target, request.host).pathOnly : "";
    if (/\/access-token\/b2b\/?$/i.test(path)) {
      checks.push({ level: "warning", text: "This is the B2B access token path, which is signed with the asymmetric recipe (X-CLIENT-KEY|X-TIMESTAMP, SHA256withRSA).", link: PAGES.recipes });
    }
  } else {
    if (value("Authorization") !== undefined) checks.push({ level: "note", text: "The token call needs no Authorization header; it is not part of its signature." });
    if (request.body.kind === "known" && request.body.text !== "") {
      try {
        const body: unknown = JSON.parse(request.body.text);
        const grantType = typeof body === "object" && body !== null && "grantType" in body ? body.grantType : undefined;
        if (grantType !== "client_credentials") {
          checks.push({ level: "problem", text: `The body's grantType is ${grantType === undefined ? "missing" : JSON.stringify(grantType)}; the B2B token call sends "client_credentials".`, link: PAGES.invalidFieldFormat });
        }
      } catch {
        // A body that is not JSON is reported with the body.
      }
    }
  }
  if (request.body.kind === "known" && scheme === "snap-symmetric") {
    const minified = minifyBody(request.body.text);
    if (minified.kind === "not-json") checks.push({ level: "note", text: "The body is not JSON, so it is hashed as sent, without minifying." });
  }
  if (request.body.kind === "unknown" && scheme === "snap-symmetric") checks.push({ level: "note", text: `The body is not in the paste: ${request.body.reason}.` });
  return checks;
}

function nonSnapChecks(request: HttpRequest): Check[] {
  const checks: Check[] = [];
  const value = (name: string) => headerValue(request, name);
  const timestamp = value("Request-Timestamp");
  checks.push(...timestampChecks("Request-Timestamp", timestamp, PAGES.nonSnapInvalidSignature));
  if (timestamp !== undefined) {
    const reading = readTimestamp(timestamp);
    const offset = reading.instants.length === 1 ? reading.instants[0]?.offsetMinutes : undefined;
    if (offset !== undefined && offset !== 0) {
      checks.push({ level: "warning", text: "DOKU describes Request-Timestamp as UTC (ending in Z, e.g. 2020-09-22T01:51:00Z); this one has another offset.", link: PAGES.nonSnapRecipe });
    }
  }
  const requestId = value("Request-Id");
  if (requestId !== undefined && requestId.length > 128) checks.push({ level: "problem", text: `Request-Id has ${requestId.length} characters; DOKU allows up to 128.`, link: PAGES.nonSnapRecipe });
  const signature = value("Signature");
  if (signature !== undefined) {
    if (!signature.startsWith("HMACSHA256=")) {
      checks.push({ level: "problem", text: "The Signature header does not start with HMACSHA256=, which DOKU's recipe puts before the Base64.", link: PAGES.missingPrefix });
    }
    const encoded = signature.replace(/^HMACSHA256=/i, "");
    const bytes = /^[0-9a-f]{64}$/i.test(encoded) ? undefined : fromBase64(encoded);
    if (/^[0-9a-f]{64}$/i.test(encoded)) checks.push({ level: "warning", text: "The signature is written in hex; DOKU's recipe writes it in Base64.", link: PAGES.hexOutput });
    else if (!bytes) checks.push({ level: "problem", text: "The signature after HMACSHA256= is not Base64.", link: PAGES.nonSnapRecipe });
    else if (bytes.length !== 32) checks.push({ level: "warning", text: `The signature decodes to ${bytes.length} bytes; an HMAC-SHA256 has 32.`, link: PAGES.nonSnapRecipe });
  }
  if (request.body.kind === "unknown" && request.method !== "GET") checks.push({ level: "note", text: `The body is not in the paste: ${request.body.reason}.` });
  return checks;
}

function timestampChecks(name: string, value: string | undefined, link: PageLink): Check[] {
  if (value === undefined) return [];
  const reading = readTimestamp(value);
  if (reading.problems.length === 0) return [{ level: "ok", text: `${name} ${value} is ISO 8601 with an offset.` }];
  return reading.problems.map((problem) => ({ level: "problem" as const, text: `${name} "${clip(value)}": ${problem}`, link }));
}

function bearerCheck(authorization: string): Check {
  const link = PAGES.bearerInToken;
  if (/^bearer\s+bearer\b/i.test(authorization)) return { level: "problem", text: "Authorization says Bearer twice: the token was stored with its prefix, then given another.", link };
  if (!/^bearer\b/i.test(authorization)) return { level: "problem", text: 'Authorization has no "Bearer " prefix: send "Bearer " followed by the access token.', link };
  if (!/^bearer /i.test(authorization) || /^bearer\s{2,}/i.test(authorization)) {
    return { level: "problem", text: 'Authorization has other spacing than one space after "Bearer", so the token a server reads may start with a space.', link };
  }
  if (authorization.slice(7).trim() === "") return { level: "problem", text: "Authorization has Bearer but no token after it.", link };
  if (!authorization.startsWith("Bearer ")) return { level: "warning", text: `Authorization is written "${authorization.slice(0, 6)}"; the standard writes "Bearer ".`, link };
  return { level: "ok", text: 'Authorization is "Bearer " and a token; the token goes into the string to sign without "Bearer ".', link };
}

function signatureShape(signature: string, scheme: Exclude<Scheme, "non-snap">): Check[] {
  const expected = scheme === "snap-symmetric" ? "an HMAC-SHA512 (64 bytes)" : "an RSA signature (256 bytes for a 2048-bit key)";
  if (/^[0-9a-f]+$/i.test(signature) && signature.length % 2 === 0 && signature.length >= 64) {
    return [{ level: "warning", text: "X-SIGNATURE is written in hex; SNAP writes it in Base64.", link: PAGES.hexOutput }];
  }
  const bytes = fromBase64(signature);
  if (!bytes || /[-_]/.test(signature)) {
    return [{ level: "problem", text: "X-SIGNATURE is not standard Base64 (A–Z, a–z, 0–9, + and /).", link: PAGES.recipes }];
  }
  if (scheme === "snap-symmetric" && bytes.length !== 64) {
    const rsa = bytes.length >= 128;
    return [{ level: "warning", text: `X-SIGNATURE decodes to ${bytes.length} bytes, not ${expected}${rsa ? "; it looks like an RSA signature, which the asymmetric recipe makes" : ""}.`, link: PAGES.recipes }];
  }
  if (scheme === "snap-asymmetric" && bytes.length < 128) {
    return [{ level: "warning", text: `X-SIGNATURE decodes to ${bytes.length} bytes, not ${expected}${bytes.length === 64 ? "; 64 bytes is an HMAC-SHA512, which the symmetric recipe makes" : ""}.`, link: PAGES.recipes }];
  }
  return [];
}

function clip(text: string): string {
  return text.length > 48 ? `${text.slice(0, 48)}…` : text;
}
