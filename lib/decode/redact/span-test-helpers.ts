// For the recognisers' tests: what each span covers, as [text, kind], in order.
import type { SecretSpan } from "./secret-kinds";

export function covered(text: string, spans: SecretSpan[]): [string, string][] {
  return [...spans].sort((a, b) => a.start - b.start).map((span) => [text.slice(span.start, span.end), span.kind]);
}
