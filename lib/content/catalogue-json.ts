// The public JSON form of the catalogue. Bump CATALOGUE_SCHEMA_VERSION when a field is renamed or removed.
import type { Entry } from "./load";
import { type SnapService, outcomeOf } from "./schema";
import { serviceAnchor } from "../snap/snap-catalogue";

// 2: httpStatus is absent for families without one (card, Biller, legacy V1, status values, non-SNAP); every
// entry carries `outcome` (success, pending or error).
export const CATALOGUE_SCHEMA_VERSION = 2;

export function toCatalogueJson(entries: readonly Entry[], services: readonly SnapService[], toAbsoluteUrl: (path: string) => string) {
  return {
    schemaVersion: CATALOGUE_SCHEMA_VERSION,
    count: entries.length,
    snapServices: services.map((service) => ({ ...service, url: toAbsoluteUrl(`/snap/services/#${serviceAnchor(service.code)}`) })),
    entries: entries.map((entry) => toCatalogueEntry(entry, toAbsoluteUrl)),
  };
}

/** One entry as /errors.json (and each page's JSON twin) has it: its frontmatter, its outcome and its full URL. */
export function toCatalogueEntry(entry: Entry, toAbsoluteUrl: (path: string) => string) {
  const { body: _body, file: _file, url, ...frontmatter } = entry;
  return { ...frontmatter, outcome: outcomeOf(frontmatter), url: toAbsoluteUrl(url) };
}
