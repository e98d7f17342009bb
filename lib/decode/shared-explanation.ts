// What a default share link carries: the explanation, not the paste. Each code with the field it was found in, its
// message (redacted), the HTTP status line, and the identifiers support asks for (redacted: a phone number in customerNo
// keeps only its last 4 digits), which is enough for the page to explain the same codes again. The paste itself goes
// in only when the reader chose "Include the paste" and read the preview. share-link.ts turns this into a fragment.
//
// JSON, e.g. {"responses":[{"status":401,"reason":"Unauthorized","findings":[{"field":"responseCode","code":"4012400",
// "message":"Unauthorized. [Signature]"}]}],"identifiers":[["X-EXTERNAL-ID","41807553358950093184"]],
// "environment":"sandbox"}, plus "omitted" when limits cut something, and "paste" when it was included.
import { DECODE_STRINGS } from "../i18n/decode";
import type { DecodeCatalogue } from "./catalogue";
import { type DecodeResult, type Finding, decodePaste } from "./decode";
import { messageKeyOf } from "./finding-fields";
import { isJsonObject } from "./json-guards";
import { type Redaction, type RedactionSummary, redactFieldValue, redactSecrets, sumRemoved } from "./redact";

export interface SharedFinding {
  /** Where the code was found, as the decoder names it: "responseCode", "error.code", "text"… */
  field: string;
  code: string;
  message?: string;
  /** responseCode was a JSON number (DOKU's Node SDK), which the explanation points out. */
  number?: true;
  /** error.type of a non-SNAP error body. */
  type?: string;
}

export interface SharedResponse {
  status?: number;
  reason?: string;
  findings: SharedFinding[];
}

export interface SharedExplanation {
  responses: SharedResponse[];
  /** [label, value] pairs, e.g. ["X-EXTERNAL-ID", "41807553358950093184"]. */
  identifiers: [string, string][];
  environment?: "sandbox" | "production";
  /** How many of each did not fit in the link: said on the page that opens it. */
  omitted?: { responses?: number; findings?: number; identifiers?: number };
  /** The paste as the reader previewed it (already redacted), only when they chose to include it. */
  paste?: string;
}

/** Limits of what one link carries, and of what a link may claim to carry when read. */
export const SHARED_LIMITS = { responses: 20, findings: 30, identifiers: 30, code: 64, field: 64, message: 1000, reason: 100, label: 64, value: 200, paste: 2 * 1024 * 1024 };

export interface SharedExplanationBuilt {
  explanation: SharedExplanation;
  /** What redaction masked in the codes, messages, reasons and identifiers. */
  removed: RedactionSummary[];
}

/** The explanation of a decoded paste, every pasted value redacted, e.g. for a link. */
export function toSharedExplanation(result: DecodeResult): SharedExplanationBuilt {
  const redactions: Redaction[] = [];
  const redacted = (redaction: Redaction, limit: number) => {
    redactions.push(redaction);
    return cut(redaction.text, limit);
  };
  let omittedFindings = 0;
  const responses = result.responses.slice(0, SHARED_LIMITS.responses).map((response): SharedResponse => {
    omittedFindings += Math.max(0, response.findings.length - SHARED_LIMITS.findings);
    return {
      ...(response.http ? { status: response.http.status } : {}),
      ...(response.http?.reason ? { reason: redacted(redactSecrets(response.http.reason), SHARED_LIMITS.reason) } : {}),
      findings: response.findings.slice(0, SHARED_LIMITS.findings).map((finding) => sharedFinding(finding, redacted)),
    };
  });
  const identifiers = result.identifiers
    .slice(0, SHARED_LIMITS.identifiers)
    .map(({ label, value }): [string, string] => [cut(label, SHARED_LIMITS.label), redacted(redactFieldValue(label, value), SHARED_LIMITS.value)]);
  const omitted = {
    ...(result.responses.length > SHARED_LIMITS.responses ? { responses: result.responses.length - SHARED_LIMITS.responses } : {}),
    ...(omittedFindings > 0 ? { findings: omittedFindings } : {}),
    ...(result.identifiers.length > SHARED_LIMITS.identifiers ? { identifiers: result.identifiers.length - SHARED_LIMITS.identifiers } : {}),
  };
  const explanation: SharedExplanation = {
    responses,
    identifiers,
    ...(result.environment ? { environment: result.environment } : {}),
    ...(Object.keys(omitted).length > 0 ? { omitted } : {}),
  };
  return { explanation, removed: sumRemoved(redactions.map((redaction) => redaction.removed)) };
}

const ERROR_TYPE_DETAIL = "error.type: ";
const NETWORK_FIELD = "curl";

function sharedFinding(finding: Finding, redacted: (redaction: Redaction, limit: number) => string): SharedFinding {
  const detail = "detail" in finding ? finding.detail : undefined;
  const type = finding.field === "error.code" && detail?.startsWith(ERROR_TYPE_DETAIL) ? detail.slice(ERROR_TYPE_DETAIL.length) : undefined;
  const number = finding.notes.some((note) => note.id === "response-code-as-number");
  return {
    // A network failure is rebuilt as curl prints it, whatever client wrote it: "curl: (28) Operation timed out".
    field: finding.kind === "network" ? NETWORK_FIELD : cut(finding.field, SHARED_LIMITS.field),
    code: redacted(redactFieldValue(finding.field, finding.code), SHARED_LIMITS.code),
    ...(finding.message !== undefined ? { message: redacted(redactFieldValue(messageKeyOf(finding.field), finding.message), SHARED_LIMITS.message) } : {}),
    ...(number ? { number: true as const } : {}),
    ...(type !== undefined ? { type: redacted(redactSecrets(type), SHARED_LIMITS.reason) } : {}),
  };
}

/** Cut to `limit` characters, saying so: nothing is dropped without a word. */
function cut(text: string, limit: number): string {
  return text.length <= limit ? text : `${text.slice(0, limit - 20)}… (${text.length - limit + 20} more)`;
}

/** A link's claim, checked: the explanation it carries, or undefined when anything in it is out of shape or bounds. */
export function parseSharedExplanation(value: unknown): SharedExplanation | undefined {
  if (!isJsonObject(value) || !Array.isArray(value.responses) || !Array.isArray(value.identifiers)) return undefined;
  if (value.responses.length > SHARED_LIMITS.responses || value.identifiers.length > SHARED_LIMITS.identifiers) return undefined;
  const responses: SharedResponse[] = [];
  for (const item of value.responses) {
    const response = parseResponse(item);
    if (!response) return undefined;
    responses.push(response);
  }
  const identifiers: [string, string][] = [];
  for (const pair of value.identifiers) {
    if (!Array.isArray(pair) || pair.length !== 2) return undefined;
    const [label, text] = pair;
    if (!isText(label, SHARED_LIMITS.label) || !isText(text, SHARED_LIMITS.value)) return undefined;
    identifiers.push([label, text]);
  }
  const { environment, omitted, paste } = value;
  if (environment !== undefined && environment !== "sandbox" && environment !== "production") return undefined;
  if (paste !== undefined && (typeof paste !== "string" || paste.length > SHARED_LIMITS.paste)) return undefined;
  const counts = parseOmitted(omitted);
  if (counts === undefined) return undefined;
  return {
    responses,
    identifiers,
    ...(environment ? { environment } : {}),
    ...(Object.keys(counts).length > 0 ? { omitted: counts } : {}),
    ...(paste !== undefined ? { paste } : {}),
  };
}

function parseResponse(value: unknown): SharedResponse | undefined {
  if (!isJsonObject(value) || !Array.isArray(value.findings) || value.findings.length > SHARED_LIMITS.findings) return undefined;
  const { status, reason } = value;
  if (status !== undefined && !(Number.isInteger(status) && typeof status === "number" && status >= 100 && status <= 599)) return undefined;
  if (reason !== undefined && !isText(reason, SHARED_LIMITS.reason)) return undefined;
  const findings: SharedFinding[] = [];
  for (const item of value.findings) {
    if (!isJsonObject(item)) return undefined;
    const { field, code, message, number, type } = item;
    if (!isText(field, SHARED_LIMITS.field) || !isText(code, SHARED_LIMITS.code)) return undefined;
    if (message !== undefined && !isText(message, SHARED_LIMITS.message)) return undefined;
    if (type !== undefined && !isText(type, SHARED_LIMITS.reason)) return undefined;
    if (number !== undefined && number !== true) return undefined;
    findings.push({ field, code, ...(message !== undefined ? { message } : {}), ...(number ? { number } : {}), ...(type !== undefined ? { type } : {}) });
  }
  return { ...(typeof status === "number" ? { status } : {}), ...(reason !== undefined ? { reason } : {}), findings };
}

function parseOmitted(value: unknown): SharedExplanation["omitted"] | undefined {
  if (value === undefined) return {};
  if (!isJsonObject(value)) return undefined;
  const counts: NonNullable<SharedExplanation["omitted"]> = {};
  for (const name of ["responses", "findings", "identifiers"] as const) {
    const count = value[name];
    if (count === undefined) continue;
    if (typeof count !== "number" || !Number.isInteger(count) || count < 0 || count > 1_000_000) return undefined;
    counts[name] = count;
  }
  return counts;
}

function isText(value: unknown, limit: number): value is string {
  return typeof value === "string" && value.length <= limit;
}

/**
 * The page's explanation of a shared link: the same decoder reads a response rebuilt from each shared code in the
 * body it came in (so entries, parts, notes and warnings are worked out again by today's catalogue), then the shared
 * identifiers replace what the rebuilt text would give.
 */
export function restoreExplanation(shared: SharedExplanation, catalogue: DecodeCatalogue): DecodeResult {
  const decoded = decodePaste(rebuiltText(shared), catalogue);
  const notices: string[] = [];
  const { omitted } = shared;
  const words = DECODE_STRINGS[catalogue.locale].notices;
  if (omitted?.responses) notices.push(words.linkFirstResponses(shared.responses.length, omitted.responses));
  if (omitted?.findings) notices.push(words.linkMoreCodes(omitted.findings));
  if (omitted?.identifiers) notices.push(words.linkMoreIdentifiers(omitted.identifiers));
  return {
    responses: decoded.responses,
    identifiers: shared.identifiers.map(([label, value]) => ({ label, value })),
    notices: decoded.responses.length === 0 ? [...decoded.notices, ...notices] : notices,
    notes: decoded.notes,
    extent: decoded.extent,
    ...(shared.environment ? { environment: shared.environment } : {}),
  };
}

/** One block per response: a status line when it had one, then each finding in the body shape of its field. */
function rebuiltText(shared: SharedExplanation): string {
  // A response without a status line can only come first: the decoder splits blocks at status lines.
  const ordered = [...shared.responses].sort((a, b) => Number(a.status !== undefined) - Number(b.status !== undefined));
  return ordered
    .map((response) => {
      // A gateway's HTML page carried its status in the page, not in a status line.
      const fromPage = response.findings.some((finding) => finding.field === "HTML error page");
      const status = response.status !== undefined && !fromPage ? `HTTP/1.1 ${response.status}${response.reason ? ` ${oneLine(response.reason)}` : ""}\n\n` : "";
      // Findings of one response travel as one line (a JSON array), so they are read again as one response.
      const bodies = response.findings.map(bodyOf).filter(Boolean);
      const json = bodies.every((body) => body.startsWith("{"));
      return status + (json && bodies.length > 1 ? `[${bodies.join(",")}]` : bodies.join("\n"));
    })
    .join("\n\n");
}

function bodyOf(finding: SharedFinding): string {
  const { code, message, type } = finding;
  switch (finding.field) {
    case "responseCode":
      return JSON.stringify({ responseCode: finding.number && /^[1-9]\d*$/.test(code) ? Number(code) : code, responseMessage: message });
    case "response_code":
      return JSON.stringify({ response_code: code, response_message: message });
    case "error.code":
      return JSON.stringify({ error: { code, message, type } });
    case "message[0]":
      return JSON.stringify({ message: [code], response: {} });
    case "transaction.status":
      return JSON.stringify({ transaction: { status: code } });
    case "RESPONSECODE":
      return JSON.stringify({ RESPONSECODE: code, RESPONSEMSG: message });
    case "status_code":
      return JSON.stringify({ status_code: code, status_message: message ?? "" });
    case "error_code":
      return JSON.stringify({ error_code: code, message: message ?? "" });
    case "HTTP status line":
      return "";
    case "HTML error page":
      return `<html><head><title>${code}</title></head></html>`;
    case NETWORK_FIELD:
      return oneLine(`curl: (${code}) ${message ?? ""}`);
    case "text":
      return oneLine(`${code}${message ? ` ${message}` : ""}`);
    default:
      // A code written after a label in a log ("response code: 0051", "RC 05"), and any field a later decoder adds:
      // the label, the code, and its message on the same line.
      return oneLine(`${finding.field}: ${code}${message ? ` ${message}` : ""}`);
  }
}

function oneLine(text: string): string {
  return text.replace(/[\r\n]+/g, " ");
}
