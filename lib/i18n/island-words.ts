// The few site words that components running in islands need (copy buttons, nearest codes, the customer sentence), in a
// module of their own: an island that imported lib/i18n/site.ts would load every page's words in both languages.
// Pages and their Markdown twins read these words from here too, so each is written once. Indonesian is ours.
import type { Locale } from "./locale";

const en = {
  copied: "Copied",
  copyFailed: "Copy failed: select and copy by hand",
  nearestCodes: "Nearest documented codes",
  customer: {
    forTheCustomer: "For the customer",
    forTheCustomerLead: "A sentence support can send to the customer as it is, in Indonesian or in English.",
    customerIndonesian: "Bahasa Indonesia",
    customerEnglish: "English",
    copyCustomerIndonesian: "Copy the Indonesian sentence",
    copyCustomerEnglish: "Copy the English sentence",
  },
};

export type IslandWords = typeof en;

const id: IslandWords = {
  copied: "Tersalin",
  copyFailed: "Gagal menyalin: pilih dan salin secara manual",
  nearestCodes: "Kode terdokumentasi terdekat",
  customer: {
    forTheCustomer: "Untuk pelanggan",
    forTheCustomerLead: "Kalimat yang bisa dikirim tim support ke pelanggan apa adanya, dalam bahasa Indonesia atau Inggris.",
    customerIndonesian: "Bahasa Indonesia",
    customerEnglish: "English",
    copyCustomerIndonesian: "Salin kalimat bahasa Indonesia",
    copyCustomerEnglish: "Salin kalimat bahasa Inggris",
  },
};

export const ISLAND_WORDS: Record<Locale, IslandWords> = { en, id };
