// The known mistakes, each as the one change it makes to the correct recipe (reference §5.5 and issue 14's list):
// the body, path, token, method, timestamp or encoding a signer got wrong. The search in verify.ts tries them one by
// one and names the one that reproduces the signature that was sent.
import { minifyBody, phpEscaped, removeAllWhitespace, reserialised } from "./body";
import type { BodyInput, SigningFields } from "./canonical";
import { type HttpRequest, targetParts } from "./http-request";
import { PAGES, type PageLink } from "./links";
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

/** The correct recipe first, then every known mistake that changes something for this request. */
export function candidatesFor(fields: SigningFields, request: HttpRequest): Candidate[] {
  const list: Candidate[] = [{ fields, form: "base64" }];
  const add = (mistake: Mistake, changed: SigningFields, form: SignatureForm = "base64") => list.push({ mistake, fields: changed, form });
  const sent = request.body.kind === "known" ? request.body.text : undefined;
  const target = request.target !== undefined ? targetParts(request.target, request.host) : undefined;

  switch (fields.recipe) {
    case "snap-symmetric": {
      for (const { mistake, body } of bodyMistakes(fields.body, sent)) add(mistake, { ...fields, body });
      if (target?.absolute) add(pathMistake("full-url", target.absolute, target.relative), { ...fields, path: target.absolute });
      if (target && target.pathOnly !== target.relative) add(pathMistake("no-query", target.pathOnly, target.relative), { ...fields, path: target.pathOnly });
      if (fields.token !== undefined && !/^bearer /i.test(fields.token)) {
        add(
          {
            id: "bearer-in-token",
            title: 'The token was signed with "Bearer " in front of it',
            detail: 'The string to sign takes the access token alone; "Bearer " belongs only in the Authorization header.',
            link: PAGES.bearerInToken,
          },
          { ...fields, token: `Bearer ${fields.token}` },
        );
      }
      if (fields.method !== undefined && fields.method !== fields.method.toLowerCase()) {
        add(
          {
            id: "lower-case-method",
            title: `The method was signed in lower case (${fields.method.toLowerCase()})`,
            detail: `The request is sent as ${fields.method}, and the string to sign must use the same upper-case method. Some HTTP libraries keep the method in lower case in their configuration (axios: method: "post").`,
            link: PAGES.lowerCaseMethod,
          },
          { ...fields, method: fields.method.toLowerCase() },
        );
      }
      for (const { mistake, timestamp } of timestampMistakes(fields.timestamp, "X-TIMESTAMP")) add(mistake, { ...fields, timestamp });
      add(hexMistake("HMAC-SHA512"), fields, "hex");
      break;
    }
    case "snap-asymmetric-token":
    case "snap-asymmetric-service": {
      for (const { mistake, timestamp } of timestampMistakes(fields.timestamp, "X-TIMESTAMP")) add(mistake, { ...fields, timestamp });
      add(hexMistake("RSA"), fields, "hex");
      if (fields.recipe === "snap-asymmetric-token") {
        const method = request.method?.toUpperCase();
        const path = target?.relative;
        const minified = sent !== undefined ? minifyBody(sent) : undefined;
        const asService = (text: string) => ({ recipe: "snap-asymmetric-service" as const, method, path, timestamp: fields.timestamp, body: { kind: "known" as const, text, digest: "lower-hex" as const } });
        if (sent !== undefined) {
          add(
            {
              id: "asymmetric-service",
              title: "The signature covers the transaction formula, not X-CLIENT-KEY|X-TIMESTAMP",
              detail: "It was made over METHOD:path:body hash:X-TIMESTAMP, ASPI's asymmetric signature for service calls (DOKU's Node SDK makes it in generateSignatureV2). The B2B token call signs X-CLIENT-KEY|X-TIMESTAMP.",
              link: PAGES.asymmetricForm,
            },
            asService(minified?.kind === "json" ? minified.minified : sent),
          );
          if (removeAllWhitespace(sent) !== (minified?.kind === "json" ? minified.minified : sent)) {
            add(
              {
                id: "asymmetric-service",
                title: "The signature covers the transaction formula, with every whitespace character removed from the body",
                detail: "It was made over METHOD:path:body hash:X-TIMESTAMP with a body whose spaces were all removed, inside strings too: DOKU's Node SDK does this (minifyString in generateSignatureV2). The B2B token call signs X-CLIENT-KEY|X-TIMESTAMP.",
                link: PAGES.whitespaceInStrings,
              },
              asService(removeAllWhitespace(sent)),
            );
          }
        }
      }
      break;
    }
    case "non-snap": {
      add(
        {
          id: "missing-prefix",
          title: "The Signature header lacks the HMACSHA256= prefix",
          detail: 'The Base64 is right, but the header must read "HMACSHA256=" followed by it.',
          link: PAGES.missingPrefix,
        },
        fields,
        "base64-without-prefix",
      );
      add(hexMistake("HMAC-SHA256"), fields, "hex");
      if (fields.digest !== "none" && fields.digest.kind === "known" && sent !== undefined) {
        const digestBody = fields.digest;
        for (const { text, how } of otherBodies(sent, digestBody.text)) {
          add(
            { id: "digest-body", title: `The Digest was computed over another body: ${how}`, detail: "Digest is the Base64 SHA-256 of the exact bytes sent: serialise the body once, hash that string and send that string.", link: PAGES.digestBody },
            { ...fields, digest: { ...digestBody, text } },
          );
        }
        add(
          { id: "digest-body", title: "The Digest is written in hex, not Base64", detail: "DOKU's recipe writes Digest as the Base64 of the SHA-256.", link: PAGES.digestBody },
          { ...fields, digest: { ...digestBody, digest: "lower-hex" } },
        );
      }
      if (fields.digest === "none" && sent !== undefined) {
        add(
          { id: "digest-line", title: "The component has a Digest line that this request does not call for", detail: "A GET request has no body, and DOKU's WooCommerce plugin signs its check-status GET without the Digest line.", link: PAGES.digestLine },
          { ...fields, digest: { kind: "known", text: sent, digest: "base64" } },
        );
      } else if (fields.digest !== "none") {
        add(
          { id: "digest-line", title: "The component was signed without its Digest line", detail: "A request with a body signs the Digest line (Base64 SHA-256 of the body) after Request-Target.", link: PAGES.digestLine },
          { ...fields, digest: "none" },
        );
      }
      if (target?.absolute) {
        add(
          {
            id: "request-target-host",
            title: `Request-Target was signed with the host: ${target.absolute}`,
            detail: `Request-Target is the path alone, ${target.relative}, not the full URL.`,
            link: PAGES.requestTargetHost,
          },
          { ...fields, target: target.absolute },
        );
      }
      if (target && target.pathOnly !== target.relative) add(pathMistake("no-query", target.pathOnly, target.relative), { ...fields, target: target.pathOnly });
      for (const { mistake, timestamp } of timestampMistakes(fields.timestamp, "Request-Timestamp")) add(mistake, { ...fields, timestamp });
      break;
    }
  }
  // A secret read from an environment variable or a file often keeps its line break.
  if (fields.recipe !== "snap-asymmetric-token") list.push({ mistake: SECRET_LINE_BREAK, fields, form: "base64", secret: "line-break" });
  return list;
}

export const SECRET_LINE_BREAK: Mistake = {
  id: "secret-line-break",
  title: "The signature was made with the secret plus a line break at its end",
  detail: "Your code reads the secret with the line break that ends its line in a .env file, a file or a terminal prompt. Trim the secret where you read it.",
  link: PAGES.secretLineBreak,
};

export const SECRET_AS_TYPED: Mistake = {
  id: "secret-line-break",
  title: "The signature was made with the secret including the spaces or line breaks around it, as you typed it here",
  detail: "The page tries the secret trimmed first. It matches with the spaces or line breaks around it, so your code signs with them too: trim the secret where you read it.",
  link: PAGES.secretLineBreak,
};

export const LETTER_CASE: Mistake = {
  id: "letter-case",
  title: "The signature differs from the right one only in letter case",
  detail:
    "DOKU's Node and Java SDK verifiers compare signatures ignoring case, so they accept it, but Base64 is case-sensitive and a strict verifier refuses it. Send the signature exactly as computed, without changing its case.",
  link: PAGES.letterCase,
};

function hexMistake(what: string): Mistake {
  return {
    id: "hex-output",
    title: "The signature is written in hex instead of Base64",
    detail: `The ${what} is right, but it is written as hex digits; the standard writes it in Base64.`,
    link: PAGES.hexOutput,
  };
}

function pathMistake(id: "full-url" | "no-query", signed: string, relative: string): Mistake {
  return id === "full-url"
    ? { id, title: `The path was signed as the full URL: ${signed}`, detail: `The string to sign takes the relative path with its query, ${relative}: no scheme, no host.`, link: PAGES.pathForm }
    : { id, title: `The path was signed without its query string: ${signed}`, detail: `The string to sign takes the path with all its URL parameters, ${relative}.`, link: PAGES.pathForm };
}

function timestampMistakes(sent: string | undefined, header: string): { mistake: Mistake; timestamp: string }[] {
  if (sent === undefined) return [];
  return timestampAlternatives(sent).map(({ value, description }) => ({
    timestamp: value,
    mistake: {
      id: "timestamp",
      title: `The signature was made over another timestamp string: ${value}`,
      detail: `That is ${description}, but the request sends ${header}: ${sent}. Sign exactly the string you send, and read the clock once.`,
      link: PAGES.timestampString,
    },
  }));
}

/** SNAP body-hash mistakes: each a body form, or the hash written another way. */
function bodyMistakes(body: BodyInput, sent: string | undefined): { mistake: Mistake; body: BodyInput }[] {
  if (body.kind === "unknown" || sent === undefined) return [];
  const found: { mistake: Mistake; body: BodyInput }[] = [];
  const minified = minifyBody(sent);
  const known = (text: string): BodyInput => ({ kind: "known", text, digest: "lower-hex" });
  if (minified.kind === "json") {
    if (sent !== minified.minified) {
      found.push({
        mistake: { id: "body-not-minified", title: "The body was hashed as sent, not minified", detail: "SNAP hashes the minified body: no spaces or line breaks between the JSON tokens. Hash the minified form (and ideally send that same minified form).", link: PAGES.bodyNotMinified },
        body: known(sent),
      });
    }
    for (const { text, how, mistake } of otherJsonForms(minified.minified)) if (text !== minified.minified) found.push({ mistake: { ...mistake, title: `The body was hashed ${how}` }, body: known(text) });
  }
  if (body.text === "") {
    found.push({
      mistake: { id: "body-hash-form", title: "The body hash of an empty body was left empty", detail: "For a request without a body the standard hashes the empty string: e3b0c442… (lower-case hex SHA-256 of nothing).", link: PAGES.bodyHashForm },
      body: { ...body, digest: "empty-when-empty" },
    });
    found.push({
      mistake: { id: "body-hash-form", title: "An empty body was hashed as {}", detail: 'The request sends no body, but the signer hashed an empty object "{}". Hash the body you send: the empty string.', link: PAGES.bodyHashForm },
      body: known("{}"),
    });
  } else {
    found.push({
      mistake: { id: "body-hash-form", title: "The body hash is written in upper-case hex", detail: "SNAP writes the SHA-256 of the body in lower-case hex (Java's printHexBinary, for one, writes upper case).", link: PAGES.bodyHashForm },
      body: { ...body, digest: "upper-hex" },
    });
    found.push({
      mistake: { id: "body-hash-form", title: "The body hash is written in Base64, not hex", detail: "SNAP writes the SHA-256 of the body in lower-case hex.", link: PAGES.bodyHashForm },
      body: { ...body, digest: "base64" },
    });
  }
  return found;
}

/** Other JSON writings of a minified body: Node's minifyString, PHP json_encode without flags, a JSON library's own. */
function otherJsonForms(minified: string): { text: string; how: string; mistake: Mistake }[] {
  const forms: { text: string; how: string; mistake: Mistake }[] = [];
  const push = (text: string | undefined, how: string, mistake: Omit<Mistake, "title">) => {
    if (text !== undefined && !forms.some((form) => form.text === text)) forms.push({ text, how, mistake: { ...mistake, title: how } });
  };
  push(removeAllWhitespace(minified), "with every whitespace character removed, inside string values too", {
    id: "whitespace-in-strings",
    detail: 'DOKU\'s Node SDK has a minifyString() that removes all whitespace (.replace(/\\s+/g, "")), so "Budi Santoso" becomes "BudiSantoso" in what is hashed. SNAP minifying removes only the whitespace between JSON tokens.',
    link: PAGES.whitespaceInStrings,
  });
  const php = { id: "php-escapes" as const, link: PAGES.phpEscapes };
  push(phpEscaped(minified, { slashes: true, unicode: true }), "with / written \\/ and non-ASCII characters as \\uXXXX", {
    ...php,
    detail: "PHP's json_encode writes them so without JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE, the flags DOKU's PHP SDK passes. Pass both flags, or hash the exact string you send.",
  });
  push(phpEscaped(minified, { slashes: true, unicode: false }), "with / written \\/", {
    ...php,
    detail: "PHP's json_encode writes / as \\/ without JSON_UNESCAPED_SLASHES, the flag DOKU's PHP SDK passes. Pass it, or hash the exact string you send.",
  });
  push(phpEscaped(minified, { slashes: false, unicode: true }), "with non-ASCII characters as \\uXXXX", {
    ...php,
    detail: "PHP's json_encode writes non-ASCII characters as \\uXXXX without JSON_UNESCAPED_UNICODE, the flag DOKU's PHP SDK passes. Pass it, or hash the exact string you send.",
  });
  push(reserialised(minified), "as a JSON library re-writes it (escapes decoded, numbers normalised)", {
    id: "reserialised",
    detail: "The signer parsed the body and wrote it again (JSON.stringify, json_encode, Jackson) before hashing, which changes escapes such as \\u00e9 or \\/ and numbers such as 10.50; what was sent was written another way. Hash the exact string you send.",
    link: PAGES.bodyNotMinified,
  });
  return forms;
}

/** Bodies a non-SNAP Digest may have been computed over instead of the one sent. */
function otherBodies(sent: string, digested: string): { text: string; how: string }[] {
  const bodies: { text: string; how: string }[] = [];
  const push = (text: string | undefined, how: string) => {
    if (text !== undefined && text !== digested && !bodies.some((body) => body.text === text)) bodies.push({ text, how });
  };
  const minified = minifyBody(sent);
  if (minified.kind === "json") {
    push(minified.minified, "the minified body, while the body sent has spaces or line breaks");
    push(reserialised(sent), "the body as a JSON library re-writes it");
    push(phpEscaped(minified.minified, { slashes: true, unicode: true }), "the body with / written \\/ and non-ASCII as \\uXXXX (PHP json_encode)");
  }
  push(`${sent}\n`, "the body with a line break at its end");
  push(removeAllWhitespace(sent), "the body with every whitespace character removed");
  push("", "an empty body");
  return bodies;
}
