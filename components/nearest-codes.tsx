import { SiteLink } from "@/components/site-link";
import type { Locale } from "@/lib/i18n/locale";
import { ISLAND_WORDS } from "@/lib/i18n/island-words";

interface CodeLink {
  code: string;
  url: string;
  title: string;
}

/** The documented codes closest to one without a page (in the paste-box and the SNAP explainer), each a link. */
export function NearestCodes({ codes, locale }: { codes: readonly CodeLink[]; locale: Locale }) {
  if (codes.length === 0) return null;
  return (
    <div className="text-sm">
      <p className="font-semibold">{ISLAND_WORDS[locale].nearestCodes}</p>
      <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
        {codes.map((near) => (
          <li key={near.url}>
            <SiteLink href={near.url} className="font-mono underline underline-offset-2">
              {near.code}
            </SiteLink>{" "}
            <span className="text-muted">{near.title}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
