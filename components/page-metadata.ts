// The metadata every page shares, in its language: title, description, canonical URL, hreflang alternates (en, id
// and x-default, which is English), the Markdown and JSON twins, Open Graph and Twitter cards.
import type { Metadata } from "next";
import { LOCALES, LOCALE_TAGS, type Locale, localePath } from "@/lib/i18n/locale";
import { SITE_NAME, absoluteUrl } from "@/lib/site";
import { twinPath } from "@/lib/twins/markdown";

interface PageMetadata {
  locale: Locale;
  /** The page's path without a language prefix, e.g. "/http/429/". */
  path: string;
  title: string;
  description: string;
  /** Which twins the page has: code pages both, guides Markdown only. */
  twins?: readonly ("md" | "json")[];
  type?: "website" | "article";
}

export function pageMetadata({ locale, path, title, description, twins = [], type = "website" }: PageMetadata): Metadata {
  const url = absoluteUrl(localePath(locale, path));
  const languages = Object.fromEntries([...LOCALES.map((other) => [LOCALE_TAGS[other].hreflang, absoluteUrl(localePath(other, path))]), ["x-default", absoluteUrl(path)]]);
  const types = Object.fromEntries(twins.map((format) => [format === "md" ? "text/markdown" : "application/json", absoluteUrl(twinPath(localePath(locale, path), format))]));
  return {
    title,
    description,
    alternates: { canonical: url, languages, ...(twins.length > 0 ? { types } : {}) },
    openGraph: { title, description, url, type, siteName: SITE_NAME, locale: LOCALE_TAGS[locale].openGraph },
    twitter: { card: "summary", title, description },
  };
}
