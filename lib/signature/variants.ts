// The known mistakes, each as the one change it makes to the correct recipe (reference §5.5 and issue 14's list):
// the body, path, token, method, timestamp or encoding a signer got wrong. The search in verify.ts tries them one by
// one and names the one that reproduces the signature that was sent.
import { type SignatureText, type Words, SIGNATURE_TEXT } from "../i18n/signature";
import type { Locale } from "../i18n/locale";
import { minifyBody, phpEscaped, removeAllWhitespace, reserialised } from "./body";
import type { BodyInput, SigningFields } from "./canonical";
import { type HttpRequest, targetParts } from "./http-request";
import { type PageLink, type Pages, pages } from "./links";
import { timestampAlternatives } from "./timestamp";

export type MistakeId =
  | "body-not-minified"
  | "whitespace-in-strings"
  | "php-escapes"
  | "reserialised"
  | "body-hash-form"
  | "full-url"
  | "no-query"
  | "bearer-in-token"
  | "lower-case-method"
  | "hex-output"
  | "timestamp"
  | "asymmetric-service"
  | "digest-body"
  | "request-target-host"
  | "digest-line"
  | "missing-prefix"
  | "letter-case"
  | "secret-line-break";

export interface Mistake {
  id: MistakeId;
  /** What the signer did, e.g. "The body was hashed as sent, not minified". */
  title: string;
  /** The specifics and the fix. */
  detail: string;
  link: PageLink;
}

/** How the signature is written in the header: Base64 (the standard), hex, or (non-SNAP) Base64 without HMACSHA256=. */
export type SignatureForm = "base64" | "hex" | "base64-without-prefix";

export interface Candidate {
  /** undefined: the correct recipe. */
  mistake?: Mistake;
  fields: SigningFields;
  form: SignatureForm;
  /** Another form of the typed secret: with a line break at its end, or untrimmed. Undefined: the secret trimmed. */
  secret?: "line-break" | "as-typed";
}

/** A mistake's words in the reader's language, and the links of that language. */
interface Say {
  t: SignatureText["mistakes"];
  links: Pages;
  locale: Locale;
}

const mistake = (id: MistakeId, words: Words, link: PageLink): Mistake => ({ id, ...words, link });

/** The correct recipe first, then every known mistake that changes something for this request. */
export function candidatesFor(fields: SigningFields, request: HttpRequest, locale: Locale = "en"): Candidate[] {
  const say: Say = { t: SIGNATURE_TEXT[locale].mistakes, links: pages(locale), locale };
  const { t, links } = say;
  const list: Candidate[] = [{ fields, form: "base64" }];
  const add = (mistake: Mistake, changed: SigningFields, form: SignatureForm = "base64") => list.push({ mistake, fields: changed, form });
  const sent = request.body.kind === "known" ? request.body.text : undefined;
  const target = request.target !== undefined ? targetParts(request.target, request.host) : undefined;

  switch (fields.recipe) {
    case "snap-symmetric": {
      for (const { mistake, body } of bodyMistakes(fields.body, sent, say)) add(mistake, { ...fields, body });
      if (target?.absolute) add(mistake("full-url", t.fullUrl(target.absolute, target.relative), links.pathForm), { ...fields, path: target.absolute });
      if (target && target.pathOnly !== target.relative) add(mistake("no-query", t.noQuery(target.pathOnly, target.relative), links.pathForm), { ...fields, path: target.pathOnly });
      if (fields.token !== undefined && !/^bearer /i.test(fields.token)) {
        add(mistake("bearer-in-token", t.bearerInToken, links.bearerInToken), { ...fields, token: `Bearer ${fields.token}` });
      }
      if (fields.method !== undefined && fields.method !== fields.method.toLowerCase()) {
        add(mistake("lower-case-method", t.lowerCaseMethod(fields.method), links.lowerCaseMethod), { ...fields, method: fields.method.toLowerCase() });
      }
      for (const { mistake, timestamp } of timestampMistakes(fields.timestamp, "X-TIMESTAMP", say)) add(mistake, { ...fields, timestamp });
      add(mistake("hex-output", t.hexOutput("HMAC-SHA512"), links.hexOutput), fields, "hex");
      break;
    }
    case "snap-asymmetric-token":
    case "snap-asymmetric-service": {
      for (const { mistake, timestamp } of timestampMistakes(fields.timestamp, "X-TIMESTAMP", say)) add(mistake, { ...fields, timestamp });
      add(mistake("hex-output", t.hexOutput("RSA"), links.hexOutput), fields, "hex");
      if (fields.recipe === "snap-asymmetric-token") {
        const method = request.method?.toUpperCase();
        const path = target?.relative;
        const minified = sent !== undefined ? minifyBody(sent) : undefined;
        const asService = (text: string) => ({ recipe: "snap-asymmetric-service" as const, method, path, timestamp: fields.timestamp, body: { kind: "known" as const, text, digest: "lower-hex" as const } });
        if (sent !== undefined) {
          add(mistake("asymmetric-service", t.asymmetricService, links.asymmetricForm), asService(minified?.kind === "json" ? minified.minified : sent));
          if (removeAllWhitespace(sent) !== (minified?.kind === "json" ? minified.minified : sent)) {
            add(mistake("asymmetric-service", t.asymmetricServiceWhitespace, links.whitespaceInStrings), asService(removeAllWhitespace(sent)));
          }
        }
      }
      break;
    }
    case "non-snap": {
      add(mistake("missing-prefix", t.missingPrefix, links.missingPrefix), fields, "base64-without-prefix");
      add(mistake("hex-output", t.hexOutput("HMAC-SHA256"), links.hexOutput), fields, "hex");
      if (fields.digest !== "none" && fields.digest.kind === "known" && sent !== undefined) {
        const digestBody = fields.digest;
        for (const { text, how } of otherBodies(sent, digestBody.text, t)) {
          add(mistake("digest-body", t.digestBody(how), links.digestBody), { ...fields, digest: { ...digestBody, text } });
        }
        add(mistake("digest-body", t.digestHex, links.digestBody), { ...fields, digest: { ...digestBody, digest: "lower-hex" } });
      }
      if (fields.digest === "none" && sent !== undefined) {
        add(mistake("digest-line", t.digestLineAdded, links.digestLine), { ...fields, digest: { kind: "known", text: sent, digest: "base64" } });
      } else if (fields.digest !== "none") {
        add(mistake("digest-line", t.digestLineLeftOut, links.digestLine), { ...fields, digest: "none" });
      }
      if (target?.absolute) {
        add(mistake("request-target-host", t.requestTargetHost(target.absolute, target.relative), links.requestTargetHost), { ...fields, target: target.absolute });
      }
      if (target && target.pathOnly !== target.relative) add(mistake("no-query", t.noQuery(target.pathOnly, target.relative), links.pathForm), { ...fields, target: target.pathOnly });
      for (const { mistake, timestamp } of timestampMistakes(fields.timestamp, "Request-Timestamp", say)) add(mistake, { ...fields, timestamp });
      break;
    }
  }
  // A secret read from an environment variable or a file often keeps its line break.
  if (fields.recipe !== "snap-asymmetric-token") list.push({ mistake: secretLineBreak(locale), fields, form: "base64", secret: "line-break" });
  return list;
}

/** The secret read with the line break that ends its line. */
export function secretLineBreak(locale: Locale): Mistake {
  return mistake("secret-line-break", SIGNATURE_TEXT[locale].mistakes.secretLineBreak, pages(locale).secretLineBreak);
}

/** The secret signed with the spaces or line breaks the reader typed around it. */
export function secretAsTyped(locale: Locale): Mistake {
  return mistake("secret-line-break", SIGNATURE_TEXT[locale].mistakes.secretAsTyped, pages(locale).secretLineBreak);
}

/** The right signature in other letter case, alone or on top of another mistake. */
export function letterCase(locale: Locale, also?: Mistake): Mistake {
  const t = SIGNATURE_TEXT[locale].mistakes;
  return mistake("letter-case", also ? { ...t.letterCase, title: t.letterCaseAnd(also.title) } : t.letterCase, pages(locale).letterCase);
}

function timestampMistakes(sent: string | undefined, header: string, { t, links, locale }: Say): { mistake: Mistake; timestamp: string }[] {
  if (sent === undefined) return [];
  return timestampAlternatives(sent, locale).map(({ value, description }) => ({
    timestamp: value,
    mistake: mistake("timestamp", t.timestamp(value, description, header, sent), links.timestampString),
  }));
}

/** SNAP body-hash mistakes: each a body form, or the hash written another way. */
function bodyMistakes(body: BodyInput, sent: string | undefined, { t, links }: Say): { mistake: Mistake; body: BodyInput }[] {
  if (body.kind === "unknown" || sent === undefined) return [];
  const found: { mistake: Mistake; body: BodyInput }[] = [];
  const minified = minifyBody(sent);
  const known = (text: string): BodyInput => ({ kind: "known", text, digest: "lower-hex" });
  if (minified.kind === "json") {
    if (sent !== minified.minified) found.push({ mistake: mistake("body-not-minified", t.bodyNotMinified, links.bodyNotMinified), body: known(sent) });
    for (const form of otherJsonForms(minified.minified, { t, links })) {
      if (form.text !== minified.minified) found.push({ mistake: { ...form.mistake, title: t.bodyHashed(form.mistake.title) }, body: known(form.text) });
    }
  }
  if (body.text === "") {
    found.push({ mistake: mistake("body-hash-form", t.emptyHashLeftEmpty, links.bodyHashForm), body: { ...body, digest: "empty-when-empty" } });
    found.push({ mistake: mistake("body-hash-form", t.emptyBodyAsObject, links.bodyHashForm), body: known("{}") });
  } else {
    found.push({ mistake: mistake("body-hash-form", t.upperHex, links.bodyHashForm), body: { ...body, digest: "upper-hex" } });
    found.push({ mistake: mistake("body-hash-form", t.base64Hash, links.bodyHashForm), body: { ...body, digest: "base64" } });
  }
  return found;
}

/**
 * Other JSON writings of a minified body: Node's minifyString, PHP json_encode without flags, a JSON library's own.
 * Each mistake's title is how the body was written ("with / written \/"), for "The body was hashed …".
 */
function otherJsonForms(minified: string, { t, links }: Pick<Say, "t" | "links">): { text: string; mistake: Mistake }[] {
  const forms: { text: string; mistake: Mistake }[] = [];
  const push = (text: string | undefined, found: Mistake) => {
    if (text !== undefined && !forms.some((form) => form.text === text)) forms.push({ text, mistake: found });
  };
  push(removeAllWhitespace(minified), mistake("whitespace-in-strings", t.whitespaceInStrings, links.whitespaceInStrings));
  push(phpEscaped(minified, { slashes: true, unicode: true }), mistake("php-escapes", t.phpBoth, links.phpEscapes));
  push(phpEscaped(minified, { slashes: true, unicode: false }), mistake("php-escapes", t.phpSlashes, links.phpEscapes));
  push(phpEscaped(minified, { slashes: false, unicode: true }), mistake("php-escapes", t.phpUnicode, links.phpEscapes));
  push(reserialised(minified), mistake("reserialised", t.reserialised, links.bodyNotMinified));
  return forms;
}

/** Bodies a non-SNAP Digest may have been computed over instead of the one sent. */
function otherBodies(sent: string, digested: string, t: SignatureText["mistakes"]): { text: string; how: string }[] {
  const how = t.digestBodies;
  const bodies: { text: string; how: string }[] = [];
  const push = (text: string | undefined, description: string) => {
    if (text !== undefined && text !== digested && !bodies.some((body) => body.text === text)) bodies.push({ text, how: description });
  };
  const minified = minifyBody(sent);
  if (minified.kind === "json") {
    push(minified.minified, how.minified);
    push(reserialised(sent), how.reserialised);
    push(phpEscaped(minified.minified, { slashes: true, unicode: true }), how.php);
  }
  push(`${sent}\n`, how.lineBreak);
  push(removeAllWhitespace(sent), how.noWhitespace);
  push("", how.empty);
  return bodies;
}
