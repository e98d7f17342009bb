// Splits a SNAP response code into its parts, or says what is wrong with it.
// A SNAP code is HTTP status (3) + service code (2) + case code (2), e.g. "4012400" ⇒ HTTP 401, service 24, case 00.
// Service codes may be letters at some banks (BCA's "409US00"), so the service part is [0-9A-Z]{2}.
import type { NoteId } from "../content/vocabulary";
import type { Locale } from "../i18n/locale";
import { fill } from "../i18n/fill";
import { SNAP_PROBLEMS } from "../i18n/snap-code-words";

export type SnapCodeParse =
  | {
      kind: "snap";
      code: string;
      httpStatus: number;
      serviceCode: string;
      caseCode: string;
      /** The generic case this code is an instance of, e.g. "401XX00". */
      casePattern: string;
    }
  | { kind: "malformed"; input: string; normalised: string; problems: string[] };

export const SNAP_CODE_PATTERN = /^([1-5]\d\d)([0-9A-Z]{2})(\d\d)$/;

/** The generic case a 7-character code is an instance of: "4042412" ⇒ "404XX12". */
export function casePatternOf(code: string): string {
  return `${code.slice(0, 3)}XX${code.slice(5, 7)}`;
}

/** Strips what people paste around a code: spaces, quotes, separators ("401-24-00", "'4012400'"). */
export function normaliseCode(input: unknown): string {
  // A code sent as a JSON number (DOKU's Node SDK does this) loses nothing: SNAP codes never start with 0.
  if (typeof input === "number") return Number.isFinite(input) ? String(input) : "";
  if (typeof input !== "string") return "";
  return input
    .trim()
    .replace(/^["'`]+|["'`]+$/g, "")
    .replace(/[\s._-]+/g, "")
    .toUpperCase();
}

/** The DOKU notes a malformed code's shape calls for: six digits are what DOKU's Go and Python SDKs make. */
export function notesForMalformedCode(normalised: string): NoteId[] {
  if (/^[1-5]\d{5}$/.test(normalised)) return ["sdk-six-character-code"];
  if (/^[1-5]\d\d$/.test(normalised)) return ["caller-made-three-digit-code"];
  return [];
}

/** `locale` is the language of the problems a malformed code is told. */
export function parseSnapCode(input: unknown, locale: Locale = "en"): SnapCodeParse {
  const original = typeof input === "number" || typeof input === "string" ? String(input) : "";
  const normalised = normaliseCode(input);
  const match = SNAP_CODE_PATTERN.exec(normalised);
  if (match) {
    const [, http = "", service = "", kase = ""] = match;
    return { kind: "snap", code: normalised, httpStatus: Number(http), serviceCode: service, caseCode: kase, casePattern: casePatternOf(normalised) };
  }
  return { kind: "malformed", input: original, normalised, problems: problemsOf(normalised, locale) };
}

function problemsOf(code: string, locale: Locale): string[] {
  const says = SNAP_PROBLEMS[locale];
  if (code === "") return [says.empty];
  if (/[^0-9A-Z]/.test(code)) return [fill(says.characters, { code })];
  const problems: string[] = [];
  if (code.length !== 7) problems.push(says.length(code.length));
  const http = code.slice(0, 3);
  if (code.length >= 3 && !/^[1-5]\d\d$/.test(http)) problems.push(fill(says.httpStatus, { http }));
  if (code.length === 7 && !/^\d\d$/.test(code.slice(5))) problems.push(fill(says.caseDigits, { kase: code.slice(5) }));
  return problems;
}
