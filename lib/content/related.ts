// Which entries a page links to: the ones its frontmatter names, plus a business code and its HTTP status both ways.
import type { Entry } from "./load";

export function relatedEntries(entry: Entry, all: readonly Entry[]): Entry[] {
  const byId = new Map(all.map((other) => [other.id, other]));
  const ids = new Set(entry.related);
  for (const other of all) {
    if (other.id === entry.id || other.httpStatus !== entry.httpStatus) continue;
    const pairsStatusAndCode =
      (entry.family === "http" && other.family === "business") || (entry.family === "business" && other.family === "http");
    if (pairsStatusAndCode) ids.add(other.id);
  }
  // A link written in another entry's frontmatter counts both ways.
  for (const other of all) if (other.related.includes(entry.id)) ids.add(other.id);
  return [...ids].map((id) => byId.get(id)).filter((found): found is Entry => found !== undefined);
}
