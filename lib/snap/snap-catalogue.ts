// The plain, serialisable slice of the catalogue that SNAP code explanations need (also shipped to the browser).
import type { Entry } from "../content/load";
import type { Note, SnapService } from "../content/schema";
import type { Locale } from "../i18n/locale";
import { serviceGroupName } from "../i18n/snap";
import type { CodeRef, FactNote, SnapCatalogue } from "./explain-code";

/** The standard's message stays as published in both languages; the title is ours, in the language's words. */
function toRef(entry: Entry, locale: Locale): CodeRef {
  return { code: entry.code, url: entry.url, title: locale === "id" ? entry.id_ID.title : entry.title, responseMessage: entry.official.responseMessage };
}

/** A note as the browser needs it: its words and where to check them. */
export function toFactNote(note: Note, locale: Locale = "en"): FactNote {
  return { id: note.id, text: locale === "id" ? note.textId : note.text, sources: note.sources.map(({ title, url }) => ({ title, url })) };
}

/** The notes an explanation of a code's form can add; the rest of the notes travel with the paste-box only. */
const SNAP_FORM_NOTES: readonly Note["id"][] = ["letter-service-codes", "sdk-six-character-code", "caller-made-three-digit-code"];

/** Paths stay unprefixed (e.g. "/snap/401xx00/"): the page adds its language's prefix. */
export function toSnapCatalogue(entries: readonly Entry[], services: readonly SnapService[], notes: readonly Note[], locale: Locale = "en"): SnapCatalogue {
  return {
    cases: entries.filter((entry) => entry.family === "snap-case").map((entry) => toRef(entry, locale)),
    codes: entries.filter((entry) => entry.family === "snap-code").map((entry) => toRef(entry, locale)),
    services: services.map((service) => ({
      code: service.code,
      name: service.name,
      group: serviceGroupName(service.group, locale),
      method: service.method,
      path: service.path,
      usedByDoku: service.doku !== undefined,
    })),
    notes: Object.fromEntries(notes.filter((note) => SNAP_FORM_NOTES.includes(note.id)).map((note) => [note.id, toFactNote(note, locale)])),
    // English explanations carry no locale, so the English catalogue shipped to the browser is as it was.
    ...(locale === "en" ? {} : { locale }),
  };
}
