// The paste-box decoder: pasted text in, an explanation per code found out. Pure, total (never throws), and it never
// produces markup: every string it returns is either our own plain text or a piece of the input, shown as text.
import { explainSnapCode, type SnapCodeExplanation } from "../snap/explain-code";
import { type PastedRequestCheck, checkPastedRequest } from "../signature/pasted-request";
import { normaliseCode, parseSnapCode } from "../snap/parse-code";
import type { DecodeCatalogue, DecodeEntry } from "./catalogue";
import { EMPTY_PASTE_PROMPT } from "./examples";
import { type ExtractedBlock, extractBlocks, findJsonValues } from "./extract";
import type { FindingKind } from "./finding-kinds";
import { type Identifier, findIdentifiers } from "./identifiers";
import { isJsonObject } from "./json-guards";

/** Longer pastes are read up to here: a 10 MB log must not freeze the page. */
export const MAX_DECODED_CHARS = 1_000_000;


export interface Finding {
  kind: FindingKind;
  /** Where the code was found, e.g. "responseCode", "error.code", "transaction.status", "text". */
  field: string;
  code: string;
  /** The message that came with it, e.g. responseMessage. */
  message?: string;
  /** The code's page, or for a composed SNAP code the page of its generic case. */
  entry?: DecodeEntry;
  /** SNAP codes: the parts named. */
  snap?: SnapCodeExplanation;
  /** Malformed codes: what is wrong. */
  problems: string[];
  /** What the message says about the cause, e.g. the field in "Invalid Mandatory Field {partnerServiceId}". */
  detail?: string;
  nearest: DecodeEntry[];
  /** DOKU-specific traps that apply to this code. */
  notes: string[];
  provider?: "Midtrans" | "Xendit";
}

export interface DecodedResponse {
  http?: { status: number; reason?: string };
  findings: Finding[];
  /** Problems with this response as a whole, e.g. the HTTP status and the code disagree. */
  warnings: string[];
}

export interface DecodeResult {
  responses: DecodedResponse[];
  identifiers: Identifier[];
  environment?: "sandbox" | "production";
  /** About the paste itself: empty, cut to size, binary, repaired JSON. */
  notices: string[];
  /** When the paste also holds the request: the signature checks that need no secret (lib/signature). */
  request?: PastedRequestCheck;
}

export function decodePaste(input: string, catalogue: DecodeCatalogue): DecodeResult {
  const notices: string[] = [];
  if (typeof input !== "string" || input.trim() === "") {
    return { responses: [], identifiers: [], notices: [EMPTY_PASTE_PROMPT] };
  }
  let text = input;
  if (text.length > MAX_DECODED_CHARS) {
    notices.push(`This paste is ${(input.length / 1_000_000).toFixed(1)} MB. Only the first 1 MB was read: paste just the response if a code is missing.`);
    text = text.slice(0, MAX_DECODED_CHARS);
  }
  const binary = (text.slice(0, 10_000).match(/[\u0000-\u0008\u000e-\u001f\ufffd]/g) ?? []).length;
  if (binary > 20) notices.push("This looks like binary data, not a text response. Codes found in it are shown, but check you copied the right thing.");

  const lookup = createLookup(catalogue);
  const blocks = extractBlocks(text);
  const responses = blocks.map((block) => decodeBlock(block, lookup, catalogue)).filter((response) => response.findings.length > 0 || response.http);
  const repaired = blocks.reduce((sum, block) => sum + block.repaired, 0);
  if (repaired > 0) notices.push(`${repaired === 1 ? "One JSON body was" : `${repaired} JSON bodies were`} not valid JSON (cut off, single quotes or extra commas) and was read after repair.`);
  if (blocks.some((block) => block.json.some(isTokenSuccess))) {
    notices.push("This is a successful SNAP access token answer (accessToken, tokenType, expiresIn). The standard fills responseCode only when the token fails. The token is valid for expiresIn seconds (900 = 15 minutes in the standard).");
  } else if (responses.every((response) => response.findings.length === 0)) {
    notices.push("No DOKU code was found. Paste the whole response body, or type a code such as 4012400, INVALID_TOKEN or 429.");
  }
  const { identifiers, environment } = findIdentifiers(text, blocks);
  const request = checkPastedRequest(text);
  return { responses, identifiers, notices, ...(environment ? { environment } : {}), ...(request ? { request } : {}) };
}

/** A SNAP token answer without responseCode: {"accessToken": …, "tokenType": "Bearer", "expiresIn": "900"}. */
function isTokenSuccess(value: unknown): boolean {
  return isJsonObject(value) && typeof value.accessToken === "string" && typeof value.tokenType === "string" && value.responseCode === undefined;
}

interface Lookup {
  byFamily(families: readonly DecodeEntry["family"][], code: string): DecodeEntry | undefined;
  nearestTo(code: string): DecodeEntry[];
}

function createLookup(catalogue: DecodeCatalogue): Lookup {
  const key = (code: string) => code.trim().toUpperCase().replace(/[\s-]+/g, "_");
  const index = new Map<string, DecodeEntry[]>();
  for (const entry of catalogue.entries) {
    const list = index.get(key(entry.code)) ?? [];
    list.push(entry);
    index.set(key(entry.code), list);
  }
  return {
    byFamily(families, code) {
      return index.get(key(code))?.find((entry) => families.includes(entry.family));
    },
    nearestTo(code) {
      const wanted = key(code);
      return catalogue.entries
        .map((entry) => ({ entry, distance: editDistance(wanted, key(entry.code)) }))
        .filter(({ distance }) => distance <= Math.max(2, Math.floor(wanted.length / 3)))
        .sort((a, b) => a.distance - b.distance)
        .slice(0, 5)
        .map(({ entry }) => entry);
    },
  };
}

function decodeBlock(block: ExtractedBlock, lookup: Lookup, catalogue: DecodeCatalogue): DecodedResponse {
  const findings: Finding[] = [];
  for (const value of block.json) walk(value, 0, findings, lookup, catalogue);
  for (const code of block.xmlCodes) findings.push(legacyOrUnknown("RESPONSECODE", code, undefined, lookup));
  if (block.json.length === 0 && block.xmlCodes.length === 0) findings.push(...bareCodes(block.text, lookup, catalogue));
  if (findings.length === 0 && block.http) {
    const status = lookup.byFamily(["http"], String(block.http.status));
    if (status) findings.push(finding("documented", "HTTP status line", String(block.http.status), { entry: status }));
  }
  const warnings = block.http ? statusMismatch(block.http.status, findings) : [];
  if (block.http?.status === 409) {
    warnings.push("DOKU answers a repeated request (same Request-Id and body) with 409 and the first response's body: this may be a replay of an earlier result, not a new failure. Read the body.");
  }
  return { ...(block.http ? { http: block.http } : {}), findings: dedupe(findings), warnings };
}

function finding(kind: FindingKind, field: string, code: string, rest: Partial<Finding> = {}): Finding {
  return { kind, field, code, problems: [], nearest: [], notes: [], ...rest };
}

const SNAP_FAMILIES = ["snap-code", "snap-case"] as const;
/** JSON kept as a string inside JSON is read up to this length. */
const MAX_NESTED_JSON = 256 * 1024;
const MAX_DEPTH = 6;

/** Looks through a JSON value for the shapes DOKU (and two other providers) answer with. */
function walk(value: unknown, depth: number, findings: Finding[], lookup: Lookup, catalogue: DecodeCatalogue) {
  if (depth > MAX_DEPTH || value === null || typeof value !== "object") return;
  if (Array.isArray(value)) {
    for (const item of value.slice(0, 50)) walk(item, depth + 1, findings, lookup, catalogue);
    return;
  }
  if (!isJsonObject(value)) return;
  const body = value;
  const text = (key: string) => {
    const field = body[key];
    return typeof field === "string" ? field : undefined;
  };
  const codeLike = (key: string) => (typeof body[key] === "string" || typeof body[key] === "number" ? String(body[key]).trim() : undefined);

  const snapCode = codeLike("responseCode");
  if (snapCode !== undefined) {
    findings.push(snapFinding(snapCode, text("responseMessage"), typeof body.responseCode === "number", lookup, catalogue));
  }
  const businessCode = codeLike("response_code");
  if (businessCode !== undefined) {
    const entry = lookup.byFamily(["business"], businessCode);
    const message = text("response_message");
    findings.push(entry ? finding("documented", "response_code", businessCode, { entry, message }) : unknownFinding("response_code", businessCode, message, lookup));
  }
  const error = body.error;
  if (isJsonObject(error)) {
    const { code, message, type } = error;
    if (typeof code === "string") {
      const entry = lookup.byFamily(["non-snap"], code);
      const detail = typeof type === "string" ? `error.type: ${type}` : undefined;
      const msg = typeof message === "string" ? message : undefined;
      findings.push(
        entry
          ? finding("documented", "error.code", code, { entry, message: msg, detail })
          : unknownFinding("error.code", code, msg, lookup, ["DOKU's non-SNAP error body. No official list of error.code values was found; only invalid_signature has been reported."]),
      );
    }
  }
  if (Array.isArray(body.message) && body.response !== undefined) {
    const first = body.message[0];
    const success = first === "SUCCESS";
    findings.push(
      finding("checkout", "message[0]", typeof first === "string" ? first : String(first ?? ""), {
        notes: [
          success
            ? "DOKU Checkout accepted the request. A successful Checkout call is not a payment: the result comes from DOKU's notification or Check Status."
            : "DOKU Checkout did not succeed. The first item of message holds DOKU's error text; no list of these texts was found.",
        ],
      }),
    );
  }
  const transaction = body.transaction;
  if (isJsonObject(transaction)) {
    const status = transaction.status;
    if (typeof status === "string") {
      const entry = lookup.byFamily(["status"], status);
      findings.push(entry ? finding("documented", "transaction.status", status, { entry }) : unknownFinding("transaction.status", status, undefined, lookup));
    }
  }
  const legacy = codeLike("RESPONSECODE");
  if (legacy !== undefined) findings.push(legacyOrUnknown("RESPONSECODE", legacy, text("RESPONSEMSG") ?? text("MESSAGE"), lookup));

  // Other providers, named as such rather than misread as DOKU's.
  if (codeLike("status_code") !== undefined && "status_message" in body) {
    findings.push(finding("other-provider", "status_code", codeLike("status_code") ?? "", { provider: "Midtrans", message: text("status_message") }));
  } else if (typeof body.error_code === "string" && "message" in body) {
    findings.push(finding("other-provider", "error_code", body.error_code, { provider: "Xendit", message: text("message") }));
  }

  for (const [key, child] of Object.entries(body)) {
    if (child && typeof child === "object" && key !== "error" && key !== "transaction") walk(child, depth + 1, findings, lookup, catalogue);
    // JSON loggers store the response body as a string of JSON: {"level":"error","body":"{\"responseCode\":…}"}.
    else if (typeof child === "string" && /^\s*[{[]/.test(child) && child.length <= MAX_NESTED_JSON) {
      for (const { value: nested } of findJsonValues(child)) walk(nested, depth + 1, findings, lookup, catalogue);
    }
  }
}

/** A responseCode: a SNAP code, a 6-character SDK code, or a legacy V1 code copied in by DOKU's PHP SDK. */
function snapFinding(raw: string, message: string | undefined, sentAsNumber: boolean, lookup: Lookup, catalogue: DecodeCatalogue, field = "responseCode"): Finding {
  const code = normaliseCode(raw);
  const notes: string[] = [];
  if (sentAsNumber) notes.push("responseCode is a JSON number here. DOKU's Node.js SDK sends it that way in its notification answers; SNAP defines a 7-character string.");
  const detail = reasonIn(message);
  const legacy = lookup.byFamily(["legacy-v1"], code);
  if (legacy && /^\d{4}$/.test(code)) {
    return finding("documented", field, code, {
      entry: legacy,
      message,
      notes: [...notes, "A 4-digit legacy V1 code in a SNAP field: DOKU's PHP SDK copies V1 codes into responseCode unchanged, where the Node and Java SDKs convert them to SNAP."],
    });
  }
  const biller = lookup.byFamily(["biller"], code);
  if (biller) return finding("documented", field, code, { entry: biller, message, notes });

  const parsed = parseSnapCode(code);
  if (parsed.kind === "malformed") {
    if (/^[1-5]\d{5}$/.test(code)) {
      notes.push("A 6-character code such as 500700 is made by DOKU's Go and Python SDKs when a call fails on your side, not by DOKU. Check whether the HTTP call happened.");
    } else if (/^[1-5]\d\d$/.test(code)) {
      notes.push(`A 3-character responseCode such as "400" is what DOKU's Node.js SDK README tells callers to send themselves when a request fails ({responseCode: "400", responseMessage: err.message}). It was made by the caller's code, not by DOKU: the message says what went wrong.`);
    }
    return finding("malformed", field, code, { message, problems: parsed.problems, nearest: lookup.nearestTo(code), notes, detail });
  }
  const snap = explainSnapCode(parsed, catalogue.snap);
  if (parsed.httpStatus === 500 && parsed.caseCode === "00") {
    notes.push("Codes of the form 500 + service + 00 may be made by DOKU's SDKs (local validation or a caught exception) rather than by DOKU. Check whether the HTTP call happened before escalating.");
  }
  if (parsed.casePattern === "404XX18") {
    notes.push("Inconsistent Request: BCA's rule for VA payment answers a repeat of the same X-EXTERNAL-ID and paymentRequestId with this case, echoing the first result's paymentFlagStatus, so it can stand for a success. Compare with the first response.");
  }
  const documented = lookup.byFamily(["snap-code"], code);
  if (documented) return finding("documented", field, code, { entry: documented, snap, message, notes, detail });
  const caseEntry = lookup.byFamily(["snap-case"], parsed.casePattern);
  return finding("composed", field, code, {
    entry: caseEntry,
    snap,
    message,
    notes,
    detail,
    nearest: snap.nearest.map((ref) => lookup.byFamily(SNAP_FAMILIES, ref.code)).filter((entry): entry is DecodeEntry => entry !== undefined),
  });
}

function legacyOrUnknown(field: string, code: string, message: string | undefined, lookup: Lookup): Finding {
  const entry = lookup.byFamily(["legacy-v1"], code);
  return entry ? finding("documented", field, code, { entry, message }) : unknownFinding(field, code, message, lookup);
}

function unknownFinding(field: string, code: string, message: string | undefined, lookup: Lookup, notes: string[] = []): Finding {
  return finding("unknown", field, code, { message, nearest: lookup.nearestTo(code), notes });
}

/** The bracketed part of a SNAP message names the field or reason: "Invalid Mandatory Field {partnerServiceId}". */
export function reasonIn(message: string | undefined): string | undefined {
  if (!message) return undefined;
  const match = /[[{]\s*([^\]}]{1,120}?)\s*[\]}]/.exec(message);
  const inside = match?.[1];
  if (!inside || /^reason$/i.test(inside)) return undefined;
  if (/mandatory field/i.test(message)) return `The field ${inside} is missing or empty.`;
  if (/field format/i.test(message)) return `The field ${inside} has the wrong format.`;
  if (/^unauthorized/i.test(message)) return `The reason given: ${inside}.`;
  return `The message names: ${inside}.`;
}

/** Codes typed or pasted without a body: SNAP-shaped codes, catalogue codes, or one bare HTTP status. */
function bareCodes(text: string, lookup: Lookup, catalogue: DecodeCatalogue): Finding[] {
  const findings: Finding[] = [];
  const trimmed = text.trim();
  if (/^\d{3}$/.test(trimmed)) {
    const status = lookup.byFamily(["http"], trimmed);
    return [status ? finding("documented", "text", trimmed, { entry: status }) : unknownFinding("text", trimmed, undefined, lookup)];
  }
  const seen = new Set<string>();
  // SNAP-shaped (7 characters, or the SDKs' 6-digit slip), and words written like codes.
  for (const match of text.matchAll(/(?<![\w-])([1-5]\d\d[0-9A-Z]{2}\d\d|[1-5]\d{5}|[A-Za-z]+(?:_[A-Za-z0-9]+)+|[A-Z]{4,}|U\d{3})(?![\w-])/g)) {
    const token = match[1] ?? "";
    if (seen.has(token.toUpperCase()) || findings.length >= 20) continue;
    seen.add(token.toUpperCase());
    if (/^[1-5]\d\d[0-9A-Z]{2}\d\d$|^[1-5]\d{5}$/.test(token)) {
      // The rest of the line usually is the message: "4002702 Invalid Mandatory Field {partnerServiceId}".
      const rest = text.slice((match.index ?? 0) + token.length).split("\n")[0]?.replace(/^[\s:=,"'-]+/, "").trim().slice(0, 150);
      findings.push(snapFinding(token, rest || undefined, false, lookup, catalogue, "text"));
      continue;
    }
    const entry = lookup.byFamily(["business", "non-snap", "status", "biller"], token);
    if (entry) findings.push(finding("documented", "text", token, { entry }));
  }
  // A whole paste that is one short word: say it is unknown rather than nothing.
  if (findings.length === 0 && /^[\w-]{2,40}$/.test(trimmed)) {
    const entry = lookup.byFamily(["business", "non-snap", "status", "card", "legacy-v1", "biller"], trimmed);
    findings.push(entry ? finding("documented", "text", trimmed, { entry }) : unknownFinding("text", trimmed, undefined, lookup));
  }
  return findings;
}

/** A status line that disagrees with the code's own HTTP part is a clue: a proxy, a gateway, or an SDK-made code. */
function statusMismatch(status: number, findings: Finding[]): string[] {
  const warnings: string[] = [];
  for (const item of findings) {
    const expected = item.snap?.http.status ?? (item.entry?.family === "business" ? item.entry.httpStatus : undefined);
    // A 409 carrying an earlier answer is DOKU's idempotent replay, not a mismatch (see the 409 warning).
    const replay = status === 409 && expected !== undefined && expected < 300;
    if (expected !== undefined && expected !== status && !replay) {
      warnings.push(`The HTTP status is ${status} but ${item.code} belongs with ${expected}. A proxy or gateway may have answered, or the code was made by an SDK: check which system sent this response.`);
    }
  }
  return warnings;
}

function dedupe(findings: Finding[]): Finding[] {
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
