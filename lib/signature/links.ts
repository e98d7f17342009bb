// The pages a signature finding links to, in one place; links.test.ts checks each one exists (and its #anchor).

export interface PageLink {
  /** Site-relative, e.g. "/snap/401xx00/" or "/guides/signatures/#body-not-minified". */
  href: string;
  label: string;
}

const guide = (anchor: string, label: string): PageLink => ({ href: `/guides/signatures/#${anchor}`, label });

export const PAGES = {
  snapUnauthorized: { href: "/snap/401xx00/", label: "401XX00 Unauthorized" },
  tokenUnauthorized: { href: "/snap/4017300/", label: "4017300 Unauthorized on the access token request" },
  nonSnapInvalidSignature: { href: "/non-snap/invalid-signature/", label: "invalid_signature" },
  nonSnapRecipe: { href: "/guides/non-snap-responses/#request-headers-and-the-signature", label: "the non-SNAP signature recipe" },
  timestampOnTokenPage: { href: "/guides/doku-notes/#x-timestamp-doku-s-token-page-disagrees-with-itself", label: "X-TIMESTAMP: DOKU's token page disagrees with itself" },
  invalidFieldFormat: { href: "/snap/400xx01/", label: "400XX01 Invalid Field Format" },
  invalidMandatoryField: { href: "/snap/400xx02/", label: "400XX02 Invalid Mandatory Field" },
  tokenNotFound: { href: "/snap/401xx03/", label: "401XX03 Token Not Found (B2B)" },
  externalIdConflict: { href: "/snap/409xx00/", label: "409XX00 Conflict" },
  recipes: guide("the-three-recipes", "the three signature recipes"),
  bodyNotMinified: guide("body-not-minified", "Body not minified"),
  whitespaceInStrings: guide("whitespace-removed-inside-strings", "Whitespace removed inside strings"),
  phpEscapes: guide("escaped-slashes-and-unicode", "Escaped slashes and Unicode"),
  bodyHashForm: guide("body-hash-written-another-way", "Body hash written another way"),
  pathForm: guide("full-url-or-missing-query-in-the-path", "Full URL or missing query in the path"),
  bearerInToken: guide("bearer-inside-the-token", "Bearer inside the token"),
  lowerCaseMethod: guide("lower-case-method", "Lower-case method"),
  hexOutput: guide("hex-instead-of-base64", "Hex instead of Base64"),
  timestampString: guide("another-timestamp-string", "Another timestamp string"),
  asymmetricForm: guide("an-asymmetric-signature-over-the-transaction-formula", "An asymmetric signature over the transaction formula"),
  digestBody: guide("digest-over-another-body", "Digest over another body"),
  requestTargetHost: guide("request-target-with-the-host", "Request-Target with the host"),
  digestLine: guide("digest-line-added-or-left-out", "Digest line added or left out"),
  missingPrefix: guide("missing-hmacsha256-prefix", "Missing HMACSHA256= prefix"),
  letterCase: guide("letter-case-of-the-signature", "Letter case of the signature"),
  secretLineBreak: guide("a-line-break-at-the-end-of-the-secret", "A line break at the end of the secret"),
  nothingReproduces: guide("when-no-known-mistake-reproduces-it", "When no known mistake reproduces it"),
  timestampFormat: guide("x-timestamp-format", "X-TIMESTAMP format"),
  requiredHeaders: guide("required-headers", "Required headers"),
} as const satisfies Record<string, PageLink>;

/** The known mistakes the check tries, in the order it tries them, for the page to list. */
export const KNOWN_MISTAKES: readonly PageLink[] = [
  PAGES.bodyNotMinified,
  PAGES.whitespaceInStrings,
  PAGES.phpEscapes,
  PAGES.bodyHashForm,
  PAGES.pathForm,
  PAGES.bearerInToken,
  PAGES.lowerCaseMethod,
  PAGES.timestampString,
  PAGES.hexOutput,
  PAGES.asymmetricForm,
  PAGES.digestBody,
  PAGES.requestTargetHost,
  PAGES.digestLine,
  PAGES.missingPrefix,
  PAGES.letterCase,
  PAGES.secretLineBreak,
];
