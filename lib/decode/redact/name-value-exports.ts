// Secrets in name/value lists, where the key is "value" and the name is a sibling member: Postman exports
// `{"key":"clientSecret","value":"…"}`, HAR `{"name":"X-SIGNATURE","value":"…"}`, Kubernetes and Compose environments
// `- name: DOKU_CLIENT_SECRET\n  value: …`. The name decides the kind, as it would as a key; the order of the two
// members does not matter. Two members are siblings when nothing between them opens or closes an object or starts a
// new YAML list item: each stretch between members is looked at once, so the scan stays linear.
import { type ValueSpan, forEachKey, readValue } from "./keyed-pairs";
import { cachedKindOfKey, secretValueSpan, wrapFor } from "./keyed-values";
import type { SecretSpan } from "./secret-kinds";

const NAME_MEMBERS = new Set(["name", "key"]);
const VALUE_MEMBER = "value";

interface Entry {
  /** The name member's value, e.g. "clientSecret". */
  name?: string;
  value?: { span: ValueSpan; wrap: string };
  done: boolean;
}

/** A cheap test first: most pastes have no name or key member at all. */
const HAS_NAME_MEMBER = /(?:name|key)\\*["']?[ \t]*[:=]/i;

export function nameValueSpans(text: string): SecretSpan[] {
  if (!HAS_NAME_MEMBER.test(text)) return [];
  const spans: SecretSpan[] = [];
  const kindOf = cachedKindOfKey({});
  let entry: Entry = { done: false };
  let lastMemberEnd = 0;
  forEachKey(text, (key) => {
    const member = key.name.toLowerCase();
    const isName = NAME_MEMBERS.has(member);
    if (!isName && member !== VALUE_MEMBER) return;
    if (key.start < lastMemberEnd) return;
    if (startsNewEntry(text, lastMemberEnd, key.start)) entry = { done: false };
    const span = readValue(text, key);
    lastMemberEnd = Math.max(span.end, key.valueFrom);
    if (isName) entry.name = text.slice(span.start, span.end).trim();
    else entry.value = { span, wrap: wrapFor(key) };
    if (entry.done || entry.name === undefined || entry.value === undefined) return;
    entry.done = true;
    // A name/value list names parameters too (HAR's queryString): "key" there is an API key, as in `?key=`.
    const kind = kindOf(entry.name, true);
    const found = kind && secretValueSpan(text, kind, entry.value.span, entry.value.wrap);
    if (found) spans.push(found);
  });
  return spans;
}

/** Between two members: "{" or "}" (JSON, Python), or a line starting "- " (YAML). */
function startsNewEntry(text: string, from: number, to: number): boolean {
  for (let at = from; at < to; at += 1) {
    const code = text.charCodeAt(at);
    if (code === 123 || code === 125) return true;
    if (code === 10) {
      let next = at + 1;
      while (next < to && (text[next] === " " || text[next] === "\t")) next += 1;
      if (text[next] === "-" && text[next + 1] === " ") return true;
    }
  }
  return false;
}
