// Pasted text placed into Markdown (a triage note, a table for a ticket) must stay text: it goes into a code span,
// which no Markdown renderer turns into a link, image, heading, emphasis or HTML. A stranger's share link restores
// someone else's paste, so this holds for any input.

/** Bidirectional controls reorder what a reader sees (U+202E can make "exe.txt" read "txt.exe"); other C0/C1 controls. */
const UNSAFE_CHARACTERS = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

/**
 * A pasted value as a Markdown code span, e.g. `[x](javascript:alert(1))` ⇒ "`[x](javascript:alert(1))`". The fence is
 * longer than any backtick run inside; line breaks become spaces; `inTable` escapes "|" so a cell cannot split a row.
 */
export function inertMarkdown(text: string, { inTable = false }: { inTable?: boolean } = {}): string {
  let value = String(text).replace(UNSAFE_CHARACTERS, "").replace(/\r\n?|\n/g, " ");
  if (value.trim() === "") return "";
  if (inTable) value = value.replace(/\|/g, "\\|");
  const longestRun = Math.max(0, ...(value.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longestRun + 1);
  // A span that starts or ends with a backtick or a space needs a space of padding on both sides (CommonMark strips one).
  const padded = /^[` ]|[` ]$/.test(value) ? ` ${value} ` : value;
  return `${fence}${padded}${fence}`;
}
