// Text that stays text in Markdown: what a triage note quotes from a paste must not become a link, an image, a heading,
// a list, a table or HTML in the ticket it is pasted into, and must not reorder what is around it on screen.
// Pasted values go in code spans (inert in every Markdown dialect, autolinks included); our own words are escaped.

/** Bidirectional controls (LRE…RLO, LRI…PDI, LRM, RLM, ALM): they can make a line read differently from what it holds. */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;
/** Other control characters, and line and paragraph separators: a value stays on its line. */
const LINE_BREAKS_AND_CONTROLS = /[\u0000-\u0008\u000A-\u001F\u007F-\u009F\u2028\u2029]+/g;

/** One line of plain text: no bidirectional controls, no line breaks, no other control characters. */
export function inlineText(text: string): string {
  return text.replace(BIDI_CONTROLS, "").replace(LINE_BREAKS_AND_CONTROLS, " ");
}

/**
 * A code span sized to its content: fenced with one backtick more than the longest run inside, padded with a space when
 * the content starts or ends with a backtick (or with a space at both ends, which CommonMark would strip), e.g.
 * "a`b" ⇒ "``a`b``", "`x`" ⇒ "`` `x` ``". Empty text becomes "(empty)".
 */
export function codeSpan(value: string): string {
  const text = inlineText(value);
  if (text.trim() === "") return text === "" ? "(empty)" : `\`${text}\``;
  let longest = 0;
  for (const run of text.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const fence = "`".repeat(longest + 1);
  const pad = text.startsWith("`") || text.endsWith("`") || (text.startsWith(" ") && text.endsWith(" ")) ? " " : "";
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** Characters that can start markup in the middle of a line: emphasis, links, images, HTML, entities, tables, code. */
const MARKUP_CHARACTERS = /[\\`*_[\]<>!&~|]/g;

/** Our own words (catalogue text, warnings), as plain text on one line: every markup character escaped. */
export function markdownText(text: string): string {
  return inlineText(text).replace(MARKUP_CHARACTERS, (char) => `\\${char}`);
}

/** A pasted value in a GFM table cell: a code span whose "|" are escaped, so it cannot split the row. */
export function tableCodeSpan(value: string): string {
  return codeSpan(value).replace(/\|/g, "\\|");
}

/** Our own words in a GFM table cell. */
export function tableText(text: string): string {
  return markdownText(text);
}
