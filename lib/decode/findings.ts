// What every finding can be asked, whatever its kind: its page and the HTTP status its source gives it. Apart from
// decode.ts, so the share, triage and table code use them without bringing the whole decoder along.
import type { DecodeEntry } from "./catalogue";
import type { Finding } from "./decode";

/** The HTTP status a source gives a code: its SNAP part, or the status its page names (INVALID_PARAMETER ⇒ 400). */
export function expectedStatus(finding: Finding): number | undefined {
  switch (finding.kind) {
    case "documented":
      return finding.snap?.http.status ?? (finding.entry.family === "http" ? undefined : finding.entry.httpStatus);
    case "composed":
      return finding.snap.http.status;
    case "malformed":
    case "unknown":
    case "checkout":
    case "other-provider":
    case "http-status":
    case "network":
      return undefined;
  }
}

/** The page that explains a finding, for the kinds that have one. */
export function entryOf(finding: Finding): DecodeEntry | undefined {
  switch (finding.kind) {
    case "documented":
    case "composed":
    case "http-status":
    case "network":
      return finding.entry;
    case "malformed":
    case "unknown":
    case "checkout":
    case "other-provider":
      return undefined;
  }
}
