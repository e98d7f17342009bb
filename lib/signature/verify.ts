// The verdict: does the signature the request carries match the string to sign, with this client secret or public key?
// When it does not, the known mistakes (variants.ts) are tried one by one, and the one that reproduces it is named.
import { SIGNATURE_TEXT } from "../i18n/signature";
import type { Locale } from "../i18n/locale";
import type { ComposeResult, StringToSign } from "./canonical";
import { fromBase64, fromHex, toBase64, toHex } from "./encoding";
import { type PageLink, pages } from "./links";
import type { PublicKeyReading } from "./public-key";
import type { Scheme } from "./scheme";
import { type Candidate, type Mistake, letterCase, secretAsTyped } from "./variants";
import { createHmac, importRsaPublicKey, verifyRsa } from "./web-crypto";

export type Verdict =
  /** No secret or key to check with (or the wrong kind for this scheme). */
  | { kind: "needs-key"; text: string }
  /** A private key was pasted as the public key: refused, never used. */
  | { kind: "refused-key"; text: string }
  /** Something the check needs is missing or unreadable. */
  | { kind: "cannot-check"; text: string }
  | { kind: "matches"; text: string }
  | { kind: "mistake-found"; text: string; mistake: Mistake; /** the string the signer signed, when it differs from the right one */ signedString?: string; expected?: string }
  | { kind: "no-mistake-found"; text: string; tried: number; left: string[]; link: PageLink; expected?: string };

/** A candidate of variants.ts with its string built (candidates whose string cannot be built are left out). */
export interface BuiltCandidate {
  candidate: Candidate;
  stringToSign: StringToSign;
}

export interface VerifyInput {
  scheme: Scheme;
  /** The signature header as sent: X-SIGNATURE, or Signature for non-SNAP; undefined when the request has none. */
  received: string | undefined;
  canonical: ComposeResult;
  /** The correct recipe first, then the mistakes. */
  candidates: BuiltCandidate[];
  /** The secret as typed (never returned in any text). */
  secret: string;
  publicKey: PublicKeyReading;
  /** The language of the verdict (English unless given). */
  locale?: Locale;
}

const HEADER: Record<Scheme, string> = { "snap-symmetric": "X-SIGNATURE", "snap-asymmetric": "X-SIGNATURE", "non-snap": "Signature" };

export async function verifySignature(subtle: SubtleCrypto, input: VerifyInput): Promise<Verdict> {
  const { scheme, received, canonical } = input;
  const t = SIGNATURE_TEXT[input.locale ?? "en"].verdicts;
  const secret = input.secret.trim();
  const usesKey = scheme === "snap-asymmetric";

  if (usesKey && input.publicKey.kind === "private-key") {
    return { kind: "refused-key", text: t.refusedKey };
  }
  if (usesKey && input.publicKey.kind === "empty") return { kind: "needs-key", text: t.needsPublicKey(secret !== "") };
  if (!usesKey && secret === "") return { kind: "needs-key", text: t.needsSecret(input.publicKey.kind !== "empty") };
  if (received === undefined || received.trim() === "") return { kind: "cannot-check", text: t.noSignatureHeader(HEADER[scheme]) };
  if (canonical.kind === "incomplete") return { kind: "cannot-check", text: t.incomplete(canonical.missing.join(", ")) };
  return usesKey ? verifyWithKey(subtle, input, received.trim()) : verifyWithSecret(subtle, input, received.trim(), secret);
}

async function verifyWithSecret(subtle: SubtleCrypto, input: VerifyInput, received: string, secret: string): Promise<Verdict> {
  const nonSnap = input.scheme === "non-snap";
  const hmac = createHmac(subtle, nonSnap ? "SHA-256" : "SHA-512");
  const secrets = { trimmed: secret, "line-break": `${secret}\n`, "as-typed": input.secret };
  const candidates = [...input.candidates];
  const canonical = candidates[0];
  // The page trims the typed secret; when that changed it, the untrimmed one is a candidate too.
  if (canonical && input.secret !== secret) {
    candidates.push({ candidate: { ...canonical.candidate, mistake: secretAsTyped(input.locale ?? "en"), secret: "as-typed" }, stringToSign: canonical.stringToSign });
  }

  const written = (mac: Uint8Array, form: Candidate["form"]) =>
    form === "hex" ? toHex(mac) : form === "base64" && nonSnap ? `HMACSHA256=${toBase64(mac)}` : toBase64(mac);
  const receivedHex = received.replace(/^HMACSHA256=/i, "");
  // Every HMAC at once (their latencies overlap), then compared in the list's order.
  const macs = await Promise.all(candidates.map(({ candidate, stringToSign }) => hmac.sign(secrets[candidate.secret ?? "trimmed"], stringToSign.text)));
  let caseOnly: BuiltCandidate | undefined;
  let expected: string | undefined;
  for (const [i, built] of candidates.entries()) {
    const { candidate, stringToSign } = built;
    const mac = macs[i];
    if (!mac) continue;
    const signature = written(mac, candidate.form);
    if (candidate.mistake === undefined) expected = signature;
    // Hex has no letter case to get wrong: it is compared ignoring case, with or without the prefix.
    const same = candidate.form === "hex" ? receivedHex.toLowerCase() === signature : received === signature;
    if (same) return candidate.mistake ? mistakeFound(candidate.mistake, stringToSign, input, expected) : matches(input);
    if (!caseOnly && candidate.form !== "hex" && received.toLowerCase() === signature.toLowerCase()) caseOnly = built;
  }
  if (caseOnly) return mistakeFound(letterCase(input.locale ?? "en", caseOnly.candidate.mistake), caseOnly.stringToSign, input, expected);
  return noMistakeFound(input, candidates.length - 1, expected);
}

async function verifyWithKey(subtle: SubtleCrypto, input: VerifyInput, received: string): Promise<Verdict> {
  const t = SIGNATURE_TEXT[input.locale ?? "en"].verdicts;
  const reading = input.publicKey;
  if (reading.kind !== "public-key") return { kind: "cannot-check", text: reading.kind === "not-rsa" || reading.kind === "not-a-key" ? reading.problem : t.noPublicKey };
  let key: CryptoKey;
  try {
    key = await importRsaPublicKey(subtle, reading.spki);
  } catch {
    return { kind: "cannot-check", text: t.keyImportFailed };
  }
  const base64 = /^[0-9a-f]+$/i.test(received) && received.length >= 256 ? undefined : fromBase64(received);
  const hex = fromHex(received);
  if (!base64 && !hex) return { kind: "cannot-check", text: t.signatureUnreadable };
  const results = await Promise.all(
    input.candidates.map(({ candidate, stringToSign }) => {
      const signature = candidate.form === "hex" ? hex : base64;
      return signature ? verifyRsa(subtle, key, signature, stringToSign.text) : false;
    }),
  );
  const found = input.candidates.find((_, i) => results[i]);
  if (found) return found.candidate.mistake ? mistakeFound(found.candidate.mistake, found.stringToSign, input) : matches(input);
  return noMistakeFound(input, input.candidates.length - 1);
}

function matches({ scheme, locale = "en" }: VerifyInput): Verdict {
  return { kind: "matches", text: SIGNATURE_TEXT[locale].verdicts.matches[scheme] };
}

function mistakeFound(mistake: Mistake, signed: StringToSign, input: VerifyInput, expected?: string): Verdict {
  const canonical = input.canonical.kind === "built" ? input.canonical.stringToSign.text : undefined;
  return {
    kind: "mistake-found",
    text: SIGNATURE_TEXT[input.locale ?? "en"].verdicts.mistakeFound(mistake.title),
    mistake,
    ...(signed.text !== canonical ? { signedString: signed.text } : {}),
    ...(expected ? { expected } : {}),
  };
}

function noMistakeFound(input: VerifyInput, tried: number, expected?: string): Verdict {
  const locale = input.locale ?? "en";
  const t = SIGNATURE_TEXT[locale].verdicts;
  return {
    kind: "no-mistake-found",
    text: t.noMistakeFound(tried),
    tried,
    left: input.scheme === "snap-asymmetric" ? t.leftKeyPair : t.leftSecret,
    link: pages(locale).nothingReproduces,
    ...(expected ? { expected } : {}),
  };
}
