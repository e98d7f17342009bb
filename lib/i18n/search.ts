// The words search records carry in each language that are not content: the labels of the services' and guides'
// families, and what a service's one line says. Indonesian is ours. Used at build time by lib/search/records.ts.
import type { Locale } from "./locale";

export interface SearchRecordWords {
  serviceFamily: string;
  guideFamily: string;
  /** Appended to a service's one line when DOKU's own traffic uses it. */
  usedByDoku: string;
  /** The body sections a record searches, in the language's own headings: causes first, else the meaning. */
  sections: readonly [causes: string, meaning: string];
}

export const SEARCH_RECORD_WORDS: Record<Locale, SearchRecordWords> = {
  en: {
    serviceFamily: "SNAP service codes",
    guideFamily: "Guides",
    usedByDoku: "Used by DOKU.",
    sections: ["Common causes", "What it means"],
  },
  id: {
    serviceFamily: "Kode layanan SNAP",
    guideFamily: "Panduan",
    usedByDoku: "Dipakai DOKU.",
    sections: ["Penyebab umum", "Apa artinya"],
  },
};
