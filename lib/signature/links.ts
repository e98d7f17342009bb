// The pages a signature finding links to, in one place; links.test.ts checks each one exists (and its #anchor).
// Labels come from lib/i18n/signature.ts; an Indonesian finding links to the Indonesian page (its headings keep the
// English anchors).
import { type LinkKey, SIGNATURE_TEXT } from "../i18n/signature";
import { type Locale, localePath } from "../i18n/locale";

export interface PageLink {
  /** Site-relative, e.g. "/snap/401xx00/" or "/guides/signatures/#body-not-minified". */
  href: string;
  label: string;
}

const guide = (anchor: string) => `/guides/signatures/#${anchor}`;

const HREFS = {
  snapUnauthorized: "/snap/401xx00/",
  tokenUnauthorized: "/snap/4017300/",
  nonSnapInvalidSignature: "/non-snap/invalid-signature/",
  nonSnapRecipe: "/guides/non-snap-responses/#request-headers-and-the-signature",
  timestampOnTokenPage: "/guides/doku-notes/#x-timestamp-doku-s-token-page-disagrees-with-itself",
  invalidFieldFormat: "/snap/400xx01/",
  invalidMandatoryField: "/snap/400xx02/",
  tokenNotFound: "/snap/401xx03/",
  externalIdConflict: "/snap/409xx00/",
  recipes: guide("the-three-recipes"),
  bodyNotMinified: guide("body-not-minified"),
  whitespaceInStrings: guide("whitespace-removed-inside-strings"),
  phpEscapes: guide("escaped-slashes-and-unicode"),
  bodyHashForm: guide("body-hash-written-another-way"),
  pathForm: guide("full-url-or-missing-query-in-the-path"),
  bearerInToken: guide("bearer-inside-the-token"),
  lowerCaseMethod: guide("lower-case-method"),
  hexOutput: guide("hex-instead-of-base64"),
  timestampString: guide("another-timestamp-string"),
  asymmetricForm: guide("an-asymmetric-signature-over-the-transaction-formula"),
  digestBody: guide("digest-over-another-body"),
  requestTargetHost: guide("request-target-with-the-host"),
  digestLine: guide("digest-line-added-or-left-out"),
  missingPrefix: guide("missing-hmacsha256-prefix"),
  letterCase: guide("letter-case-of-the-signature"),
  secretLineBreak: guide("a-line-break-at-the-end-of-the-secret"),
  nothingReproduces: guide("when-no-known-mistake-reproduces-it"),
  timestampFormat: guide("x-timestamp-format"),
  requiredHeaders: guide("required-headers"),
} as const satisfies Record<LinkKey, string>;

export type Pages = Record<LinkKey, PageLink>;

function buildPages(locale: Locale): Pages {
  const labels = SIGNATURE_TEXT[locale].links;
  const entries = (Object.keys(HREFS) as LinkKey[]).map((key) => [key, { href: localePath(locale, HREFS[key]), label: labels[key] }] as const);
  return Object.fromEntries(entries) as Pages;
}

const PAGES_BY_LOCALE: Record<Locale, Pages> = { en: buildPages("en"), id: buildPages("id") };

/** The English pages (the addresses without a language prefix). */
export const PAGES: Pages = PAGES_BY_LOCALE.en;

/** Every page a finding links to, in a language: its address and its label in that language. */
export function pages(locale: Locale): Pages {
  return PAGES_BY_LOCALE[locale];
}

const KNOWN_MISTAKE_KEYS: readonly LinkKey[] = [
  "bodyNotMinified",
  "whitespaceInStrings",
  "phpEscapes",
  "bodyHashForm",
  "pathForm",
  "bearerInToken",
  "lowerCaseMethod",
  "timestampString",
  "hexOutput",
  "asymmetricForm",
  "digestBody",
  "requestTargetHost",
  "digestLine",
  "missingPrefix",
  "letterCase",
  "secretLineBreak",
];

/** The known mistakes the check tries, in the order it tries them, for the page to list. */
export function knownMistakes(locale: Locale): PageLink[] {
  return KNOWN_MISTAKE_KEYS.map((key) => pages(locale)[key]);
}

