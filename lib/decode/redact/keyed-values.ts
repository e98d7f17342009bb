// Values of keys that name a secret or personal data, masked whatever they look like (a password looks like anything):
// `"accessToken":"eyJ…"` ⇒ `"accessToken":"[redacted: token]"`, `Authorization: Bearer abc` ⇒ `Authorization: Bearer
// [redacted: authorization]`. The value is replaced where it stands, so the text still parses.
import { AUTH_SCHEME, type KeyAt, type ValueSpan, forEachKey, readValue } from "./keyed-pairs";
import { type KeyContext, secretKindOfKey } from "./key-names";
import { type SecretKind, type SecretSpan, holdsSecret } from "./secret-kinds";

export function keyedValueSpans(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  const kindOf = cachedKindOfKey({ jwk: /["']kty\\*["']/.test(text) });
  forEachKey(text, (key) => {
    const kind = kindOf(key.name, key.query);
    if (!kind) return;
    const span = secretValueSpan(text, kind, readValue(text, key), wrapFor(key));
    if (span) spans.push(span);
  });
  return spans;
}

/** secretKindOfKey, remembered per name: a paste repeats its few key names thousands of times. */
export function cachedKindOfKey(context: KeyContext): (name: string, query: boolean) => SecretKind | undefined {
  const cache = new Map<string, SecretKind | null>();
  return (name, query) => {
    const cacheKey = query ? `?${name}` : name;
    let kind = cache.get(cacheKey);
    if (kind === undefined) {
      kind = secretKindOfKey(name, { ...context, query }) ?? null;
      cache.set(cacheKey, kind);
    }
    return kind ?? undefined;
  };
}

/** A bare JSON number becomes a string, so `"cvv": 123` stays valid JSON: `"cvv": "[redacted: cvv]"`. */
export function wrapFor(key: KeyAt): string {
  return key.form !== "xml" && key.separator === ":" ? key.quote : "";
}

/**
 * What to mask of a value whose key says it holds `kind`: all of it but an auth scheme ("Bearer "), or nothing when it
 * is empty, a literal like null, already redacted, or (for an expiry date) a full date rather than a card's MM/YY.
 */
export function secretValueSpan(text: string, kind: SecretKind, value: ValueSpan, wrap: string): SecretSpan | undefined {
  const content = text.slice(value.start, value.end);
  const scheme = AUTH_SCHEME.exec(content)?.[0] ?? "";
  const secret = content.slice(scheme.length);
  if (!holdsSecret(secret)) return undefined;
  if (kind === "card-expiry" && !CARD_EXPIRY.test(secret)) return undefined;
  return { start: value.start + scheme.length, end: value.end, kind, ...(wrap && !value.quoted ? { wrap } : {}) };
}

/** 12/25, 12/2025, 12-25, 1225, 2512, 2025-12: a card's expiry. A full date or timestamp is a VA's expiry, kept. */
const CARD_EXPIRY = /^\s*(?:\d{1,2}\s*[/-]\s*\d{2}(?:\d{2})?|\d{2}|\d{4}|\d{4}\s*[/-]\s*\d{1,2})\s*$/;
