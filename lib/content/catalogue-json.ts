// The public JSON form of the catalogue. Bump CATALOGUE_SCHEMA_VERSION when a field is renamed or removed.
import { localePath } from "../i18n/locale";
import type { Entry } from "./load";
import { type SnapService, outcomeOf } from "./schema";
import { serviceAnchor } from "../snap/explain-code";

// 2: httpStatus is absent for families without one (card, Biller, legacy V1, status values, non-SNAP); every
// entry carries `outcome` (success, pending or error).
// 3: `id_ID` (our Indonesian words for the entry) no longer carries the MDX body and file name; it has the
// Indonesian page's `url` (the body is in that page's JSON twin, by section).
export const CATALOGUE_SCHEMA_VERSION = 3;

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
  // The Indonesian words come without their body (the /id/ page's JSON twin has it, by section).
  const { body: _body, file: _file, url, id_ID: { body: _twinBody, file: _twinFile, ...translation }, ...frontmatter } = entry;
  return { ...frontmatter, id_ID: { ...translation, url: toAbsoluteUrl(localePath("id", url)) }, outcome: outcomeOf(frontmatter), url: toAbsoluteUrl(url) };
}
