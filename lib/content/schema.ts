// The content contract: one strict zod object per content kind. Types come from z.infer, never written twice.
import { z } from "zod";
import { ACTORS, NOTE_IDS, OUTCOMES, type Outcome, PUBLISHERS, RETRY_VERDICTS } from "./vocabulary";

export * from "./vocabulary";

/**
 * Families of codes. Each family lives in a folder under content/ that is also its URL segment,
 * e.g. content/http/429.mdx ⇒ /http/429/; `index` is the page whose table lists the family.
 * Whether a family's codes travel with an HTTP status is part of the entry schema below.
 */
export const FAMILIES = {
  http: { folder: "http", index: "/", label: "HTTP status codes", codePattern: /^[1-5]\d\d$/ },
  business: { folder: "errors", index: "/", label: "Business error codes", codePattern: /^[A-Z][A-Z0-9_]*$/ },
  // SNAP generic case codes, service code written "XX": e.g. "401XX00" ⇒ /snap/401xx00/.
  "snap-case": { folder: "snap", index: "/snap/", label: "SNAP case codes", codePattern: /^[1-5]\d\dXX\d\d$/ },
  // Full 7-character SNAP codes DOKU documents or uses: e.g. "4042412" ⇒ /snap/4042412/.
  "snap-code": { folder: "snap", index: "/snap/", label: "SNAP codes DOKU uses", codePattern: /^[1-5]\d\d[0-9A-Z]{2}\d\d$/ },
  // `transaction.status` of DOKU's non-SNAP Check Status API and reports: e.g. "FAILED" ⇒ /status/failed/.
  status: { folder: "status", index: "/", label: "Transaction status values", codePattern: /^[A-Z]+(_[A-Z]+)*$/ },
  // `error.code` of DOKU's non-SNAP error body (community-observed): e.g. "invalid_signature" ⇒ /non-snap/invalid-signature/.
  "non-snap": { folder: "non-snap", index: "/", label: "Non-SNAP error codes", codePattern: /^[a-z]+(_[a-z]+)*$/ },
  // Legacy DOKU V1 direct-inquiry RESPONSECODE values: e.g. "3000" ⇒ /legacy-v1/3000/.
  "legacy-v1": { folder: "legacy-v1", index: "/", label: "Legacy V1 inquiry codes", codePattern: /^\d{4}$/ },
  // DOKU Biller XXYY codes: e.g. "U001" ⇒ /biller/u001/.
  biller: { folder: "biller", index: "/", label: "DOKU Biller codes", codePattern: /^[0-9A-Z]{4}$/ },
  // Card (acquirer, ISO 8583 style) response codes, two digits: e.g. "05" ⇒ /card/05/.
  card: { folder: "card", index: "/", label: "Card response codes", codePattern: /^\d{2}$/ },
  // Failures before any HTTP answer, by curl's exit code (the number PHP's "cURL error 28" and curl's "(28)" print):
  // e.g. "28" ⇒ /curl/28/; other clients' names for the same failure (ETIMEDOUT) are its aliases.
  curl: { folder: "curl", index: "/", label: "Network errors (curl)", codePattern: /^\d{1,2}$/ },
} as const;
export type Family = keyof typeof FAMILIES;
const FAMILY_NAMES = Object.keys(FAMILIES) as [Family, ...Family[]];

/** Dates in frontmatter are plain YYYY-MM-DD; YAML parses unquoted ones as Date, so accept both. */
const isoDate = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
  z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected a date written YYYY-MM-DD"),
);

export const sourceSchema = z
  .object({
    title: z.string().min(1),
    url: z.url({ protocol: /^https?$/, error: "expected an http(s) URL for the source" }),
    read: isoDate,
    note: z.string().min(1).optional(),
  })
  .strict();

/**
 * Where copies of a code's documentation disagree: who says what. `says` holds only what the source says;
 * `ourReading` holds our inference from it (what the disagreement means for the reader), shown apart and labelled as ours.
 */
export const differenceSchema = z
  .object({
    source: z.string().min(1),
    says: z.string().min(1),
    ourReading: z.string().min(1).optional(),
  })
  .strict();

/** ASPI's category column; SNAP entries must use one of these. */
export const SNAP_CATEGORIES = ["Success", "System", "Message", "Business"] as const;

/** The publisher's own words, kept exactly as written (typos included). */
export const officialWordsSchema = z
  .object({
    publisher: z.enum(PUBLISHERS),
    /** The source's category column, e.g. ASPI's "System", a card code's "Issuer will never approve". */
    category: z.string().min(1).optional(),
    /** A SNAP responseMessage, e.g. "Unauthorized. [reason]". */
    responseMessage: z.string().min(1).optional(),
    meaning: z.string().min(1).optional(),
    description: z.string().min(1).optional(),
    messageExample: z.string().min(1).optional(),
    suggestedAction: z.string().min(1).optional(),
    httpStatus: z.number().int().min(100).max(599).optional(),
    /** `error.type` of a non-SNAP error body, e.g. "invalid_request_error". */
    errorType: z.string().min(1).optional(),
    /** Whether the source marks a transaction status as final ("Final Status" column). */
    finalStatus: z.enum(["Yes", "No"]).optional(),
    /** The payment methods the source lists for a status, e.g. "E_MONEY". */
    paymentMethods: z.string().min(1).optional(),
    /** The SNAP code DOKU's SDKs convert a legacy code to, e.g. "4042412". */
    snapCode: z.string().regex(/^[1-5]\d\d[0-9A-Z]{2}\d\d$/, "expected a 7-character SNAP code").optional(),
  })
  .strict();

/** An entry id is "<folder>/<slug>", the same as its URL path, e.g. "errors/invalid-parameter". */
export const entryIdSchema = z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, 'expected an entry id such as "http/429"');

/** The families whose codes travel with a known HTTP status; the others say instead whether the code succeeded. */
type FamilyWithHttpStatus = "http" | "business" | "snap-case" | "snap-code";
type FamilyWithoutHttpStatus = Exclude<Family, FamilyWithHttpStatus>;

const HTTP_STATUS_RULE = "required for HTTP, business and SNAP codes, and not allowed for the other families (their codes have no known HTTP status)";

/** What every entry has, whatever its family. */
const entryFields = {
  code: z.string().min(1),
  title: z.string().min(1),
  summary: z.string().min(1).max(200),
  official: officialWordsSchema,
  whoActs: z.array(z.enum(ACTORS)).min(1),
  retry: z
    .object({
      safe: z.enum(RETRY_VERDICTS),
      reason: z.string().min(1).max(240),
    })
    .strict(),
  related: z.array(entryIdSchema).default([]),
  aliases: z.array(z.string().min(1)).default([]),
  sources: z.array(sourceSchema).min(1),
  differences: z.array(differenceSchema).default([]),
  /** Words in the official text that are the source's own typos, shown with "(sic)", e.g. "Cardholer". */
  sic: z.array(z.string().min(1)).default([]),
  /**
   * Ours: a short sentence support can send to the end customer, e.g. for a card decline. Required when the customer
   * acts (whoActs has "customer"); it never asks them to pay again while a payment's fate is unknown.
   */
  customerMessage: z.string().min(1).max(300).optional(),
};

/** A family whose codes have an HTTP status; `outcome` only where the status alone misleads (202 is pending). */
function entryWithHttpStatus<F extends FamilyWithHttpStatus>(family: F) {
  return z
    .object({
      ...entryFields,
      family: z.literal(family),
      httpStatus: z.number({ error: (issue) => (issue.input === undefined ? HTTP_STATUS_RULE : "expected a whole number from 100 to 599") }).int().min(100).max(599),
      /** It follows from the status (< 400 is success) unless set, e.g. `pending` for 202XX00, a 2xx not yet a success. */
      outcome: z.enum(OUTCOMES).optional(),
    })
    .strict();
}

/** A family whose codes have no known HTTP status: the entry says whether the code is a success, pending or an error. */
function entryWithoutHttpStatus<F extends FamilyWithoutHttpStatus>(family: F) {
  return z
    .object({
      ...entryFields,
      family: z.literal(family),
      httpStatus: z.never({ error: HTTP_STATUS_RULE }).optional(),
      outcome: z.enum(OUTCOMES, { error: (issue) => (issue.input === undefined ? 'required when there is no httpStatus: "success", "pending" or "error"' : undefined) }),
    })
    .strict();
}

/** One entry: a union on `family`, so a family that always has an HTTP status has one in its type too. */
export const entrySchema = z
  .discriminatedUnion(
    "family",
    [
      entryWithHttpStatus("http"),
      entryWithHttpStatus("business"),
      entryWithHttpStatus("snap-case"),
      entryWithHttpStatus("snap-code"),
      entryWithoutHttpStatus("status"),
      entryWithoutHttpStatus("non-snap"),
      entryWithoutHttpStatus("legacy-v1"),
      entryWithoutHttpStatus("biller"),
      entryWithoutHttpStatus("card"),
      entryWithoutHttpStatus("curl"),
    ],
    { error: (issue) => (issue.code === "invalid_union" ? `expected one of ${FAMILY_NAMES.map((name) => `"${name}"`).join("|")}` : undefined) },
  )
  .refine((entry) => entry.sic.every((word) => Object.values(entry.official).some((text) => typeof text === "string" && text.includes(word))), {
    path: ["sic"],
    message: "every word marked sic must appear in the official text",
  })
  .refine((entry) => entry.official.httpStatus === undefined || entry.official.httpStatus === entry.httpStatus, {
    path: ["official", "httpStatus"],
    message: "must equal httpStatus: the page shows both",
  })
  .refine((entry) => !entry.family.startsWith("snap") || entry.official.category === undefined || (SNAP_CATEGORIES as readonly string[]).includes(entry.official.category), {
    path: ["official", "category"],
    message: `a SNAP category is one of ${SNAP_CATEGORIES.join(", ")}`,
  })
  .refine((entry) => !entry.whoActs.includes("customer") || entry.customerMessage !== undefined, {
    path: ["customerMessage"],
    message: "required when the customer acts: a short sentence support can send them",
  });

/** The publisher's words that are prose, and so get our translation beside them (codes and enums do not). */
export const TRANSLATED_OFFICIAL_FIELDS = ["category", "responseMessage", "meaning", "description", "messageExample", "suggestedAction"] as const;
export type TranslatedOfficialField = (typeof TRANSLATED_OFFICIAL_FIELDS)[number];

/**
 * Our Indonesian for one entry, in content/<folder>/<slug>.id.mdx beside the English file. Words only: every fact
 * (code, HTTP status, who acts, retry verdict, sources) stays in the English file and is never translated by hand.
 */
export const entryTranslationSchema = z
  .object({
    title: z.string().min(1),
    summary: z.string().min(1).max(240),
    /** retry.reason in Indonesian. */
    retryReason: z.string().min(1).max(280),
    /** Our translation of each of the publisher's prose fields, by the same names; shown beside the exact words. */
    official: z.object(Object.fromEntries(TRANSLATED_OFFICIAL_FIELDS.map((field) => [field, z.string().min(1).optional()]))).strict().default({}),
    /** One item per `differences` item of the English file, in order: our translation of what the source says. */
    differences: z
      .array(
        z
          .object({
            says: z.string().min(1),
            ourReading: z.string().min(1).optional(),
          })
          .strict(),
      )
      .default([]),
    customerMessage: z.string().min(1).max(320).optional(),
  })
  .strict();

export type EntryTranslation = z.infer<typeof entryTranslationSchema>;

/** A guide's Indonesian twin (content/guides/<slug>.id.mdx). */
export const guideTranslationSchema = z
  .object({
    title: z.string().min(1),
    description: z.string().min(1).max(240),
  })
  .strict();

export type GuideTranslation = z.infer<typeof guideTranslationSchema>;

/** success, pending or error: the entry's own `outcome`, else from its HTTP status. */
export function outcomeOf(entry: { httpStatus?: number; outcome?: Outcome }): Outcome {
  if (entry.outcome) return entry.outcome;
  return entry.httpStatus !== undefined && entry.httpStatus < 400 ? "success" : "error";
}

export type EntryFrontmatter = z.infer<typeof entrySchema>;
export type Actor = (typeof ACTORS)[number];
export type RetryVerdict = (typeof RETRY_VERDICTS)[number];
export type Source = z.infer<typeof sourceSchema>;

/** Long-form pages that are not one code, e.g. the error envelope. */
export const guideSchema = z
  .object({
    title: z.string().min(1),
    description: z.string().min(1).max(200),
    sources: z.array(sourceSchema).min(1),
  })
  .strict();

export type GuideFrontmatter = z.infer<typeof guideSchema>;

/** Headings every entry body must have, in this order, so every page reads the same. */
export const REQUIRED_HEADINGS: Record<Outcome, readonly string[]> = {
  error: ["What it means", "Common causes", "How to fix it"],
  success: ["What it means", "What to do next"],
  pending: ["What it means", "What to do next"],
};

/** The same headings in an entry's Indonesian twin, in the same order. */
export const REQUIRED_HEADINGS_ID: Record<Outcome, readonly string[]> = {
  error: ["Apa artinya", "Penyebab umum", "Cara memperbaikinya"],
  success: ["Apa artinya", "Langkah selanjutnya"],
  pending: ["Apa artinya", "Langkah selanjutnya"],
};

/** One SNAP service code, as ASPI names it, e.g. 24 = "API Virtual Account - Inquiry". */
export const serviceSchema = z
  .object({
    code: z.string().regex(/^[0-9A-Z]{2}$/, "expected two characters, e.g. \"24\""),
    name: z.string().min(1),
    method: z.enum(["GET", "POST", "PUT", "DELETE"]),
    /** Ours: a doubt about the method ASPI's copy gives; `methodNoteId` is the same in Indonesian. */
    methodNote: z.string().min(1).optional(),
    methodNoteId: z.string().min(1).optional(),
    path: z.string().min(1),
    /** The family of APIs it belongs to, shown next to the name because names repeat across families. */
    group: z.string().min(1),
    /** The ASPI page the service is documented on, e.g. "virtual-account". */
    aspiPage: z.string().regex(/^[a-z-]+$/),
    /** Present when DOKU's own SNAP traffic uses the service (reference section 2.1). */
    doku: z
      .object({
        operation: z.string().min(1),
        endpoint: z.string().min(1).optional(),
        successCode: z.string().regex(/^2\d\d[0-9A-Z]{2}\d\d$/),
        /** Ours, as `note`, in Indonesian: required with `note`. */
        note: z.string().min(1).optional(),
        noteId: z.string().min(1).optional(),
      })
      .strict()
      .refine((doku) => (doku.note === undefined) === (doku.noteId === undefined), { path: ["noteId"], message: "note and noteId (its Indonesian twin) go together" })
      .optional(),
  })
  .strict()
  .refine((service) => (service.methodNote === undefined) === (service.methodNoteId === undefined), {
    path: ["methodNoteId"],
    message: "methodNote and methodNoteId (its Indonesian twin) go together",
  });

export const servicesFileSchema = z.object({ services: z.array(serviceSchema).min(1) }).strict();

export type SnapService = z.infer<typeof serviceSchema>;

/** A DOKU fact beyond one code's page (content/doku-facts.yaml); NOTE_IDS, in the vocabulary, are the ones needed. */
export const noteSchema = z
  .object({
    id: z.enum(NOTE_IDS),
    /** The fact in one or two plain sentences, as the paste-box shows it and as pages quote it. */
    text: z.string().min(1).max(400),
    /** The same in Indonesian, for the /id/ pages and the Indonesian paste-box. */
    textId: z.string().min(1).max(480),
    sources: z.array(sourceSchema).min(1),
  })
  .strict();

/** A DOKU API host and the environment it serves, e.g. api-sandbox.doku.com ⇒ sandbox. */
export const dokuHostSchema = z
  .object({
    host: z.string().regex(/^[a-z0-9-]+(\.[a-z0-9-]+)*\.doku\.com$/, "expected a host name under doku.com"),
    environment: z.enum(["sandbox", "production"]),
    sources: z.array(sourceSchema).min(1),
  })
  .strict();

export const dokuFactsFileSchema = z
  .object({
    notes: z.array(noteSchema),
    hosts: z.array(dokuHostSchema).min(1),
  })
  .strict();

export type Note = z.infer<typeof noteSchema>;
export type DokuHost = z.infer<typeof dokuHostSchema>;
