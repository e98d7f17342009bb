// Markdown to the plain words a search index and the paste-box need: no markup, no code fences, links reduced to
// their text. Inline code keeps every character: `client_ID|X-TIMESTAMP` is the exact string a reader is debugging.

/** Private-use characters stand in for a code span while the Markdown rules run, so no rule can touch its content. */
const HOLD_START = "\uE000";
const HOLD_END = "\uE001";
const HELD = new RegExp(`${HOLD_START}(\\d+)${HOLD_END}`, "g");

export function plainText(markdown: string): string {
  const spans: string[] = [];
  const held = markdown
    .replace(/```[\s\S]*?```/g, " ")
    .replace(/(?<!`)(`+)([\s\S]*?[^`])\1(?!`)/g, (_, _ticks: string, content: string) => {
      spans.push(codeSpanContent(content));
      return `${HOLD_START}${spans.length - 1}${HOLD_END}`;
    });
  return held
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/<[^>]+>/g, " ")
    .replace(/^\s*(?:#+|>|[-*+]|\d+\.)\s+/gm, "")
    // Emphasis marks and stray backticks go without a trace; table bars become spaces. Underscores stay: they are
    // part of codes such as INVALID_TOKEN.
    .replace(/[*`]+/g, "")
    .replace(/\|+/g, " ")
    .replace(/\s+/g, " ")
    .replace(HELD, (_, index: string) => spans[Number(index)] ?? "")
    .trim();
}

/** CommonMark: line breaks in a code span are spaces, and one space is stripped from each side when both have one. */
function codeSpanContent(content: string): string {
  const flat = content.replace(/\r?\n/g, " ");
  return /^ .*[^ ].* $/.test(flat) ? flat.slice(1, -1) : flat;
}

/** The Markdown under one "## Heading" of a body, up to the next "## " heading; "" when there is no such heading. */
export function sectionMarkdown(markdown: string, heading: string): string {
  const lines = markdown.split("\n");
  const start = lines.findIndex((line) => line.trim() === `## ${heading}`);
  if (start === -1) return "";
  const end = lines.findIndex((line, index) => index > start && line.startsWith("## "));
  return lines.slice(start + 1, end === -1 ? undefined : end).join("\n");
}

/** The same section as plain words. */
export function sectionText(markdown: string, heading: string): string {
  return plainText(sectionMarkdown(markdown, heading));
}

/**
 * Codes a text mentions (e.g. "5504", "4012400", "404XX18", "INVALID_TOKEN"), so searching one finds the guide that
 * mentions it and the paste-box can point a code without a page to it.
 */
export function mentionedCodes(markdown: string): string[] {
  return [...new Set(markdown.match(/\b(?:\d{4,7}|\d{3}XX\d\d|[A-Z][A-Z0-9]*_[A-Z0-9_]+)\b/g) ?? [])];
}
