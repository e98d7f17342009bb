// Masks credentials and personal data in pasted text before it goes into a share link or a triage note. Each value is
// replaced where it stands, e.g. `"accessToken":"eyJ…"` ⇒ `"accessToken":"[redacted: token]"`, so the text still parses
// and still shows where the value was; phone, card, NIK and account numbers keep their last 4 digits for support
// (`[redacted: phone …7890]`). Values are judged by what they look like whatever their key is called: a card number in
// partnerReferenceNo is still a card number. The recognisers, one module each in redact/, report spans of the
// original text; overlapping spans are merged into one removal, and the text is rebuilt; then long random-looking
// strings are looked for in what is left.
// Total (never throws), idempotent (a second pass finds nothing) and linear in the length of the text.
import { keyedValueSpans, secretValueSpan } from "./redact/keyed-values";
import { secretKindOfKey } from "./redact/key-names";
import { nameValueSpans } from "./redact/name-value-exports";
import { personalDataSpans } from "./redact/personal-data";
import { privateKeySpans, publicKeyBodies } from "./redact/private-keys";
import { type SecretKind, type SecretSpan, SECRET_KINDS, SECRET_LABELS, placeholderFor } from "./redact/secret-kinds";
import { randomStringSpans, shapeSpans } from "./redact/shapes";

export { PLACEHOLDER, SECRET_LABELS, type SecretKind } from "./redact/secret-kinds";

export interface RedactionSummary {
  kind: SecretKind;
  label: string;
  count: number;
}

export interface Redaction {
  text: string;
  /** Only kinds that were found, in the order of SECRET_LABELS. */
  removed: RedactionSummary[];
}

export function redactSecrets(text: string): Redaction {
  const input = typeof text === "string" ? text : "";
  return withRandomStrings(applySpans(input, findSecretSpans(input)));
}

/**
 * One value whose key is known, e.g. ("customerNo", "628123456789") ⇒ "[redacted: phone …6789]": masked whole when
 * the key names a secret, else redacted by its shape like any text. For values quoted out of their paste (the triage
 * note, a share link's explanation).
 */
export function redactFieldValue(key: string, value: string): Redaction {
  const input = typeof value === "string" ? value : "";
  const kind = typeof key === "string" ? secretKindOfKey(key) : undefined;
  const whole = kind ? secretValueSpan(input, kind, { start: 0, end: input.length, quoted: true }, "") : undefined;
  return withRandomStrings(applySpans(input, [...(whole ? [whole] : []), ...findSecretSpans(input)]));
}

/** The second step: long random-looking strings left once everything recognisable is replaced (shapes.ts says why). */
function withRandomStrings(first: Redaction): Redaction {
  const spans = randomStringSpans(first.text, publicKeyBodies(first.text));
  if (spans.length === 0) return first;
  const second = applySpans(first.text, spans);
  return { text: second.text, removed: sumRemoved([first.removed, second.removed]) };
}

/** Adds up redactions, e.g. of every value of a triage note, in the order of SECRET_LABELS. */
export function sumRemoved(lists: readonly (readonly RedactionSummary[])[]): RedactionSummary[] {
  const counts = new Map<SecretKind, number>();
  for (const list of lists) for (const { kind, count } of list) counts.set(kind, (counts.get(kind) ?? 0) + count);
  return summaryOf(counts);
}

function findSecretSpans(text: string): SecretSpan[] {
  if (text === "") return [];
  return [
    ...privateKeySpans(text),
    ...keyedValueSpans(text),
    ...nameValueSpans(text),
    ...shapeSpans(text),
    ...personalDataSpans(text),
  ];
}

/** Replaces each span, merging overlaps into one removal of the kind that starts first (the longer one on a tie). */
function applySpans(text: string, spans: SecretSpan[]): Redaction {
  const sorted = spans.filter((span) => span.end > span.start).sort((a, b) => a.start - b.start || b.end - a.end);
  const counts = new Map<SecretKind, number>();
  const pieces: string[] = [];
  let copiedUpTo = 0;
  for (let index = 0; index < sorted.length; ) {
    const first = sorted[index];
    if (!first) break;
    let end = first.end;
    index += 1;
    while (index < sorted.length && (sorted[index]?.start ?? Infinity) < end) {
      end = Math.max(end, sorted[index]?.end ?? end);
      index += 1;
    }
    const start = first.start;
    const wrap = end === first.end ? (first.wrap ?? "") : "";
    pieces.push(text.slice(copiedUpTo, start), wrap + placeholderFor(first.kind, text.slice(start, end)) + wrap);
    counts.set(first.kind, (counts.get(first.kind) ?? 0) + 1);
    copiedUpTo = end;
  }
  pieces.push(text.slice(copiedUpTo));
  return { text: pieces.join(""), removed: summaryOf(counts) };
}

function summaryOf(counts: ReadonlyMap<SecretKind, number>): RedactionSummary[] {
  return SECRET_KINDS.filter((kind) => (counts.get(kind) ?? 0) > 0).map((kind) => ({ kind, label: SECRET_LABELS[kind], count: counts.get(kind) ?? 0 }));
}
