// The words of the SNAP pages (/snap/, /snap/services/), the SNAP code explainer and what lib/snap says about a code's
// parts, in each language. Indonesian is ours. ASPI's service names and the standard's messages are never here: they
// stay as published. Templates take {name} values (filled by `fill` or <Filled>).
import type { Locale } from "./locale";
import { SNAP_PROBLEMS, SNAP_WARNINGS, type SnapProblems, type SnapWarnings } from "./snap-code-words";

export interface SnapStrings {
  index: {
    title: string;
    description: string;
    /** {responseCode} and {example} are code spans. */
    lead: string;
    cases: string;
    casesRest: string;
    services: string;
    /** {used}: how many services DOKU uses. */
    servicesRest: string;
    codes: string;
    codesRest: string;
    explainHeading: string;
    /** {example} is a code span. */
    explainLead: string;
  };
  services: {
    title: string;
    /** {count}: how many service codes. */
    description: string;
    breadcrumb: string;
    /** {example} and {service} are code spans. */
    lead: string;
    source: string;
    sourceLink: string;
    sourceRest: string;
    caption: string;
    columns: { code: string; name: string; group: string; method: string; doku: string };
    success: string;
  };
  explainer: {
    label: string;
    placeholder: string;
    region: string;
    malformed: string;
    /** The words after the link to the code's page. */
    documented: string;
    composedLead: string;
    /** Around the code: the island has no template filler (it would pull the page components into its bundle). */
    composed: readonly [before: string, after: string];
    /** Around the link to the case's page. */
    readCase: readonly [before: string, after: string];
  };
  /** What is wrong with a malformed code (lib/snap/parse-code.ts). */
  problems: SnapProblems;
  /** What the standard does not define in a well-formed code (lib/snap/explain-code.ts). */
  warnings: SnapWarnings;
}

export const SNAP_STRINGS: Record<Locale, SnapStrings> = {
  en: {
    index: {
      title: "SNAP response codes",
      description:
        "SNAP response codes, the Bank Indonesia standard DOKU uses for virtual accounts, direct debit and tokens: every case code, every service code, and the full codes DOKU uses.",
      lead: "DOKU’s SNAP APIs answer with {responseCode}, seven characters made of the HTTP status (3), the service code (2) and the case code (2): {example} is HTTP 401, service 24 (virtual account inquiry), case 00 (“Unauthorized. [reason]”).",
      cases: "{count} case codes",
      casesRest: ", the same on every service",
      services: "{count} service codes",
      servicesRest: ", {used} of them used by DOKU",
      codes: "{count} full codes",
      codesRest: " DOKU documents or uses",
      explainHeading: "Explain any SNAP code",
      explainLead: "Type a code to see its parts named. Codes no DOKU source lists, such as a bank’s own {example}, are explained from the standard and marked as composed.",
    },
    services: {
      title: "SNAP service codes",
      description: "All {count} SNAP service codes (the middle two characters of a SNAP response code), named exactly as ASPI names them, with method, path and the services DOKU uses.",
      breadcrumb: "Service codes",
      lead: "The middle two characters of a SNAP response code name the API that answered: in {example}, {service} is the virtual account inquiry. Names are ASPI’s, exactly; several repeat across families, so the family is shown beside each.",
      source: "Source:",
      sourceLink: "ASPI SNAP Developer Site, “Informasi Umum” boxes (copy in mseptiaan/snap-aspi-go)",
      sourceRest: "(read 2026-11-25). DOKU’s endpoints and success codes: DOKU’s official SDKs.",
      caption: "All SNAP service codes",
      columns: { code: "Code", name: "Name (ASPI)", group: "Family", method: "Method and path", doku: "Used by DOKU" },
      success: "Success:",
    },
    explainer: {
      label: "SNAP code",
      placeholder: "e.g. 4012400 or 409US00",
      region: "Code explanation",
      malformed: "Not a well-formed SNAP code",
      documented: " has its own page: DOKU documents or uses this exact code.",
      composedLead: "Composed from the standard, not documented:",
      composed: ["no DOKU source we know lists ", " itself, so this reading comes from its parts."],
      readCase: ["Read the case page, ", ", for causes and fixes."],
    },
    problems: SNAP_PROBLEMS.en,
    warnings: SNAP_WARNINGS.en,
  },
  id: {
    index: {
      title: "Kode response SNAP",
      description:
        "Kode response SNAP, standar Bank Indonesia yang dipakai DOKU untuk virtual account, direct debit, dan token: setiap kode kasus, setiap kode layanan, dan kode lengkap yang dipakai DOKU.",
      lead: "API SNAP DOKU menjawab dengan {responseCode}, tujuh karakter yang terdiri dari status HTTP (3), kode layanan (2), dan kode kasus (2): {example} berarti HTTP 401, layanan 24 (inquiry virtual account), kasus 00 (“Unauthorized. [reason]”).",
      cases: "{count} kode kasus",
      casesRest: ", sama di setiap layanan",
      services: "{count} kode layanan",
      servicesRest: ", {used} di antaranya dipakai DOKU",
      codes: "{count} kode lengkap",
      codesRest: " yang didokumentasikan atau dipakai DOKU",
      explainHeading: "Jelaskan kode SNAP apa pun",
      explainLead: "Ketik sebuah kode untuk melihat arti tiap bagiannya. Kode yang tidak tercantum di sumber DOKU mana pun, seperti {example} milik sebuah bank, dijelaskan dari standar dan ditandai sebagai hasil susunan.",
    },
    services: {
      title: "Kode layanan SNAP",
      description: "Ke-{count} kode layanan SNAP (dua karakter tengah kode response SNAP), dengan nama persis seperti yang ditulis ASPI, beserta method, path, dan layanan yang dipakai DOKU.",
      breadcrumb: "Kode layanan",
      lead: "Dua karakter tengah kode response SNAP menunjukkan API yang menjawab: pada {example}, {service} adalah inquiry virtual account. Nama layanan adalah nama dari ASPI, persis seperti yang diterbitkan; beberapa nama muncul di lebih dari satu kelompok, jadi kelompoknya ditampilkan di samping tiap nama.",
      source: "Sumber:",
      sourceLink: "ASPI SNAP Developer Site, kotak “Informasi Umum” (salinan di mseptiaan/snap-aspi-go)",
      sourceRest: "(dibaca 2026-11-25). Endpoint dan kode sukses DOKU: SDK resmi DOKU.",
      caption: "Semua kode layanan SNAP",
      columns: { code: "Kode", name: "Nama (ASPI)", group: "Kelompok", method: "Method dan path", doku: "Dipakai DOKU" },
      success: "Sukses:",
    },
    explainer: {
      label: "Kode SNAP",
      placeholder: "mis. 4012400 atau 409US00",
      region: "Penjelasan kode",
      malformed: "Bukan kode SNAP yang valid bentuknya",
      documented: " punya halaman sendiri: DOKU mendokumentasikan atau memakai kode persis ini.",
      composedLead: "Disusun dari standar, tidak terdokumentasi:",
      composed: ["tidak ada sumber DOKU yang kami ketahui yang mencantumkan ", " itu sendiri, jadi penjelasan ini disusun dari bagian-bagiannya."],
      readCase: ["Baca halaman kasusnya, ", ", untuk penyebab dan cara memperbaikinya."],
    },
    problems: SNAP_PROBLEMS.id,
    warnings: SNAP_WARNINGS.id,
  },
};

/**
 * Our Indonesian names for the families of services and for the DOKU operations in content/snap-services.yaml (both
 * ours in English too; ASPI's service names are not translated). A name missing here shows in English; the SNAP content
 * test fails on it.
 */
export const SERVICE_WORDS_ID: { groups: Readonly<Record<string, string>>; operations: Readonly<Record<string, string>> } = {
  groups: {
    "Access token": "Access token",
    "Account inquiry": "Inquiry rekening",
    "Auth payment": "Auth payment",
    "Balance inquiry": "Inquiry saldo",
    "Bulk cash in": "Bulk cash in",
    "Customer top up": "Top up pelanggan",
    "Direct debit BI-FAST": "Direct debit BI-FAST",
    "Direct debit": "Direct debit",
    "E-money transfer to OTC": "Transfer uang elektronik ke OTC",
    "E-money transfer to bank": "Transfer uang elektronik ke bank",
    "QRIS CPM": "QRIS CPM",
    "QRIS MPM": "QRIS MPM",
    "Registration and binding": "Registrasi dan binding",
    "Transaction history": "Riwayat transaksi",
    "Transfer status": "Status transfer",
    Transfer: "Transfer",
    "Virtual account": "Virtual account",
  },
  operations: {
    "Card binding": "Binding kartu",
    "Card unbinding": "Unbinding kartu",
    "Account binding": "Binding rekening",
    "Account unbinding": "Unbinding rekening",
    "Balance inquiry": "Inquiry saldo",
    "Direct Inquiry (DOKU calls the merchant)": "Direct Inquiry (DOKU memanggil merchant)",
    "VA payment notification (DOKU calls the merchant)": "Notifikasi pembayaran VA (DOKU memanggil merchant)",
    "VA check status": "Cek status VA",
    "Create VA": "Create VA",
    "Update VA": "Update VA",
    "Delete VA": "Delete VA",
    "Direct debit payment": "Pembayaran direct debit",
    "Direct debit check status": "Cek status direct debit",
    "Direct debit notification": "Notifikasi direct debit",
    "Direct debit refund": "Refund direct debit",
    "Get token B2B": "Get token B2B",
    "Get token B2B2C": "Get token B2B2C",
  },
};

/** A service's family in a language, e.g. "Registration and binding" ⇒ "Registrasi dan binding". */
export function serviceGroupName(group: string, locale: Locale): string {
  return locale === "id" ? (SERVICE_WORDS_ID.groups[group] ?? group) : group;
}

/** A DOKU operation's name in a language, e.g. "Create VA" (unchanged) or "VA check status" ⇒ "Cek status VA". */
export function operationName(operation: string, locale: Locale): string {
  return locale === "id" ? (SERVICE_WORDS_ID.operations[operation] ?? operation) : operation;
}
