import { type Locale, localePath } from "@/lib/i18n/locale";
import { SITE_STRINGS } from "@/lib/i18n/site";
import { basePath } from "@/lib/site";
import { twinPath } from "@/lib/twins/markdown";

const LABELS = { md: "Markdown", json: "JSON" } as const;

/** Small links to a page's Markdown and JSON twins (in the page's language). Plain links: the twins are files, not pages. */
export function TwinLinks({ locale, pageUrl, formats }: { locale: Locale; pageUrl: string; formats: readonly (keyof typeof LABELS)[] }) {
  return (
    <p className="text-xs text-muted">
      {SITE_STRINGS[locale].twinLinksLead}{" "}
      {formats.map((format, index) => (
        <span key={format}>
          {index > 0 ? " · " : ""}
          <a href={`${basePath}${twinPath(localePath(locale, pageUrl), format)}`} type={format === "md" ? "text/markdown" : "application/json"} className="underline underline-offset-2">
            {LABELS[format]}
          </a>
        </span>
      ))}
    </p>
  );
}
