// What lib/snap says of a code's form, in each language: what is wrong with a malformed code (parse-code.ts) and what
// the standard does not define in a well-formed one (explain-code.ts). A module of its own, so the islands that parse
// or explain a code (the 404 hint, the paste-box) load these few words, not every SNAP page's. Indonesian is ours.
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

export interface SnapWarnings {
  /** {status}: the HTTP status. */
  unknownStatus: string;
  /** {kase}, {status}. */
  unknownCase: string;
  /** {service}: the service code, quoted when it has letters. */
  unknownService: string;
}

export const SNAP_WARNINGS: Record<Locale, SnapWarnings> = {
  en: {
    unknownStatus: "HTTP {status} does not appear in the SNAP standard's list of response codes.",
    unknownCase: "The SNAP standard defines no case {kase} for HTTP {status}.",
    unknownService: "Service {service} is not in the standard's list of service codes (01 to 81).",
  },
  id: {
    unknownStatus: "HTTP {status} tidak ada di daftar kode response standar SNAP.",
    unknownCase: "Standar SNAP tidak mendefinisikan kasus {kase} untuk HTTP {status}.",
    unknownService: "Layanan {service} tidak ada di daftar kode layanan standar (01 sampai 81).",
  },
};
