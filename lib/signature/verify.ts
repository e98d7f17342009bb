// The verdict: does the signature the request carries match the string to sign, with this client secret or public key?
// When it does not, the known mistakes (variants.ts) are tried one by one, and the one that reproduces it is named.
import type { ComposeResult, StringToSign } from "./canonical";
import { fromBase64, fromHex, toBase64, toHex } from "./encoding";
import { PAGES, type PageLink } from "./links";
import type { PublicKeyReading } from "./public-key";
import type { Scheme } from "./scheme";
import { type Candidate, LETTER_CASE, type Mistake, SECRET_AS_TYPED } from "./variants";
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
}

const HEADER: Record<Scheme, string> = { "snap-symmetric": "X-SIGNATURE", "snap-asymmetric": "X-SIGNATURE", "non-snap": "Signature" };

export async function verifySignature(subtle: SubtleCrypto, input: VerifyInput): Promise<Verdict> {
  const { scheme, received, canonical } = input;
  const secret = input.secret.trim();
  const usesKey = scheme === "snap-asymmetric";

  if (usesKey && input.publicKey.kind === "private-key") {
    return { kind: "refused-key", text: "No verdict: the key in Public key is a private key, which was refused and not used (see the warning beside the field). Paste the public key to check the signature." };
  }
  if (usesKey && input.publicKey.kind === "empty") {
    return {
      kind: "needs-key",
      text: secret
        ? "A B2B token call is signed with the merchant's private key and checked with its public key: paste the public key. A client secret cannot check it."
        : "Paste the public key (PEM) that belongs to the private key the request was signed with, and the page checks the signature.",
    };
  }
  if (!usesKey && secret === "") {
    return {
      kind: "needs-key",
      text:
        input.publicKey.kind !== "empty"
          ? `This recipe is an HMAC made with the client secret, not with a key pair: type the client secret.`
          : "Type the client secret, and the page checks the signature and looks for the mistake behind a mismatch.",
    };
  }
  if (received === undefined || received.trim() === "") {
    return { kind: "cannot-check", text: `The request has no ${HEADER[scheme]} header, so there is no signature to check. The string to sign below is what it should cover.` };
  }
  if (canonical.kind === "incomplete") {
    return { kind: "cannot-check", text: `The string to sign cannot be built without ${canonical.missing.join(", ")}, so the signature cannot be checked.` };
  }
  return usesKey ? verifyWithKey(subtle, input, received.trim()) : verifyWithSecret(subtle, input, received.trim(), secret);
}

async function verifyWithSecret(subtle: SubtleCrypto, input: VerifyInput, received: string, secret: string): Promise<Verdict> {
  const nonSnap = input.scheme === "non-snap";
  const hmac = createHmac(subtle, nonSnap ? "SHA-256" : "SHA-512");
  const secrets = { trimmed: secret, "line-break": `${secret}\n`, "as-typed": input.secret };
  const candidates = [...input.candidates];
  const canonical = candidates[0];
  // The page trims the typed secret; when that changed it, the untrimmed one is a candidate too.
  if (canonical && input.secret !== secret) candidates.push({ candidate: { ...canonical.candidate, mistake: SECRET_AS_TYPED, secret: "as-typed" }, stringToSign: canonical.stringToSign });

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
    if (same) return candidate.mistake ? mistakeFound(candidate.mistake, stringToSign, input, expected) : matches(input.scheme);
    if (!caseOnly && candidate.form !== "hex" && received.toLowerCase() === signature.toLowerCase()) caseOnly = built;
  }
  if (caseOnly) {
    const mistake = caseOnly.candidate.mistake ? { ...LETTER_CASE, title: `${LETTER_CASE.title}, and ${lowerFirst(caseOnly.candidate.mistake.title)}` } : LETTER_CASE;
    return mistakeFound(mistake, caseOnly.stringToSign, input, expected);
  }
  return noMistakeFound(input, candidates.length - 1, expected);
}

async function verifyWithKey(subtle: SubtleCrypto, input: VerifyInput, received: string): Promise<Verdict> {
  const reading = input.publicKey;
  if (reading.kind !== "public-key") return { kind: "cannot-check", text: reading.kind === "not-rsa" || reading.kind === "not-a-key" ? reading.problem : "No public key to check with." };
  let key: CryptoKey;
  try {
    key = await importRsaPublicKey(subtle, reading.spki);
  } catch {
    return { kind: "cannot-check", text: "Your browser could not import this public key. Check that it is a whole RSA public key in PEM." };
  }
  const base64 = /^[0-9a-f]+$/i.test(received) && received.length >= 256 ? undefined : fromBase64(received);
  const hex = fromHex(received);
  if (!base64 && !hex) return { kind: "cannot-check", text: "X-SIGNATURE is neither Base64 nor hex, so it cannot be an RSA signature." };
  const results = await Promise.all(
    input.candidates.map(({ candidate, stringToSign }) => {
      const signature = candidate.form === "hex" ? hex : base64;
      return signature ? verifyRsa(subtle, key, signature, stringToSign.text) : false;
    }),
  );
  const found = input.candidates.find((_, i) => results[i]);
  if (found) return found.candidate.mistake ? mistakeFound(found.candidate.mistake, found.stringToSign, input) : matches(input.scheme);
  return noMistakeFound(input, input.candidates.length - 1);
}

const MATCHES: Record<Scheme, string> = {
  "snap-symmetric": "Signature matches: X-SIGNATURE is the Base64 HMAC-SHA512 of the string to sign below, made with this client secret.",
  "snap-asymmetric": "Signature matches: X-SIGNATURE is a SHA256withRSA signature of the string to sign below, made with the private key of this public key.",
  "non-snap": "Signature matches: the Signature header is HMACSHA256= and the Base64 HMAC-SHA256 of the component below, made with this client secret.",
};

function matches(scheme: Scheme): Verdict {
  return { kind: "matches", text: MATCHES[scheme] };
}

function mistakeFound(mistake: Mistake, signed: StringToSign, input: VerifyInput, expected?: string): Verdict {
  const canonical = input.canonical.kind === "built" ? input.canonical.stringToSign.text : undefined;
  return {
    kind: "mistake-found",
    text: `Signature does not match the request as sent. One known mistake reproduces it: ${lowerFirst(mistake.title)}.`,
    mistake,
    ...(signed.text !== canonical ? { signedString: signed.text } : {}),
    ...(expected ? { expected } : {}),
  };
}

function noMistakeFound(input: VerifyInput, tried: number, expected?: string): Verdict {
  const left =
    input.scheme === "snap-asymmetric"
      ? [
          "The key pair: the private key that signed does not belong to this public key (sandbox and production keys, another merchant's, or an older pair).",
          "The client ID: the request was signed for another X-CLIENT-KEY than the one it sends.",
          "Two mistakes at once: this page tries them one at a time.",
        ]
      : [
          "The secret itself: a sandbox secret used against production (or the other way round), another merchant's secret, or one that has since been regenerated.",
          "A body changed on the way: a proxy, gateway or framework re-wrote it after it was signed, so the body pasted here is not the one that was signed.",
          "Two mistakes at once: this page tries them one at a time.",
        ];
  return {
    kind: "no-mistake-found",
    text: `Signature does not match, and none of the ${tried} known mistakes, tried one at a time, reproduces it.`,
    tried,
    left,
    link: PAGES.nothingReproduces,
    ...(expected ? { expected } : {}),
  };
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
