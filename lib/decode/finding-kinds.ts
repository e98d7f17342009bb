// The names of the kinds of finding, on the page and in the triage note. Apart from decode.ts so the page can name
// them without loading the decoder (a type import costs nothing).
import type { FindingKind } from "./decode";

export type { FindingKind };

export const FINDING_KIND_LABELS: Record<FindingKind, string> = {
  documented: "Documented",
  composed: "Composed from the SNAP standard, not documented",
  malformed: "Malformed code",
  unknown: "Not in this reference",
  checkout: "DOKU Checkout",
  "other-provider": "Not a DOKU response",
  "http-status": "HTTP status without a DOKU code",
  network: "No HTTP answer (network failure)",
};
