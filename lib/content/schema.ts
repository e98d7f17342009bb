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
 * Families of codes. Each family lives in its own folder under content/ and its own URL segment,
 * e.g. content/http/429.mdx ⇒ /http/429/.
 */
export const FAMILIES = {
  http: { folder: "http", label: "HTTP status codes" },
  business: { folder: "errors", label: "Business error codes" },
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
    publisher: z.enum(["DOKU"]),
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
  })
  .strict()
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
