// The closed sets of words the content uses, and how pages say them. Kept apart from the zod schema (which re-exports
// them) because the paste-box renders some of them in the browser, and importing the schema would bundle zod there.

/** Who must act to resolve a code. A closed set, shown on every page and in triage notes. */
export const ACTORS = ["merchant-developer", "merchant-ops", "customer", "doku", "bank"] as const;
export const ACTOR_LABELS: Record<(typeof ACTORS)[number], string> = {
  "merchant-developer": "Merchant developer",
  "merchant-ops": "Merchant operations",
  customer: "End customer",
  doku: "DOKU",
  bank: "Bank or issuer",
};

/** Whether a code reports success, a state still moving, or a failure. Decides the headings a body must have. */
export const OUTCOMES = ["success", "pending", "error"] as const;
export type Outcome = (typeof OUTCOMES)[number];
export const OUTCOME_LABELS: Record<Outcome, string> = { success: "Success", pending: "Pending", error: "Error" };

export const RETRY_VERDICTS = ["yes", "no", "after-status-check"] as const;
export const RETRY_LABELS: Record<(typeof RETRY_VERDICTS)[number], string> = {
  yes: "Yes",
  no: "No",
  "after-status-check": "Only after a status check",
};

/**
 * Who the quoted words come from. "Community report" is a value seen in a real DOKU response by a developer and
 * published by them, not in DOKU's documentation: such entries say so on the page. "IETF" (RFC 9110) and "curl" speak
 * for HTTP statuses and network failures DOKU's documents do not list.
 */
export const PUBLISHERS = ["DOKU", "ASPI", "DOKU SDK", "Community report", "IETF", "curl"] as const;

/** The heading over a publisher's quoted words, on code pages and in the paste-box. */
export const PUBLISHER_WORDS: Record<(typeof PUBLISHERS)[number], string> = {
  DOKU: "In DOKU’s words",
  ASPI: "In the SNAP standard’s words (ASPI)",
  "DOKU SDK": "In the words of DOKU’s SDKs",
  "Community report": "As seen in a DOKU response (community-observed)",
  IETF: "In the HTTP standard’s words (IETF, RFC 9110)",
  curl: "In curl’s documentation",
};

/**
 * DOKU facts that the paste-box applies to a paste, beyond each code's own page (content/doku-facts.yaml). The
 * decoder asks for them by id, so the file must hold each id exactly once; a page quotes one with <Note id="…" />.
 */
export const NOTE_IDS = [
  "token-answer-without-code",
  "idempotent-replay",
  "non-snap-error-codes-unlisted",
  "checkout-accepted",
  "checkout-failed",
  "response-code-as-number",
  "legacy-code-in-snap-field",
  "sdk-six-character-code",
  "caller-made-three-digit-code",
  "sdk-made-500-case-00",
  "inconsistent-request-repeat",
  "letter-service-codes",
  "doku-support",
] as const;
export type NoteId = (typeof NOTE_IDS)[number];

/**
 * The publisher's words an entry may quote (its `official` block), in the order pages show them, with their labels.
 * "code" fields are identifiers or numbers, shown as code; the others are prose, quoted as written.
 */
export const OFFICIAL_FIELDS = [
  { key: "responseMessage", label: "responseMessage", style: "code" },
  { key: "meaning", label: "Meaning", style: "prose" },
  { key: "httpStatus", label: "HTTP status", style: "code" },
  { key: "messageExample", label: "Message example", style: "code" },
  { key: "description", label: "Description", style: "prose" },
  { key: "errorType", label: "error.type", style: "code" },
  { key: "category", label: "Category", style: "prose" },
  { key: "finalStatus", label: "Final status", style: "prose" },
  { key: "paymentMethods", label: "Payment methods", style: "code" },
  { key: "suggestedAction", label: "Suggested action", style: "prose" },
  { key: "snapCode", label: "SNAP code (SDK mapping)", style: "code" },
] as const;
