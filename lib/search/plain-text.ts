// Markdown to the plain words a search index needs: no markup, no code fences, links reduced to their text.

export function plainText(markdown: string): string {
  return markdown
    .replace(/```[\s\S]*?```/g, " ")
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/<[^>]+>/g, " ")
    .replace(/^\s*(?:#+|>|[-*+]|\d+\.)\s+/gm, "")
    // Emphasis and code marks go without a trace ("`X-TIMESTAMP`," ⇒ "X-TIMESTAMP,"); table bars become spaces.
    // Underscores stay: they are part of codes such as INVALID_TOKEN.
    .replace(/[*`]+/g, "")
    .replace(/\|+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
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
