// The preview of "Include the paste": exactly the text that goes into the link, where every removal is marked and the
// reader can remove more by selecting it. A reader's removal reads `[redacted: by-sender]`, and always swallows whole
// any placeholder it touches, so what is left is the same kind of text the redactor writes.
import { PLACEHOLDER } from "./redact";

export const REMOVED_BY_SENDER = "[redacted: by-sender]";

export interface TextRange {
  start: number;
  end: number;
}

/** Where the removals are in a preview: every placeholder, the redactor's and the reader's. */
export function placeholderRanges(text: string): TextRange[] {
  return [...text.matchAll(PLACEHOLDER)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
}

/** How many removals the reader made. */
export function countRemovedBySender(text: string): number {
  return text.split(REMOVED_BY_SENDER).length - 1;
}

/**
 * The text with [start, end) replaced by REMOVED_BY_SENDER, and where the caret goes after it; undefined when nothing
 * is selected or only placeholders are. The selection grows to cover any placeholder it cuts into.
 */
export function removeSelection(text: string, start: number, end: number): { text: string; caret: number } | undefined {
  let from = Math.max(0, Math.min(start, end, text.length));
  let to = Math.min(text.length, Math.max(start, end, 0));
  if (to <= from) return undefined;
  for (const range of placeholderRanges(text)) {
    if (range.start < to && range.end > from) {
      from = Math.min(from, range.start);
      to = Math.max(to, range.end);
    }
  }
  const removed = text.slice(from, to);
  if (removed.replace(PLACEHOLDER, "") === "") return undefined;
  return { text: text.slice(0, from) + REMOVED_BY_SENDER + text.slice(to), caret: from + REMOVED_BY_SENDER.length };
}
