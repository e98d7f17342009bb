// Names each part of a well-formed SNAP code against the catalogue: HTTP status, service, case, and the documented page.
import { HTTP_REASONS } from "./http-reasons";
import type { NoteId } from "../content/vocabulary";
import type { Locale } from "../i18n/locale";
import { fill } from "../i18n/fill";
import { SNAP_WARNINGS } from "../i18n/snap-code-words";
import { casePatternOf, type SnapCodeParse } from "./parse-code";

/** A catalogue entry reduced to what an explanation links to. */
export interface CodeRef {
  code: string;
  url: string;
  title: string;
  responseMessage?: string;
}

export interface ServiceRef {
  code: string;
  name: string;
  group: string;
  method: string;
  path: string;
  usedByDoku: boolean;
}

/** A DOKU fact from content/doku-facts.yaml, with the sources a reader can check it against. */
export interface FactNote {
  id: NoteId;
  text: string;
  sources: { title: string; url: string }[];
}

export interface SnapCatalogue {
  /** Generic cases, code like "401XX00". */
  cases: readonly CodeRef[];
  services: readonly ServiceRef[];
  /** Full codes with their own page, code like "4042412". */
  codes: readonly CodeRef[];
  /** The notes an explanation of a code's form may add (SDK-made shapes, letter service codes). */
  notes: Readonly<Partial<Record<NoteId, FactNote>>>;
  /** The language of the titles, group names and notes, and of what an explanation warns; English when absent. */
  locale?: Locale;
}

export interface SnapCodeExplanation {
  code: string;
  http: { status: number; reason?: string };
  service: { code: string; known?: ServiceRef };
  case: { code: string; pattern: string; entry?: CodeRef };
  /** The code's own page when DOKU documents or uses it; otherwise the explanation is composed from the standard. */
  documented?: CodeRef;
  warnings: string[];
  /** DOKU facts that apply to this code's form, e.g. that some banks use letters for service codes. */
  notes: FactNote[];
  /** Documented codes closest to this one: same case on other services, then other cases on the same service. */
  nearest: CodeRef[];
}

type WellFormed = Extract<SnapCodeParse, { kind: "snap" }>;

export function explainSnapCode(parsed: WellFormed, catalogue: SnapCatalogue): SnapCodeExplanation {
  const knownService = catalogue.services.find((service) => service.code === parsed.serviceCode);
  const caseEntry = catalogue.cases.find((entry) => entry.code === parsed.casePattern);
  const documented = catalogue.codes.find((entry) => entry.code === parsed.code);
  const warnings: string[] = [];
  const notes: FactNote[] = [];
  const says = SNAP_WARNINGS[catalogue.locale ?? "en"];

  const usedStatuses = new Set(catalogue.cases.map((entry) => entry.code.slice(0, 3)));
  if (!usedStatuses.has(String(parsed.httpStatus))) {
    warnings.push(fill(says.unknownStatus, { status: parsed.httpStatus }));
  } else if (!caseEntry) {
    warnings.push(fill(says.unknownCase, { kase: parsed.caseCode, status: parsed.httpStatus }));
  }
  if (!knownService) {
    warnings.push(fill(says.unknownService, { service: /[A-Z]/.test(parsed.serviceCode) ? `"${parsed.serviceCode}"` : parsed.serviceCode }));
    const letters = catalogue.notes["letter-service-codes"];
    if (letters && /[A-Z]/.test(parsed.serviceCode)) notes.push(letters);
  }

  // A failure is never pointed at a success code, nor a success at a failure: 4012499 is not "near" 2002400.
  const success = parsed.httpStatus < 300;
  const candidates = catalogue.codes.filter((entry) => entry.code !== parsed.code && entry.code.startsWith("2") === success);
  const sameCase = candidates.filter((entry) => casePatternOf(entry.code) === parsed.casePattern);
  const sameService = candidates.filter((entry) => entry.code.slice(3, 5) === parsed.serviceCode && !sameCase.includes(entry));
  return {
    code: parsed.code,
    http: { status: parsed.httpStatus, reason: HTTP_REASONS[parsed.httpStatus] },
    service: { code: parsed.serviceCode, known: knownService },
    case: { code: parsed.caseCode, pattern: parsed.casePattern, entry: caseEntry },
    documented,
    warnings,
    notes,
    nearest: [...sameCase, ...sameService].slice(0, 5),
  };
}

/** Anchor of a service on the services index, e.g. "service-24". */
export function serviceAnchor(code: string): string {
  return `service-${code.toLowerCase()}`;
}
