// The plain, serialisable slice of the catalogue that SNAP code explanations need (also shipped to the browser).
import type { Entry } from "../content/load";
import type { SnapService } from "../content/schema";
import type { CodeRef, SnapCatalogue } from "./explain-code";

function toRef(entry: Entry): CodeRef {
  return { code: entry.code, url: entry.url, title: entry.title, responseMessage: entry.official.responseMessage };
}

export function toSnapCatalogue(entries: readonly Entry[], services: readonly SnapService[]): SnapCatalogue {
  return {
    cases: entries.filter((entry) => entry.family === "snap-case").map(toRef),
    codes: entries.filter((entry) => entry.family === "snap-code").map(toRef),
    services: services.map((service) => ({
      code: service.code,
      name: service.name,
      group: service.group,
      method: service.method,
      path: service.path,
      usedByDoku: service.doku !== undefined,
    })),
  };
}

/** Anchor of a service on the services index, e.g. "service-24". */
export function serviceAnchor(code: string): string {
  return `service-${code.toLowerCase()}`;
}
