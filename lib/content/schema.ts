// The content contract: one strict zod object per content kind. Types come from z.infer, never written twice.
import { z } from "zod";

/** Who must act to resolve a code. A closed set, shown on every page and in triage notes. */
export const ACTORS = ["merchant-developer", "merchant-ops", "customer", "doku", "bank"] as const;
export const ACTOR_LABELS: Record<(typeof ACTORS)[number], string> = {
  "merchant-developer": "Merchant developer",
  "merchant-ops": "Merchant operations",
  customer: "End customer",
  doku: "DOKU",
  bank: "Bank or issuer",
};

export const RETRY_VERDICTS = ["yes", "no", "after-status-check"] as const;
export const RETRY_LABELS: Record<(typeof RETRY_VERDICTS)[number], string> = {
  yes: "Yes",
  no: "No",
  "after-status-check": "Only after a status check",
};

/**
 * Families of codes. Each family lives in a folder under content/ that is also its URL segment,
 * e.g. content/http/429.mdx ⇒ /http/429/; `index` is the page whose table lists the family.
 */
export const FAMILIES = {
  http: { folder: "http", index: "/", label: "HTTP status codes", codePattern: /^[1-5]\d\d$/ },
  business: { folder: "errors", index: "/", label: "Business error codes", codePattern: /^[A-Z][A-Z0-9_]*$/ },
  // SNAP generic case codes, service code written "XX": e.g. "401XX00" ⇒ /snap/401xx00/.
  "snap-case": { folder: "snap", index: "/snap/", label: "SNAP case codes", codePattern: /^[1-5]\d\dXX\d\d$/ },
  // Full 7-character SNAP codes DOKU documents or uses: e.g. "4042412" ⇒ /snap/4042412/.
  "snap-code": { folder: "snap", index: "/snap/", label: "SNAP codes DOKU uses", codePattern: /^[1-5]\d\d[0-9A-Z]{2}\d\d$/ },
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

/** Where copies of a code's documentation disagree: who says what. */
export const differenceSchema = z
  .object({
    source: z.string().min(1),
    says: z.string().min(1),
  })
  .strict();

/** The publisher's own words, kept exactly as written (typos included). */
export const officialWordsSchema = z
  .object({
    publisher: z.enum(["DOKU", "ASPI", "DOKU SDK"]),
    /** The category column of ASPI's table, e.g. "System", "Business". */
    category: z.enum(["Success", "System", "Message", "Business"]).optional(),
    /** A SNAP responseMessage, e.g. "Unauthorized. [reason]". */
    responseMessage: z.string().min(1).optional(),
    meaning: z.string().min(1).optional(),
    description: z.string().min(1).optional(),
    messageExample: z.string().min(1).optional(),
    suggestedAction: z.string().min(1).optional(),
    httpStatus: z.number().int().min(100).max(599).optional(),
  })
  .strict();

/** An entry id is "<folder>/<slug>", the same as its URL path, e.g. "errors/invalid-parameter". */
export const entryIdSchema = z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, 'expected an entry id such as "http/429"');

export const entrySchema = z
  .object({
    code: z.string().min(1),
    family: z.enum(FAMILY_NAMES),
    httpStatus: z.number().int().min(100).max(599),
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
  })
  .strict()
  .refine((entry) => entry.sic.every((word) => Object.values(entry.official).some((text) => typeof text === "string" && text.includes(word))), {
    path: ["sic"],
    message: "every word marked sic must appear in the official text",
  })
  .refine((entry) => entry.official.httpStatus === undefined || entry.official.httpStatus === entry.httpStatus, {
    path: ["official", "httpStatus"],
    message: "must equal httpStatus: the page shows both",
  });

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
export const REQUIRED_HEADINGS = {
  error: ["What it means", "Common causes", "How to fix it"],
  success: ["What it means", "What to do next"],
} as const;

/** One SNAP service code, as ASPI names it, e.g. 24 = "API Virtual Account - Inquiry". */
export const serviceSchema = z
  .object({
    code: z.string().regex(/^[0-9A-Z]{2}$/, "expected two characters, e.g. \"24\""),
    name: z.string().min(1),
    method: z.enum(["GET", "POST", "PUT", "DELETE"]),
    methodNote: z.string().min(1).optional(),
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
        note: z.string().min(1).optional(),
      })
      .strict()
      .optional(),
  })
  .strict();

export const servicesFileSchema = z.object({ services: z.array(serviceSchema).min(1) }).strict();

export type SnapService = z.infer<typeof serviceSchema>;
