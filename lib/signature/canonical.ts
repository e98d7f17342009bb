// The string to sign, built from a request by each recipe, with every part labelled so a page can show it and a
// comparison can name the part where two strings part ways (formulas: reference §3.2, §4.1, §5.5).
import { type SignatureText, SIGNATURE_TEXT } from "../i18n/signature";
import type { Locale } from "../i18n/locale";
import { minifyBody } from "./body";
import { toBase64, toHex } from "./encoding";
import { type HttpRequest, headerValue, targetParts } from "./http-request";
import type { Scheme } from "./scheme";
import type { Hasher } from "./web-crypto";

/**
 * "snap-asymmetric-service" is ASPI's asymmetric transaction signature (the symmetric formula without the token),
 * which DOKU's Node SDK also makes in generateSignatureV2; it is tried as a variant of the token call's recipe.
 */
export type Recipe = "snap-symmetric" | "snap-asymmetric-token" | "snap-asymmetric-service" | "non-snap";

/** How the SHA-256 of the body is written into the string. SNAP: lower-case hex; non-SNAP Digest: Base64. */
export type DigestStyle = "lower-hex" | "upper-hex" | "base64" | "empty-when-empty";

export type BodyInput = { kind: "known"; text: string; digest: DigestStyle } | { kind: "unknown"; reason: string };

export type SigningFields =
  | { recipe: "snap-symmetric"; method?: string; path?: string; token?: string; body: BodyInput; timestamp?: string }
  | { recipe: "snap-asymmetric-token"; clientId?: string; timestamp?: string }
  | { recipe: "snap-asymmetric-service"; method?: string; path?: string; body: BodyInput; timestamp?: string }
  | { recipe: "non-snap"; clientId?: string; requestId?: string; timestamp?: string; target?: string; digest: BodyInput | "none" };

export interface StringPart {
  /** What the part is, e.g. "HTTP method", "Body hash", "the separator \":\"". */
  label: string;
  value: string;
  /** A separator or fixed name of the recipe, not a value from the request. */
  fixed: boolean;
  /** Index of the part's first character in the string. */
  start: number;
}

export interface StringToSign {
  text: string;
  parts: StringPart[];
}

export type ComposeResult = { kind: "built"; stringToSign: StringToSign } | { kind: "incomplete"; missing: string[] };

/** The body as a signer hashes it, and what the page should say about it. */
export type BodySummary =
  | { kind: "minified"; sent: string; hashed: string }
  | { kind: "already-minified"; hashed: string }
  | { kind: "not-json"; hashed: string; problem: string }
  | { kind: "empty" }
  | { kind: "as-sent"; hashed: string }
  | { kind: "unknown"; reason: string }
  | { kind: "not-signed" };

export interface RequestFields {
  /** The fields of the recipe as the standard computes them. */
  fields: SigningFields;
  body: BodySummary;
}

/** The scheme's recipe applied to a request, exactly as the formula says (variants.ts makes the other versions). */
export function signingFields(request: HttpRequest, scheme: Scheme): RequestFields {
  const method = request.method?.toUpperCase();
  const path = request.target !== undefined ? targetParts(request.target, request.host).relative : undefined;
  const timestamp = (name: string) => headerValue(request, name);
  const raw = request.body;

  if (scheme === "snap-asymmetric") {
    return {
      fields: { recipe: "snap-asymmetric-token", clientId: headerValue(request, "X-CLIENT-KEY"), timestamp: timestamp("X-TIMESTAMP") },
      body: { kind: "not-signed" },
    };
  }
  if (scheme === "non-snap") {
    const withDigest = (raw.kind === "known" && raw.text !== "") || (method !== "GET" && method !== "HEAD");
    const digest: BodyInput | "none" = !withDigest ? "none" : raw.kind === "known" ? { kind: "known", text: raw.text, digest: "base64" } : raw;
    return {
      fields: {
        recipe: "non-snap",
        clientId: headerValue(request, "Client-Id"),
        requestId: headerValue(request, "Request-Id"),
        timestamp: timestamp("Request-Timestamp"),
        target: path,
        digest,
      },
      body: raw.kind === "unknown" ? raw : !withDigest ? { kind: "not-signed" } : raw.text === "" ? { kind: "empty" } : { kind: "as-sent", hashed: raw.text },
    };
  }
  const authorization = headerValue(request, "Authorization");
  const token = authorization?.replace(/^bearer /i, "");
  const { input, summary } = snapBody(request);
  return { fields: { recipe: "snap-symmetric", method, path, token, body: input, timestamp: timestamp("X-TIMESTAMP") }, body: summary };
}

/** SNAP hashes the minified body; a body that is not JSON is hashed as sent, an empty one as the empty string. */
export function snapBody(request: HttpRequest): { input: BodyInput; summary: BodySummary } {
  const raw = request.body;
  if (raw.kind === "unknown") return { input: raw, summary: raw };
  const minified = minifyBody(raw.text);
  if (minified.kind === "empty") return { input: { kind: "known", text: "", digest: "lower-hex" }, summary: { kind: "empty" } };
  if (minified.kind === "not-json") {
    return { input: { kind: "known", text: raw.text, digest: "lower-hex" }, summary: { kind: "not-json", hashed: raw.text, problem: minified.problem } };
  }
  return {
    input: { kind: "known", text: minified.minified, digest: "lower-hex" },
    summary: minified.minified === raw.text ? { kind: "already-minified", hashed: raw.text } : { kind: "minified", sent: raw.text, hashed: minified.minified },
  };
}

async function digestOf(body: { text: string; digest: DigestStyle }, hasher: Hasher): Promise<string> {
  if (body.digest === "empty-when-empty" && body.text === "") return "";
  const hash = await hasher.sha256(body.text);
  if (body.digest === "base64") return toBase64(hash);
  const hex = toHex(hash);
  return body.digest === "upper-hex" ? hex.toUpperCase() : hex;
}

/** The string to sign for these fields, or what it lacks. */
export async function composeStringToSign(fields: SigningFields, hasher: Hasher, locale: Locale = "en"): Promise<ComposeResult> {
  const t = SIGNATURE_TEXT[locale].parts;
  const missing: string[] = [];
  const need = (value: string | undefined, what: string) => {
    if (value === undefined) missing.push(what);
    return value ?? "";
  };
  const builder = new PartsBuilder(t);
  const bodyPart = async (body: BodyInput, label: (style: DigestStyle) => string) => {
    if (body.kind === "unknown") {
      missing.push(t.missingBody(body.reason));
      return;
    }
    builder.value(label(body.digest), await digestOf(body, hasher));
  };

  switch (fields.recipe) {
    case "snap-symmetric":
    case "snap-asymmetric-service": {
      builder.value(t.method, need(fields.method, t.missingMethod));
      builder.fixed(":");
      builder.value(t.path, need(fields.path, t.missingPath));
      builder.fixed(":");
      if (fields.recipe === "snap-symmetric") {
        builder.value(t.token, need(fields.token, t.missingAuthorization));
        builder.fixed(":");
      }
      await bodyPart(fields.body, (style) => t.bodyHash(t.digests[style]));
      builder.fixed(":");
      builder.value(t.timestamp, need(fields.timestamp, t.missingHeader("X-TIMESTAMP")));
      break;
    }
    case "snap-asymmetric-token":
      builder.value(t.clientId, need(fields.clientId, t.missingHeader("X-CLIENT-KEY")));
      builder.fixed("|");
      builder.value(t.timestamp, need(fields.timestamp, t.missingHeader("X-TIMESTAMP")));
      break;
    case "non-snap": {
      const line = (name: string, label: string, value: string | undefined, lacking: string) => {
        if (name !== "Client-Id") builder.fixed("\n", t.lineBreakBefore(name));
        builder.fixed(`${name}:`, t.lineName(name));
        builder.value(label, need(value, lacking));
      };
      line("Client-Id", "Client-Id", fields.clientId, t.missingHeader("Client-Id"));
      line("Request-Id", "Request-Id", fields.requestId, t.missingHeader("Request-Id"));
      line("Request-Timestamp", "Request-Timestamp", fields.timestamp, t.missingHeader("Request-Timestamp"));
      line("Request-Target", t.requestTarget, fields.target, t.missingPath);
      if (fields.digest !== "none") {
        builder.fixed("\n", t.lineBreakBefore("Digest"));
        builder.fixed("Digest:", t.lineName("Digest"));
        await bodyPart(fields.digest, (style) => t.digest(t.digests[style]));
      }
      break;
    }
  }
  return missing.length > 0 ? { kind: "incomplete", missing } : { kind: "built", stringToSign: builder.build() };
}

class PartsBuilder {
  private readonly parts: StringPart[] = [];
  private length = 0;

  constructor(private readonly t: SignatureText["parts"]) {}

  value(label: string, value: string) {
    this.push(label, value, false);
  }

  fixed(value: string, label = this.t.separator(value)) {
    this.push(label, value, true);
  }

  private push(label: string, value: string, fixed: boolean) {
    this.parts.push({ label, value, fixed, start: this.length });
    this.length += value.length;
  }

  build(): StringToSign {
    return { text: this.parts.map((part) => part.value).join(""), parts: this.parts };
  }
}
