import type { MetadataRoute } from "next";
import { listEntries, listGuides } from "@/lib/content/load";
import { LOCALES, LOCALE_TAGS, localePath } from "@/lib/i18n/locale";
import { absoluteUrl } from "@/lib/site";

export const dynamic = "force-static";

/** Every page in both languages, each with its twin in the other named as an alternate (hreflang). */
export default function sitemap(): MetadataRoute.Sitemap {
  const pages = ["/", "/snap/", "/snap/services/", "/decode/", "/signature/", ...listGuides().map((guide) => guide.url), ...listEntries().map((entry) => entry.url)];
  const languages = (page: string) => Object.fromEntries(LOCALES.map((locale) => [LOCALE_TAGS[locale].hreflang, absoluteUrl(localePath(locale, page))]));
  return LOCALES.flatMap((locale) => pages.map((page) => ({ url: absoluteUrl(localePath(locale, page)), alternates: { languages: languages(page) } })));
}
