// Guesses which code a mistyped or old address meant, e.g. "/errors/INVALID_PARAMETER" or "/429" ⇒ that code's page.
import { slugForCode } from "./slug";

interface Suggestible {
  code: string;
  slug: string;
}

export function suggestEntryForPath<T extends Suggestible>(pathname: string, entries: readonly T[]): T | undefined {
  const segments = safeDecode(pathname)
    .split("/")
    .map((segment) => segment.trim())
    .filter(Boolean);
  // Look at the last segment first: "/errors/invalid_parameter/" ⇒ "invalid-parameter".
  for (const segment of segments.reverse()) {
    const slug = slugForCode(segment.replace(/\.html?$/i, ""));
    const match = entries.find((entry) => entry.slug === slug);
    if (match) return match;
  }
  return undefined;
}

function safeDecode(pathname: string): string {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return pathname;
  }
}
