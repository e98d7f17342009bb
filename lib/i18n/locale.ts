// The site's two languages and where their pages live: English at the root (/http/429/), Indonesian under /id/
// (/id/http/429/). Pure: pages, the sitemap, the twins, the search index and the islands all use these.

export const LOCALES = ["en", "id"] as const;
export type Locale = (typeof LOCALES)[number];

/** English pages keep their addresses: links shared before the Indonesian site existed still work. */
export const DEFAULT_LOCALE: Locale = "en";

/** The path prefix of a language's pages ("" for English). */
export const LOCALE_PREFIX: Record<Locale, string> = { en: "", id: "/id" };

/** `<html lang>`, hreflang and Open Graph's locale. */
export const LOCALE_TAGS: Record<Locale, { lang: string; hreflang: string; openGraph: string }> = {
  en: { lang: "en", hreflang: "en", openGraph: "en_US" },
  id: { lang: "id", hreflang: "id", openGraph: "id_ID" },
};

/** Each language's name in itself, for the language switch. */
export const LOCALE_NAMES: Record<Locale, string> = { en: "English", id: "Bahasa Indonesia" };

/** A site path in a language: localePath("id", "/http/429/") ⇒ "/id/http/429/". Paths start with "/". */
export function localePath(locale: Locale, sitePath: string): string {
  if (!sitePath.startsWith("/")) throw new Error(`localePath: expected a site path starting with "/", got "${sitePath}"`);
  return `${LOCALE_PREFIX[locale]}${sitePath}`;
}

/** The language of a site path and the path without its prefix: "/id/http/429/" ⇒ { locale: "id", path: "/http/429/" }. */
export function splitLocale(sitePath: string): { locale: Locale; path: string } {
  for (const locale of LOCALES) {
    const prefix = LOCALE_PREFIX[locale];
    if (prefix && (sitePath === prefix || sitePath.startsWith(`${prefix}/`))) return { locale, path: sitePath.slice(prefix.length) || "/" };
  }
  return { locale: DEFAULT_LOCALE, path: sitePath };
}

/** The other language, for the language switch. */
export function otherLocale(locale: Locale): Locale {
  return locale === "en" ? "id" : "en";
}
