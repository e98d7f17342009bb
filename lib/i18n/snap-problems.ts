// What lib/snap/parse-code.ts says is wrong with a malformed code, in each language: a module of its own, so the site
// island (the 404 hint parses the address) loads these few words, not every SNAP page's. Indonesian is ours.
import type { Locale } from "./locale";

export interface SnapProblems {
  empty: string;
  /** {code}: the code as normalised. */
  characters: string;
  /** {count}: how many characters it has. */
  length: (count: number) => string;
  /** {http}: its first three characters. */
  httpStatus: string;
  /** {kase}: its last two characters. */
  caseDigits: string;
}

export const SNAP_PROBLEMS: Record<Locale, SnapProblems> = {
  en: {
    empty: "No code was given.",
    characters: "\"{code}\" has characters a SNAP code never has: a SNAP code is 7 letters or digits, e.g. 4012400.",
    length: (count) => `${count} character${count === 1 ? "" : "s"}: a SNAP code has 7 (HTTP status 3 + service code 2 + case code 2).`,
    httpStatus: "The first three characters, \"{http}\", are not an HTTP status (100 to 599).",
    caseDigits: "The last two characters, \"{kase}\", must be digits: they are the case code.",
  },
  id: {
    empty: "Tidak ada kode yang diberikan.",
    characters: "\"{code}\" berisi karakter yang tidak pernah ada di kode SNAP: kode SNAP terdiri dari 7 huruf atau angka, mis. 4012400.",
    length: (count) => `${count} karakter: kode SNAP punya 7 (status HTTP 3 + kode layanan 2 + kode kasus 2).`,
    httpStatus: "Tiga karakter pertama, \"{http}\", bukan status HTTP (100 sampai 599).",
    caseDigits: "Dua karakter terakhir, \"{kase}\", harus angka: keduanya adalah kode kasus.",
  },
};
