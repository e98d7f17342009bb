// The public JSON form of the catalogue. Bump CATALOGUE_SCHEMA_VERSION when a field is renamed or removed.
import type { Entry } from "./load";
import type { SnapService } from "./schema";
import { serviceAnchor } from "../snap/snap-catalogue";

export const CATALOGUE_SCHEMA_VERSION = 1;

export function toCatalogueJson(entries: readonly Entry[], services: readonly SnapService[], toAbsoluteUrl: (path: string) => string) {
  return {
    schemaVersion: CATALOGUE_SCHEMA_VERSION,
    count: entries.length,
    snapServices: services.map((service) => ({ ...service, url: toAbsoluteUrl(`/snap/services/#${serviceAnchor(service.code)}`) })),
    entries: entries.map(({ body: _body, file: _file, url, ...frontmatter }) => ({
      ...frontmatter,
      url: toAbsoluteUrl(url),
    })),
  };
}
