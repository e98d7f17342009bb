// The whole signature check of the /signature/ page, as one function: read the request, recognise its recipe, build
// the string to sign, run the checks that need no secret, compare with the reader's own string, and give the verdict.
// It returns plain data; nothing in it keeps, logs or sends what it was given.
import { SIGNATURE_TEXT } from "../i18n/signature";
import type { Locale } from "../i18n/locale";
import { type BodySummary, type ComposeResult, type SigningFields, composeStringToSign, signingFields } from "./canonical";
import { type Check, checkRequest } from "./checks";
import { type StringComparison, compareStrings } from "./compare";
import { type HttpRequest, type RequestSource, headerValue } from "./http-request";
import { MAX_REQUEST_CHARS, parseRequest } from "./parse-request";
import { type PublicKeyReading, readPublicKey } from "./public-key";
import { type RecognisedScheme, type Scheme, recogniseScheme } from "./scheme";
import { candidatesFor } from "./variants";
import { type BuiltCandidate, type Verdict, verifySignature } from "./verify";
import { createHasher, webCrypto } from "./web-crypto";

export interface SignatureInput {
  request: string;
  secret?: string;
  publicKey?: string;
  yourStringToSign?: string;
  /** The reader's choice; undefined: the recipe recognised from the request. */
  scheme?: Scheme;
  /** The language of every sentence in the report (English unless given). */
  locale?: Locale;
}

export type SignatureReport =
  | { kind: "empty" }
  | { kind: "unreadable"; message: string }
  | {
      kind: "checked";
      source: RequestSource;
      /** e.g. "Read as a curl command." */
      sourceLabel: string;
      notes: string[];
      request: HttpRequest;
      recognised: RecognisedScheme;
      scheme: Scheme;
      stringToSign: ComposeResult;
      body: BodySummary;
      checks: Check[];
      comparison?: StringComparison;
      publicKey: PublicKeyReading;
      verdict: Verdict;
    };

/** `subtle` is null where the browser has no Web Crypto (a page not served over HTTPS); tests pass it explicitly. */
export async function checkSignature(input: SignatureInput, subtle: SubtleCrypto | null = webCrypto() ?? null): Promise<SignatureReport> {
  const locale = input.locale ?? "en";
  const t = SIGNATURE_TEXT[locale].input;
  const parsed = parseRequest(input.request, locale);
  switch (parsed.kind) {
    case "empty":
      return { kind: "empty" };
    case "too-large":
      return {
        kind: "unreadable",
        message: t.tooLarge(parsed.chars.toLocaleString(locale), parsed.limit.toLocaleString(locale), (MAX_REQUEST_CHARS / 1_000_000).toFixed(0)),
      };
    case "binary":
      return { kind: "unreadable", message: t.binary };
    case "broken-curl":
      return { kind: "unreadable", message: t.brokenCurl(parsed.problem) };
    case "not-a-request":
      return { kind: "unreadable", message: parsed.problem };
    case "request":
      break;
  }
  const { request, source, notes } = parsed;
  const recognised = recogniseScheme(request, locale);
  const scheme = input.scheme ?? recognised.scheme;
  const { fields, body } = signingFields(request, scheme);
  const checks = checkRequest(request, scheme, { source, locale });
  const publicKey = readPublicKey(input.publicKey ?? "", locale);
  const secret = input.secret ?? "";
  const common = { kind: "checked" as const, source, sourceLabel: SIGNATURE_TEXT[locale].report.readAs(SIGNATURE_TEXT[locale].sources[source]), notes, request, recognised, scheme, body, checks, publicKey };

  if (!subtle) {
    return { ...common, stringToSign: { kind: "incomplete", missing: [t.webCryptoMissing] }, verdict: { kind: "cannot-check", text: t.noWebCrypto } };
  }
  const hasher = createHasher(subtle);
  const [stringToSign, candidates] = await Promise.all([composeStringToSign(fields, hasher, locale), buildCandidates(fields, request, hasher, locale)]);

  const theirs = input.yourStringToSign ?? "";
  const comparison =
    theirs.trim() !== "" && stringToSign.kind === "built"
      ? compareStrings(
          stringToSign.stringToSign,
          theirs,
          candidates.flatMap(({ candidate, stringToSign: built }) => (candidate.mistake && !candidate.secret ? [{ mistake: candidate.mistake, text: built.text }] : [])),
          locale,
        )
      : undefined;

  const received = headerValue(request, scheme === "non-snap" ? "Signature" : "X-SIGNATURE");
  const verdict = await verifySignature(subtle, { scheme, received, canonical: stringToSign, candidates, secret, publicKey, locale });
  if (scheme !== "snap-asymmetric" && publicKey.kind === "public-key") {
    notes.push(t.publicKeyUnused);
  }
  if (secret !== "" && secret !== secret.trim() && scheme !== "snap-asymmetric") {
    notes.push(t.secretTrimmed);
  }
  return { ...common, stringToSign, ...(comparison ? { comparison } : {}), verdict };
}

/**
 * Every candidate's string, built once; two mistakes that build the same string and form count as the first one.
 * All at once: each Web Crypto call answers on a later task, so awaiting them one by one would add up their latency.
 */
async function buildCandidates(fields: SigningFields, request: HttpRequest, hasher: ReturnType<typeof createHasher>, locale: Locale): Promise<BuiltCandidate[]> {
  const candidates = candidatesFor(fields, request, locale);
  const composed = await Promise.all(candidates.map((candidate) => composeStringToSign(candidate.fields, hasher, locale)));
  const built: BuiltCandidate[] = [];
  const seen = new Set<string>();
  candidates.forEach((candidate, i) => {
    const result = composed[i];
    if (result?.kind !== "built") return;
    const key = `${candidate.form}|${candidate.secret ?? ""}|${result.stringToSign.text}`;
    if (seen.has(key)) return;
    seen.add(key);
    built.push({ candidate, stringToSign: result.stringToSign });
  });
  return built;
}
