// How pages say the content's closed vocabularies in each language: who acts, outcome, retry verdict, whose words,
// the labels of the publisher's fields and the code families. English comes from lib/content/vocabulary.ts (the one
// place the words are defined); Indonesian is ours. Pages use it at build time; islands get the words they need as data.
import { FAMILIES, type Family } from "../content/schema";
import { ACTOR_LABELS, ACTORS, OFFICIAL_FIELDS, OUTCOME_LABELS, type Outcome, PUBLISHER_WORDS, PUBLISHERS, RETRY_LABELS, RETRY_VERDICTS } from "../content/vocabulary";
import type { Locale } from "./locale";

type Actor = (typeof ACTORS)[number];
type RetryVerdict = (typeof RETRY_VERDICTS)[number];
type Publisher = (typeof PUBLISHERS)[number];
type OfficialField = (typeof OFFICIAL_FIELDS)[number]["key"];

export interface Labels {
  actors: Record<Actor, string>;
  outcomes: Record<Outcome, string>;
  retry: Record<RetryVerdict, string>;
  /** The heading over a publisher's quoted words. */
  publisherWords: Record<Publisher, string>;
  /** The label over our explanation, by whose words it is not. */
  ourWords: Record<Publisher, string>;
  officialFields: Record<OfficialField, string>;
  families: Record<Family, string>;
}

const en: Labels = {
  actors: ACTOR_LABELS,
  outcomes: OUTCOME_LABELS,
  retry: RETRY_LABELS,
  publisherWords: PUBLISHER_WORDS,
  ourWords: {
    DOKU: "Our explanation, not DOKU’s words",
    ASPI: "Our explanation, not the standard’s words",
    "DOKU SDK": "Our explanation, not DOKU’s words",
    "Community report": "Our explanation, not DOKU’s words",
    IETF: "Our explanation, not the standard’s words",
    curl: "Our explanation, not curl’s words",
  },
  officialFields: Object.fromEntries(OFFICIAL_FIELDS.map(({ key, label }) => [key, label])) as Record<OfficialField, string>,
  families: Object.fromEntries(Object.entries(FAMILIES).map(([family, { label }]) => [family, label])) as Record<Family, string>,
};

const id: Labels = {
  actors: {
    "merchant-developer": "Developer merchant",
    "merchant-ops": "Tim operasional merchant",
    customer: "Pelanggan",
    doku: "DOKU",
    bank: "Bank atau penerbit kartu",
  },
  outcomes: { success: "Berhasil", pending: "Tertunda", error: "Gagal" },
  retry: { yes: "Ya", no: "Tidak", "after-status-check": "Hanya setelah cek status" },
  publisherWords: {
    DOKU: "Kata-kata DOKU",
    ASPI: "Kata-kata standar SNAP (ASPI)",
    "DOKU SDK": "Kata-kata SDK DOKU",
    "Community report": "Seperti terlihat di response DOKU (laporan komunitas)",
    IETF: "Kata-kata standar HTTP (IETF, RFC 9110)",
    curl: "Dari dokumentasi curl",
  },
  ourWords: {
    DOKU: "Penjelasan kami, bukan kata-kata DOKU",
    ASPI: "Penjelasan kami, bukan kata-kata standar",
    "DOKU SDK": "Penjelasan kami, bukan kata-kata DOKU",
    "Community report": "Penjelasan kami, bukan kata-kata DOKU",
    IETF: "Penjelasan kami, bukan kata-kata standar",
    curl: "Penjelasan kami, bukan kata-kata curl",
  },
  officialFields: {
    responseMessage: "responseMessage",
    meaning: "Arti",
    httpStatus: "Status HTTP",
    messageExample: "Contoh pesan",
    description: "Deskripsi",
    errorType: "error.type",
    category: "Kategori",
    finalStatus: "Status akhir",
    paymentMethods: "Metode pembayaran",
    suggestedAction: "Tindakan yang disarankan",
    snapCode: "Kode SNAP (pemetaan SDK)",
  },
  families: {
    http: "Kode status HTTP",
    business: "Kode error bisnis",
    "snap-case": "Kode kasus SNAP",
    "snap-code": "Kode SNAP yang dipakai DOKU",
    status: "Nilai status transaksi",
    "non-snap": "Kode error non-SNAP",
    "legacy-v1": "Kode inquiry Legacy V1",
    biller: "Kode DOKU Biller",
    card: "Kode response kartu",
    curl: "Error jaringan (curl)",
  },
};

export const LABELS: Record<Locale, Labels> = { en, id };
