import { SiteLink } from "@/components/site-link";
import type { Entry } from "@/lib/content/load";
import { outcomeOf } from "@/lib/content/schema";
import { LABELS } from "@/lib/i18n/labels";
import { type Locale, localePath } from "@/lib/i18n/locale";
import { SITE_STRINGS } from "@/lib/i18n/site";

/** One family of codes as a table, in the page's language; each code links to its permalink. */
export function GlossaryTable({ locale, id, caption, entries }: { locale: Locale; id: string; caption: string; entries: Entry[] }) {
  const strings = SITE_STRINGS[locale].glossary;
  // Families whose codes travel without a known HTTP status show whether the code is a success, pending or an error.
  const withHttp = entries.some((entry) => entry.httpStatus !== undefined);
  return (
    <section aria-labelledby={id} className="space-y-3">
      <h2 id={id} className="text-2xl font-semibold tracking-tight">
        {caption} <span className="text-base font-normal text-muted">({entries.length})</span>
      </h2>
      <div className="scroll-x rounded-lg border border-line">
        <table className="w-full text-left text-sm">
          <thead className="bg-subtle text-xs tracking-wide text-muted uppercase">
            <tr>
              <th scope="col" className="px-3 py-2">
                {strings.code}
              </th>
              <th scope="col" className="px-3 py-2">
                {strings.meaning}
              </th>
              <th scope="col" className="px-3 py-2">
                {withHttp ? strings.http : strings.outcome}
              </th>
              <th scope="col" className="hidden px-3 py-2 sm:table-cell">
                {strings.sourceWords}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-line">
            {entries.map((entry) => (
              <tr key={entry.id} className="hover:bg-subtle">
                <td className="px-3 py-2 font-mono whitespace-nowrap">
                  <SiteLink href={localePath(locale, entry.url)} className="font-semibold text-accent underline underline-offset-2">
                    {entry.code}
                  </SiteLink>
                </td>
                <td className="px-3 py-2">{locale === "id" ? entry.id_ID.title : entry.title}</td>
                <td className={withHttp ? "px-3 py-2 font-mono" : "px-3 py-2"}>{withHttp ? entry.httpStatus : LABELS[locale].outcomes[outcomeOf(entry)]}</td>
                {/* The source's own words, as published (in English). */}
                <td lang="en" className="hidden px-3 py-2 text-soft sm:table-cell">
                  {officialLine(entry) ?? <span lang={locale}>{strings.noneQuoted}</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** The source's own one-line text for a code: its description, else its message or meaning; undefined when none is quoted. */
function officialLine({ official }: Entry): string | undefined {
  const quotesNothing = Object.keys(official).every((key) => key === "publisher");
  return official.description ?? official.responseMessage ?? official.meaning ?? official.messageExample ?? (quotesNothing ? undefined : "—");
}
