// The public JSON form of the catalogue. Bump CATALOGUE_SCHEMA_VERSION when a field is renamed or removed.
import type { Entry } from "./load";

export const CATALOGUE_SCHEMA_VERSION = 1;

export function toCatalogueJson(entries: readonly Entry[], toAbsoluteUrl: (path: string) => string) {
  return {
    schemaVersion: CATALOGUE_SCHEMA_VERSION,
    count: entries.length,
    entries: entries.map(({ body: _body, file: _file, url, ...frontmatter }) => ({
      ...frontmatter,
      url: toAbsoluteUrl(url),
    })),
  };
}
