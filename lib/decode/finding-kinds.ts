// The kinds of code the paste-box can find, and their names on the page and in the triage note. Apart from decode.ts
// so the page can name them without loading the decoder.

export type FindingKind = "documented" | "composed" | "malformed" | "unknown" | "checkout" | "other-provider";

export const FINDING_KIND_LABELS: Record<FindingKind, string> = {
  documented: "Documented",
  composed: "Composed from the SNAP standard, not documented",
  malformed: "Malformed code",
  unknown: "Not in this reference",
  checkout: "DOKU Checkout",
  "other-provider": "Not a DOKU response",
};
