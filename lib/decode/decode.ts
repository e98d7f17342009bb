// The paste-box decoder: pasted text in, an explanation per code found out. Pure, total (never throws), and it never
// produces markup: every string it returns is either our own plain text or a piece of the input, shown as text.
// A paste may be one response or a whole log: it is cut into records (segment.ts), each read on its own, and every
// limit that leaves something unread says so in `notices`.
import type { NoteId } from "../content/vocabulary";
import { explainSnapCode, type FactNote, type SnapCodeExplanation } from "../snap/explain-code";
import { HTTP_REASONS } from "../snap/http-reasons";
import { normaliseCode, notesForMalformedCode, parseSnapCode } from "../snap/parse-code";
import { type PastedRequestCheck, checkPastedRequest } from "../signature/pasted-request";
import type { DecodeCatalogue, DecodeEntry, GuideRef } from "./catalogue";
import { DECODE_STRINGS, type DecodeStrings } from "../i18n/decode";
import type { Locale } from "../i18n/locale";
import { type ExtractedBlock, type ReadLimits, extractBlocks, findJsonValues, newReadLimits } from "./extract";
import { type Identifier, findIdentifiers } from "./identifiers";
import { isJsonObject } from "./json-guards";
import { expectedStatus } from "./findings";
import { segmentPaste } from "./segment";

/** Longer pastes are read up to here (about 100,000 log lines); the rest is named in a notice. */
export const MAX_DECODED_CHARS = 10_000_000;

interface FindingBase {
  /** Where the code was found, e.g. "responseCode", "error.code", "transaction.status", "text". */
  field: string;
  code: string;
  /** The message that came with it, e.g. responseMessage. */
  message?: string;
  /** DOKU facts that apply to this code (content/doku-facts.yaml), e.g. that the SDKs make codes of its shape. */
  notes: FactNote[];
}

/** A code with its own page. */
export interface DocumentedFinding extends FindingBase {
  kind: "documented";
  entry: DecodeEntry;
  /** SNAP codes: the parts named. */
  snap?: SnapCodeExplanation;
  /** What the message says about the cause, e.g. the field in "Invalid Mandatory Field {partnerServiceId}". */
  detail?: string;
}

/** A well-formed SNAP code without its own page, read from its parts and its generic case. */
export interface ComposedFinding extends FindingBase {
  kind: "composed";
  snap: SnapCodeExplanation;
  /** The page of its generic case, e.g. 404XX12, when the standard defines the case. */
  entry?: DecodeEntry;
  detail?: string;
  nearest: DecodeEntry[];
}

/** A responseCode that is not a well-formed SNAP code. */
export interface MalformedFinding extends FindingBase {
  kind: "malformed";
  problems: string[];
  nearest: DecodeEntry[];
  detail?: string;
}

/** A code of a DOKU field that no page explains. */
export interface UnknownFinding extends FindingBase {
  kind: "unknown";
  nearest: DecodeEntry[];
  /** Guides that mention the code, e.g. the note on legacy code 5504. */
  mentionedIn: GuideRef[];
}

/** DOKU Checkout's `{"message": [...], "response": {...}}`. */
export interface CheckoutFinding extends FindingBase {
  kind: "checkout";
}

/** A response of another payment provider, named rather than misread as DOKU's. */
export interface OtherProviderFinding extends FindingBase {
  kind: "other-provider";
  provider: "Midtrans" | "Xendit";
}

/** An HTTP status with no DOKU code in the body: a gateway's HTML page, an empty body, or a status line alone. */
export interface HttpStatusFinding extends FindingBase {
  kind: "http-status";
  status: number;
  /** The status's page, when this reference has one (e.g. /http/502/). */
  entry?: DecodeEntry;
  /** Who answered, as far as the response tells. */
  answeredBy: AnsweredBy;
}

/** A failure before any HTTP answer: curl's "(28) Operation timed out", PHP's "cURL error 6", Node's ETIMEDOUT. */
export interface NetworkFinding extends FindingBase {
  kind: "network";
  entry?: DecodeEntry;
}

export type Finding =
  | DocumentedFinding
  | ComposedFinding
  | MalformedFinding
  | UnknownFinding
  | CheckoutFinding
  | OtherProviderFinding
  | HttpStatusFinding
  | NetworkFinding;
export type FindingKind = Finding["kind"];

export type AnsweredBy =
  /** An HTML page or a proxy's Server header: a web server, CDN or load balancer, not an API (DOKU's APIs answer JSON). */
  | { kind: "gateway"; name?: string; host?: string }
  /** Nothing says who: an empty body, or a status line alone. */
  | { kind: "unknown"; evidence: "empty-body" | "status-line-only"; host?: string };

export interface DecodedResponse {
  /** 1-based line of the paste where this response starts, and its span, for showing its lines. */
  line: number;
  start: number;
  end: number;
  /** The time its log line or headers carry, as written. */
  timestamp?: string;
  http?: { status: number; reason?: string };
  /** The request it answers, when the paste shows it: "POST /checkout/v1/payment". */
  request?: { method: string; target: string };
  findings: Finding[];
  /** Problems with this response as a whole, e.g. the HTTP status and the code disagree. */
  warnings: string[];
  /** DOKU facts about this response as a whole, e.g. that a 409 may replay an earlier answer. */
  notes: FactNote[];
}

export interface DecodeResult {
  responses: DecodedResponse[];
  identifiers: Identifier[];
  environment?: "sandbox" | "production";
  /** About the paste itself: empty, cut to size, binary, repaired JSON, and everything a limit left unread. */
  notices: string[];
  /** DOKU facts about the paste as a whole, e.g. that a token answer carries no responseCode. */
  notes: FactNote[];
  /** How much was read: characters and lines of the paste, and how many of them. */
  extent: { chars: number; charsRead: number; lines: number };
  /** When the paste also holds the request: the signature checks that need no secret (lib/signature). */
  request?: PastedRequestCheck;
}

/** What the decoder says, in the catalogue's language. */
function wordsOf(catalogue: DecodeCatalogue): DecodeStrings["notices"] {
  return DECODE_STRINGS[catalogue.locale].notices;
}

export function decodePaste(input: string, catalogue: DecodeCatalogue): DecodeResult {
  const notices: string[] = [];
  const words = wordsOf(catalogue);
  if (typeof input !== "string" || input.trim() === "") {
    return { responses: [], identifiers: [], notices: [DECODE_STRINGS[catalogue.locale].input.emptyPrompt], notes: [], extent: { chars: 0, charsRead: 0, lines: 0 } };
  }
  const text = input.length > MAX_DECODED_CHARS ? input.slice(0, MAX_DECODED_CHARS) : input;
  const lines = countLines(text);
  if (text.length < input.length) {
    notices.push(words.cut(input.length, MAX_DECODED_CHARS, lines, input.length - text.length, countLines(input.slice(text.length))));
  }
  const binary = (text.slice(0, 10_000).match(/[\u0000-\u0008\u000e-\u001f\ufffd]/g) ?? []).length;
  if (binary > 20) notices.push(words.binary);

  const lookup = createLookup(catalogue);
  const limits = newReadLimits();
  const responses: DecodedResponse[] = [];
  const allBlocks: ExtractedBlock[] = [];
  let tokenAnswer = false;
  for (const segment of segmentPaste(text)) {
    const blocks = extractBlocks(text.slice(segment.start, segment.end), limits);
    for (const block of blocks) {
      allBlocks.push(block);
      if (block.json.some(isTokenSuccess)) tokenAnswer = true;
      const decoded = decodeBlock(block, lookup, catalogue, limits);
      if (decoded.findings.length === 0 && !decoded.http) continue;
      const timestamp = segment.timestamp ?? timestampOf(block);
      responses.push({ line: segment.line, start: segment.start, end: segment.end, ...(timestamp ? { timestamp } : {}), ...decoded });
    }
  }

  const notes: FactNote[] = [];
  if (limits.repaired > 0) notices.push(words.repaired(limits.repaired));
  notices.push(...unreadNotices(limits, words));
  if (tokenAnswer) notes.push(catalogue.notes["token-answer-without-code"]);
  else if (responses.every((response) => response.findings.length === 0)) {
    notices.push(words.nothingFound);
  }
  const { identifiers, environment, unlisted } = findIdentifiers(text, allBlocks, catalogue.hosts);
  if (unlisted > 0) notices.push(words.moreIdentifiers(unlisted, identifiers.length));
  const request = checkPastedRequest(text, catalogue.locale);
  return {
    responses,
    identifiers,
    notices,
    notes,
    extent: { chars: input.length, charsRead: text.length, lines },
    ...(environment ? { environment } : {}),
    ...(request ? { request } : {}),
  };
}

function countLines(text: string): number {
  let count = text.length > 0 ? 1 : 0;
  for (let at = text.indexOf("\n"); at !== -1; at = text.indexOf("\n", at + 1)) count++;
  return text.endsWith("\n") ? count - 1 : count;
}

/** Every limit that stopped the reader names what it left unread. */
function unreadNotices(limits: ReadLimits, words: DecodeStrings["notices"]): string[] {
  const notices: string[] = [];
  if (limits.unrepairable > 0) notices.push(words.unrepairable(limits.unrepairable));
  if (limits.abandonedTexts > 0) notices.push(words.abandoned(limits.abandonedTexts));
  if (limits.tooDeep > 0) notices.push(words.tooDeep(limits.tooDeep, MAX_DEPTH));
  if (limits.longArrays > 0) notices.push(words.longArrays(limits.longArrays, MAX_ARRAY_ITEMS));
  if (limits.longNestedJson > 0) notices.push(words.longNestedJson(limits.longNestedJson));
  return notices;
}

/** A SNAP token answer without responseCode: {"accessToken": …, "tokenType": "Bearer", "expiresIn": "900"}. */
function isTokenSuccess(value: unknown): boolean {
  return isJsonObject(value) && typeof value.accessToken === "string" && typeof value.tokenType === "string" && value.responseCode === undefined;
}

/** An ISO 8601 time or an HTTP date, and nothing else: a value that only starts like a date is not shown as one. */
const TIMESTAMP_SHAPE = /^(?:\d{4}-\d\d-\d\d[T ]\d\d:\d\d(?::\d\d(?:[.,]\d{1,9})?)?(?:Z|[+-]\d\d:?\d\d)?|[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d GMT)$/;

/** The time a JSON log line or the response's headers carry. */
function timestampOf(block: ExtractedBlock): string | undefined {
  const first = block.json[0];
  const candidates = isJsonObject(first) ? ["@timestamp", "timestamp", "time", "ts", "datetime"].map((key) => first[key]) : [];
  candidates.push(block.headers["x-timestamp"], block.headers.date, block.requestHeaders["x-timestamp"]);
  return candidates.find((value): value is string => typeof value === "string" && TIMESTAMP_SHAPE.test(value.trim()))?.trim();
}

// ---------------------------------------------------------------------------------------------------------------
// Looking codes up

interface Lookup {
  /** The entry with this code in one of the families, else the one with it as an alias. */
  byFamily(families: readonly DecodeEntry["family"][], code: string): DecodeEntry | undefined;
  nearestTo(code: string, options: { success: boolean }): DecodeEntry[];
  mentionsOf(code: string): GuideRef[];
  /** The entry whose alias phrase (e.g. "ETIMEDOUT", "Could not resolve host") appears in the text. */
  byPhraseIn(text: string, family: DecodeEntry["family"]): DecodeEntry | undefined;
}

function createLookup(catalogue: DecodeCatalogue): Lookup {
  // A log asks for the same few codes thousands of times: normalise each spelling once.
  const keys = new Map<string, string>();
  const key = (code: string) => {
    let normal = keys.get(code);
    if (normal === undefined) {
      normal = code.trim().toUpperCase().replace(/[\s-]+/g, "_");
      keys.set(code, normal);
    }
    return normal;
  };
  const byCode = new Map<string, DecodeEntry[]>();
  const byAlias = new Map<string, DecodeEntry[]>();
  const append = (map: Map<string, DecodeEntry[]>, name: string, entry: DecodeEntry) => map.set(key(name), [...(map.get(key(name)) ?? []), entry]);
  for (const entry of catalogue.entries) {
    append(byCode, entry.code, entry);
    for (const alias of entry.codeAliases) append(byAlias, alias, entry);
  }
  const nearestCache = new Map<string, DecodeEntry[]>();
  // One pattern for every phrase, longest first, so "Recv failure: Connection reset by peer" wins over "Connection
  // reset" and a log line is scanned once, not once per phrase.
  const phraseEntries = new Map(catalogue.entries.flatMap((entry) => entry.phrases.map((phrase) => [phrase.toLowerCase(), entry] as const)));
  const phrasePattern = phraseEntries.size
    ? new RegExp(`(${[...phraseEntries.keys()].sort((a, b) => b.length - a.length).map((phrase) => phrase.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})`, "i")
    : undefined;
  return {
    byFamily(families, code) {
      const inFamilies = (list: DecodeEntry[] | undefined) => list?.find((entry) => families.includes(entry.family));
      return inFamilies(byCode.get(key(code))) ?? inFamilies(byAlias.get(key(code)));
    },
    nearestTo(code, { success }) {
      const cacheKey = `${success}|${key(code)}`;
      const cached = nearestCache.get(cacheKey);
      if (cached) return cached;
      const wanted = key(code);
      const nearest = catalogue.entries
        // A failure is never pointed at a success code, nor a success at a failure.
        .filter((entry) => (entry.outcome === "success") === success)
        // A number is near numbers of its own length: 5504 is not "near" HTTP 504.
        .filter((entry) => !/^\d+$/.test(wanted) || key(entry.code).length === wanted.length)
        .map((entry) => ({ entry, distance: editDistance(wanted, key(entry.code)) }))
        .filter(({ distance }) => distance <= Math.max(2, Math.floor(wanted.length / 3)))
        .sort((a, b) => a.distance - b.distance)
        .slice(0, 5)
        .map(({ entry }) => entry);
      nearestCache.set(cacheKey, nearest);
      return nearest;
    },
    mentionsOf(code) {
      return catalogue.guides.filter((guide) => guide.codes.includes(code));
    },
    byPhraseIn(text, family) {
      const found = phrasePattern?.exec(text)?.[1];
      const entry = found === undefined ? undefined : phraseEntries.get(found.toLowerCase());
      return entry?.family === family ? entry : undefined;
    },
  };
}

/** Whether a code reads as a success: SNAP 2xx, or the "all good" codes 00 and 0000. */
function looksSuccessful(code: string): boolean {
  return /^2\d\d[0-9A-Z]{2}\d\d$/.test(code) || /^0+$/.test(code) || /^success/i.test(code);
}

// ---------------------------------------------------------------------------------------------------------------
// One response

/** Memoised SNAP explanations: a log repeats the same few codes thousands of times. */
type SnapCache = Map<string, SnapCodeExplanation>;
const snapCaches = new WeakMap<DecodeCatalogue, SnapCache>();

function decodeBlock(pasted: ExtractedBlock, lookup: Lookup, catalogue: DecodeCatalogue, limits: ReadLimits): Omit<DecodedResponse, "line" | "start" | "end" | "timestamp"> {
  // A gateway's error page pasted without its status line still names the status: "<title>502 Bad Gateway</title>".
  const fromPage = pasted.http ? undefined : htmlStatus(pasted.text);
  const block: ExtractedBlock = fromPage ? { ...pasted, http: { status: fromPage.status, ...(HTTP_REASONS[fromPage.status] ? { reason: HTTP_REASONS[fromPage.status] } : {}) } } : pasted;
  const findings: Finding[] = [];
  for (const value of block.json) walk(value, 0, findings, lookup, catalogue, limits);
  for (const code of block.xmlCodes) findings.push(legacyOrUnknown("RESPONSECODE", code, undefined, lookup));
  if (block.json.length === 0 && block.xmlCodes.length === 0) findings.push(...textFindings(block.text, lookup, catalogue));
  if (findings.length === 0 && block.http) findings.push(httpStatusFinding(block, lookup, fromPage ? "HTML error page" : "HTTP status line"));
  const warnings = block.http ? statusMismatch(block.http.status, findings, wordsOf(catalogue)) : [];
  // With a status line, a server answered: the notes that a code may have been made by an SDK before any request was
  // sent do not apply (issue: a 500 from DOKU's host must not read as "the request never left your server").
  if (block.http && dropSdkNotes(findings)) {
    // No host named: a share link does not carry the request's headers, and must explain the answer the same way.
    warnings.push(wordsOf(catalogue).sdkNotes);
  }
  const notes = block.http?.status === 409 ? [catalogue.notes["idempotent-replay"]] : [];
  return {
    ...(block.http ? { http: block.http } : {}),
    ...(block.request ? { request: block.request } : {}),
    findings: dedupe(findings),
    warnings,
    notes,
  };
}

const SNAP_FAMILIES = ["snap-code", "snap-case"] as const;
/** JSON kept as a string inside JSON is read up to this length. */
const MAX_NESTED_JSON = 256 * 1024;
const MAX_DEPTH = 6;
const MAX_ARRAY_ITEMS = 50;

/** Looks through a JSON value for the shapes DOKU (and two other providers) answer with. */
function walk(value: unknown, depth: number, findings: Finding[], lookup: Lookup, catalogue: DecodeCatalogue, limits: ReadLimits) {
  if (value === null || typeof value !== "object") return;
  if (depth > MAX_DEPTH) {
    limits.tooDeep++;
    return;
  }
  if (Array.isArray(value)) {
    if (value.length > MAX_ARRAY_ITEMS) limits.longArrays++;
    for (const item of value.slice(0, MAX_ARRAY_ITEMS)) walk(item, depth + 1, findings, lookup, catalogue, limits);
    return;
  }
  if (!isJsonObject(value)) return;
  const body = value;
  const text = (key: string) => stringField(body, key);
  const codeLike = (key: string) => codeField(body, key);

  const snapCode = codeLike("responseCode");
  if (snapCode !== undefined) {
    findings.push(snapFinding(snapCode, text("responseMessage"), typeof body.responseCode === "number", lookup, catalogue));
  }
  const businessCode = codeLike("response_code");
  if (businessCode !== undefined) {
    const entry = lookup.byFamily(["business"], businessCode);
    const message = text("response_message");
    findings.push(entry ? documented("response_code", businessCode, entry, { message }) : unknownFinding("response_code", businessCode, message, lookup));
  }
  const error = body.error;
  if (isJsonObject(error)) {
    const { code, message, type } = error;
    if (typeof code === "string") {
      const entry = lookup.byFamily(["non-snap"], code);
      const msg = typeof message === "string" ? message : undefined;
      findings.push(
        entry
          ? documented("error.code", code, entry, { message: msg, ...(typeof type === "string" ? { detail: `error.type: ${type}` } : {}) })
          : unknownFinding("error.code", code, msg, lookup, [catalogue.notes["non-snap-error-codes-unlisted"]]),
      );
    }
  }
  if (Array.isArray(body.message) && body.response !== undefined) {
    const first = body.message[0];
    const success = first === "SUCCESS";
    findings.push({
      kind: "checkout",
      field: "message[0]",
      code: typeof first === "string" ? first : String(first ?? ""),
      notes: [catalogue.notes[success ? "checkout-accepted" : "checkout-failed"]],
    });
  }
  const transaction = body.transaction;
  if (isJsonObject(transaction)) {
    const status = transaction.status;
    if (typeof status === "string") {
      const entry = lookup.byFamily(["status"], status);
      findings.push(entry ? documented("transaction.status", status, entry) : unknownFinding("transaction.status", status, undefined, lookup));
    }
  }
  const legacy = codeLike("RESPONSECODE");
  if (legacy !== undefined) findings.push(legacyOrUnknown("RESPONSECODE", legacy, text("RESPONSEMSG") ?? text("MESSAGE"), lookup));

  // Other providers, named as such rather than misread as DOKU's.
  const midtransCode = codeLike("status_code");
  if (midtransCode !== undefined && "status_message" in body) {
    findings.push({ kind: "other-provider", field: "status_code", code: midtransCode, provider: "Midtrans", message: text("status_message"), notes: [] });
  } else if (typeof body.error_code === "string" && "message" in body) {
    findings.push({ kind: "other-provider", field: "error_code", code: body.error_code, provider: "Xendit", message: text("message"), notes: [] });
  }

  for (const key in body) {
    const child = body[key];
    if (child && typeof child === "object" && key !== "error" && key !== "transaction") walk(child, depth + 1, findings, lookup, catalogue, limits);
    // JSON loggers store the response body as a string of JSON: {"level":"error","body":"{\"responseCode\":…}"}.
    else if (typeof child === "string" && /^\s*[{[]/.test(child)) {
      if (child.length > MAX_NESTED_JSON) limits.longNestedJson++;
      else for (const { value: nested } of findJsonValues(child, limits)) walk(nested, depth + 1, findings, lookup, catalogue, limits);
    }
  }
}

const SDK_NOTES: readonly NoteId[] = ["sdk-made-500-case-00", "sdk-six-character-code"];

/** Takes the "maybe made by an SDK" notes off findings; true when there was one. */
function dropSdkNotes(findings: Finding[]): boolean {
  let dropped = false;
  for (const finding of findings) {
    const kept = finding.notes.filter((note) => !SDK_NOTES.includes(note.id));
    if (kept.length !== finding.notes.length) {
      finding.notes = kept;
      dropped = true;
    }
  }
  return dropped;
}

function stringField(body: Record<string, unknown>, key: string): string | undefined {
  const field = body[key];
  return typeof field === "string" ? field : undefined;
}

/** A code sent as a string or a number (DOKU's Node.js SDK sends numbers), trimmed. */
function codeField(body: Record<string, unknown>, key: string): string | undefined {
  const field = body[key];
  return typeof field === "string" || typeof field === "number" ? String(field).trim() : undefined;
}

function documented(field: string, code: string, entry: DecodeEntry, rest: Partial<Omit<DocumentedFinding, "kind" | "entry">> = {}): DocumentedFinding {
  return { kind: "documented", field, code, entry, notes: [], ...rest };
}

/** A responseCode: a SNAP code, a 6-character SDK code, or a legacy V1 code copied in by DOKU's PHP SDK. */
function snapFinding(raw: string, message: string | undefined, sentAsNumber: boolean, lookup: Lookup, catalogue: DecodeCatalogue, field = "responseCode"): Finding {
  const code = normaliseCode(raw);
  const note = (id: NoteId) => catalogue.notes[id];
  const notes: FactNote[] = sentAsNumber ? [note("response-code-as-number")] : [];
  const detail = reasonIn(message, catalogue.locale);
  const withDetail = detail ? { detail } : {};
  const legacy = lookup.byFamily(["legacy-v1"], code);
  if (legacy && /^\d{4}$/.test(code)) return documented(field, code, legacy, { message, notes: [...notes, note("legacy-code-in-snap-field")] });
  const biller = lookup.byFamily(["biller"], code);
  if (biller) return documented(field, code, biller, { message, notes });

  const parsed = parseSnapCode(code, catalogue.locale);
  if (parsed.kind === "malformed") {
    notes.push(...notesForMalformedCode(parsed.normalised).map(note));
    return { kind: "malformed", field, code, message, problems: parsed.problems, nearest: lookup.nearestTo(code, { success: looksSuccessful(code) }), notes, ...withDetail };
  }
  const cache = snapCaches.get(catalogue) ?? new Map<string, SnapCodeExplanation>();
  snapCaches.set(catalogue, cache);
  const snap = cache.get(parsed.code) ?? explainSnapCode(parsed, catalogue.snap);
  cache.set(parsed.code, snap);
  if (parsed.httpStatus === 500 && parsed.caseCode === "00") notes.push(note("sdk-made-500-case-00"));
  if (parsed.casePattern === "404XX18") notes.push(note("inconsistent-request-repeat"));
  notes.push(...snap.notes);
  const own = lookup.byFamily(["snap-code"], code);
  if (own?.code === code) return documented(field, code, own, { snap, message, notes, ...withDetail });
  const caseEntry = lookup.byFamily(["snap-case"], parsed.casePattern);
  return {
    kind: "composed",
    field,
    code,
    snap,
    message,
    notes,
    ...withDetail,
    ...(caseEntry ? { entry: caseEntry } : {}),
    nearest: snap.nearest.map((ref) => lookup.byFamily(SNAP_FAMILIES, ref.code)).filter((entry): entry is DecodeEntry => entry !== undefined),
  };
}

function legacyOrUnknown(field: string, code: string, message: string | undefined, lookup: Lookup): Finding {
  const entry = lookup.byFamily(["legacy-v1"], code);
  return entry ? documented(field, code, entry, { message }) : unknownFinding(field, code, message, lookup);
}

function unknownFinding(field: string, code: string, message: string | undefined, lookup: Lookup, notes: FactNote[] = []): UnknownFinding {
  return { kind: "unknown", field, code, message, nearest: lookup.nearestTo(code, { success: looksSuccessful(code) }), mentionedIn: lookup.mentionsOf(code), notes };
}

/** The bracketed part of a SNAP message names the field or reason: "Invalid Mandatory Field {partnerServiceId}". */
export function reasonIn(message: string | undefined, locale: Locale = "en"): string | undefined {
  const says = DECODE_STRINGS[locale].reasons;
  if (!message) return undefined;
  const match = /[[{]\s*([^\]}]{1,120}?)\s*[\]}]/.exec(message);
  const inside = match?.[1];
  if (!inside || /^reason$/i.test(inside)) return undefined;
  if (/mandatory field/i.test(message)) return says.missing(inside);
  if (/field format/i.test(message)) return says.format(inside);
  if (/^unauthorized/i.test(message)) return says.given(inside);
  return says.names(inside);
}

// ---------------------------------------------------------------------------------------------------------------
// Text without JSON: codes typed or written into a log line, network failures, HTML error pages

const TEXT_FAMILIES = ["business", "non-snap", "status", "legacy-v1", "biller", "card"] as const;
/** "responseCode=4012701", "error code : 5504", "RC 05", "status_code: 0051". */
const LABELLED_CODE = /\b(response[ _-]?code|responsecode|error[ _-]?code|rc|resp[ _-]?code|status[ _-]?code)\b["']?\s*[:=]?\s*["']?([A-Za-z0-9_]{2,16})\b/gi;
/** curl's "curl: (28) Operation timed out …" and PHP's "cURL error 28: …". */
const CURL_ERROR = /\bcurl(?::\s*\(|\s+error\s*:?\s*)(\d{1,2})\)?:?\s*([^\r\n]{0,160})/gi;
const MAX_TEXT_FINDINGS = 20;

function textFindings(text: string, lookup: Lookup, catalogue: DecodeCatalogue): Finding[] {
  const findings: Finding[] = [];
  const trimmed = text.trim();
  if (htmlStatus(text)) return [];
  if (/^\d{3}$/.test(trimmed)) {
    const status = lookup.byFamily(["http"], trimmed);
    return [status ? documented("text", trimmed, status) : unknownFinding("text", trimmed, undefined, lookup)];
  }
  const seen = new Set<string>();
  const add = (finding: Finding) => {
    const key = `${finding.kind}|${finding.code.toUpperCase()}`;
    if (seen.has(key)) return;
    seen.add(key);
    findings.push(finding);
  };

  for (const match of text.matchAll(CURL_ERROR)) {
    const code = String(Number(match[1]));
    const entry = lookup.byFamily(["curl"], code);
    add({ kind: "network", field: "text", code, message: (match[2] ?? "").trim() || undefined, notes: [], ...(entry ? { entry } : {}) });
  }
  if (findings.length === 0) {
    const byPhrase = lookup.byPhraseIn(text, "curl");
    if (byPhrase) add({ kind: "network", field: "text", code: byPhrase.code, notes: [], entry: byPhrase });
  }

  for (const match of text.matchAll(LABELLED_CODE)) {
    if (findings.length >= MAX_TEXT_FINDINGS) break;
    const token = match[2] ?? "";
    const field = (match[1] ?? "").replace(/\s+/g, " ");
    if (/^[1-5]\d\d[0-9A-Z]{2}\d\d$|^[1-5]\d{5}$/i.test(token)) {
      add(snapFinding(token.toUpperCase(), restOfLine(text, match), false, lookup, catalogue, field));
      continue;
    }
    // A card code may be written with 2 or 4 digits: "RC 05", "0051" (DOKU's report form) ⇒ card 51.
    const families = /^\d{2}$/.test(token) ? (["card"] as const) : TEXT_FAMILIES;
    const entry = lookup.byFamily(families, token);
    add(entry ? documented(field, token, entry) : unknownFinding(field, token, undefined, lookup));
  }

  // SNAP-shaped (7 characters, or the SDKs' 6-digit slip), and words written like codes.
  for (const match of text.matchAll(/(?<![\w-])([1-5]\d\d[0-9A-Z]{2}\d\d|[1-5]\d{5}|[A-Za-z]+(?:_[A-Za-z0-9]+)+|[A-Z]{4,}|U\d{3})(?![\w-])/g)) {
    if (findings.length >= MAX_TEXT_FINDINGS) break;
    const token = match[1] ?? "";
    if (/^[1-5]\d\d[0-9A-Z]{2}\d\d$|^[1-5]\d{5}$/.test(token)) {
      add(snapFinding(token, restOfLine(text, match), false, lookup, catalogue, "text"));
      continue;
    }
    const entry = lookup.byFamily(["business", "non-snap", "status", "biller"], token);
    if (entry) add(documented("text", token, entry));
  }
  // A whole paste that is one short word: say it is unknown rather than nothing.
  if (findings.length === 0 && /^[\w-]{2,40}$/.test(trimmed)) {
    const entry = lookup.byFamily(["business", "non-snap", "status", "card", "legacy-v1", "biller", "curl"], trimmed);
    findings.push(entry ? documented("text", trimmed, entry) : unknownFinding("text", trimmed, undefined, lookup));
  }
  return findings;
}

/** The rest of the line after a code is usually its message: "4002702 Invalid Mandatory Field {partnerServiceId}". */
function restOfLine(text: string, match: RegExpMatchArray): string | undefined {
  const after = text.slice((match.index ?? 0) + match[0].length).split("\n")[0] ?? "";
  return after.replace(/^[\s:=,"'-]+/, "").trim().slice(0, 150) || undefined;
}

/** A gateway's HTML error page: "<title>502 Bad Gateway</title>", Cloudflare's "Error 522". */
function htmlStatus(text: string): { status: number; server?: string } | undefined {
  if (!/<(?:html|!doctype html|head|body|title|center)\b/i.test(text)) return undefined;
  const status = /<title>\s*(?:error\s+)?(\d{3})\b/i.exec(text) ?? /<h1>\s*(?:error\s+)?(\d{3})\b/i.exec(text) ?? /\berror\s+(?:code\s+)?(\d{3})\b/i.exec(text);
  if (!status) return undefined;
  const server = /cloudflare/i.test(text) ? "Cloudflare" : /<center>\s*(nginx|openresty|apache|varnish|awselb[^<]*)/i.exec(text)?.[1];
  return { status: Number(status[1]), ...(server ? { server } : {}) };
}

/** Proxies and load balancers name themselves in Server (or Via); DOKU's APIs answer with JSON, never an HTML page. */
function gatewayName(headers: Record<string, string>, body: string): string | undefined {
  if (headers["cf-ray"] || /cloudflare/i.test(headers.server ?? "")) return "Cloudflare";
  const server = headers.server ?? headers.via;
  if (server && /nginx|openresty|apache|envoy|varnish|awselb|akamai|haproxy|traefik|istio|kong|gateway/i.test(server)) return server;
  return htmlStatus(body)?.server;
}

function httpStatusFinding(block: ExtractedBlock, lookup: Lookup, field: string): HttpStatusFinding {
  const status = block.http?.status ?? 0;
  const host = block.requestHeaders.host;
  const withHost = host ? { host } : {};
  const body = block.text.trim();
  const gateway = gatewayName(block.headers, block.text);
  const answeredBy: AnsweredBy =
    gateway !== undefined || htmlStatus(block.text)
      ? { kind: "gateway", ...(gateway ? { name: gateway } : {}), ...withHost }
      : { kind: "unknown", evidence: body === "" && Object.keys(block.headers).length > 0 ? "empty-body" : "status-line-only", ...withHost };
  const entry = lookup.byFamily(["http"], String(status));
  return { kind: "http-status", field, code: String(status), status, answeredBy, notes: [], ...(entry ? { entry } : {}) };
}

/** A status line that disagrees with the code's own HTTP part is a clue: a proxy, a gateway, or an SDK-made code. */
function statusMismatch(status: number, findings: Finding[], words: DecodeStrings["notices"]): string[] {
  const warnings: string[] = [];
  for (const item of findings) {
    const expected = expectedStatus(item);
    // A 409 carrying an earlier answer is DOKU's idempotent replay, not a mismatch (see the 409 note).
    const replay = status === 409 && expected !== undefined && expected < 300;
    if (expected !== undefined && expected !== status && !replay) {
      warnings.push(words.statusMismatch(status, item.code, `${expected}${HTTP_REASONS[expected] ? ` ${HTTP_REASONS[expected]}` : ""}`));
    }
  }
  return warnings;
}

function dedupe(findings: Finding[]): Finding[] {
  if (findings.length < 2) return findings;
  const seen = new Set<string>();
  return findings.filter((item) => {
    const key = `${item.field}|${item.code}|${item.message ?? ""}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 4) return 99;
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j] ?? 0;
      row[j] = Math.min((row[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length] ?? 99;
}

