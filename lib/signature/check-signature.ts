// The whole signature check of the /signature/ page, as one function: read the request, recognise its recipe, build
// the string to sign, run the checks that need no secret, compare with the reader's own string, and give the verdict.
// It returns plain data; nothing in it keeps, logs or sends what it was given.
import { type BodySummary, type ComposeResult, type SigningFields, composeStringToSign, signingFields } from "./canonical";
import { type Check, checkRequest } from "./checks";
import { type StringComparison, compareStrings } from "./compare";
import { type HttpRequest, type RequestSource, SOURCE_LABELS, headerValue } from "./http-request";
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
  const parsed = parseRequest(input.request);
  switch (parsed.kind) {
    case "empty":
      return { kind: "empty" };
    case "too-large":
      return {
        kind: "unreadable",
        message: `This paste has ${parsed.chars.toLocaleString("en")} characters, more than the ${parsed.limit.toLocaleString("en")} read here (${(MAX_REQUEST_CHARS / 1_000_000).toFixed(0)} MB), so none of it was read. Paste only the request: its request line, headers and body.`,
      };
    case "binary":
      return { kind: "unreadable", message: "This looks like binary data, not an HTTP request. Paste the request as text: request line, headers, a blank line, the body." };
    case "broken-curl":
      return { kind: "unreadable", message: `This curl command cannot be read: ${parsed.problem}` };
    case "not-a-request":
      return { kind: "unreadable", message: parsed.problem };
    case "request":
      break;
  }
  const { request, source, notes } = parsed;
  const recognised = recogniseScheme(request);
  const scheme = input.scheme ?? recognised.scheme;
  const { fields, body } = signingFields(request, scheme);
  const checks = checkRequest(request, scheme, { source });
  const publicKey = readPublicKey(input.publicKey ?? "");
  const secret = input.secret ?? "";
  const common = { kind: "checked" as const, source, sourceLabel: `Read as ${SOURCE_LABELS[source]}.`, notes, request, recognised, scheme, body, checks, publicKey };

  if (!subtle) {
    const text = "Your browser offers no Web Crypto on this page (browsers keep it for pages served over HTTPS), so nothing can be hashed or checked here.";
    return { ...common, stringToSign: { kind: "incomplete", missing: ["Web Crypto, for the SHA-256 of the body"] }, verdict: { kind: "cannot-check", text } };
  }
  const hasher = createHasher(subtle);
  const [stringToSign, candidates] = await Promise.all([composeStringToSign(fields, hasher), buildCandidates(fields, request, hasher)]);

  const theirs = input.yourStringToSign ?? "";
  const comparison =
    theirs.trim() !== "" && stringToSign.kind === "built"
      ? compareStrings(
          stringToSign.stringToSign,
          theirs,
          candidates.flatMap(({ candidate, stringToSign: built }) => (candidate.mistake && !candidate.secret ? [{ mistake: candidate.mistake, text: built.text }] : [])),
        )
      : undefined;

  const received = headerValue(request, scheme === "non-snap" ? "Signature" : "X-SIGNATURE");
  const verdict = await verifySignature(subtle, { scheme, received, canonical: stringToSign, candidates, secret, publicKey });
  if (scheme !== "snap-asymmetric" && publicKey.kind === "public-key") {
    notes.push("The public key is not used: this recipe is an HMAC made with the client secret.");
  }
  if (secret !== "" && secret !== secret.trim() && scheme !== "snap-asymmetric") {
    notes.push("The client secret you typed starts or ends with a space or line break; the page checks with it trimmed, then as typed.");
  }
  return { ...common, stringToSign, ...(comparison ? { comparison } : {}), verdict };
}

/**
 * Every candidate's string, built once; two mistakes that build the same string and form count as the first one.
 * All at once: each Web Crypto call answers on a later task, so awaiting them one by one would add up their latency.
 */
async function buildCandidates(fields: SigningFields, request: HttpRequest, hasher: ReturnType<typeof createHasher>): Promise<BuiltCandidate[]> {
  const candidates = candidatesFor(fields, request);
  const composed = await Promise.all(candidates.map((candidate) => composeStringToSign(candidate.fields, hasher)));
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
