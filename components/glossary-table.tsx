import { SiteLink } from "@/components/site-link";
import type { Entry } from "@/lib/content/load";
import { OUTCOME_LABELS, outcomeOf } from "@/lib/content/schema";

/** One family of codes as a table; each code links to its permalink. */
export function GlossaryTable({ id, caption, entries }: { id: string; caption: string; entries: Entry[] }) {
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
                Code
              </th>
              <th scope="col" className="px-3 py-2">
                Meaning
              </th>
              <th scope="col" className="px-3 py-2">
                {withHttp ? "HTTP" : "Outcome"}
              </th>
              <th scope="col" className="hidden px-3 py-2 sm:table-cell">
                Source’s words
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-line">
            {entries.map((entry) => (
              <tr key={entry.id} className="hover:bg-subtle">
                <td className="px-3 py-2 font-mono whitespace-nowrap">
                  <SiteLink href={entry.url} className="font-semibold text-accent underline underline-offset-2">
                    {entry.code}
                  </SiteLink>
                </td>
                <td className="px-3 py-2">{entry.title}</td>
                <td className={withHttp ? "px-3 py-2 font-mono" : "px-3 py-2"}>{withHttp ? entry.httpStatus : OUTCOME_LABELS[outcomeOf(entry)]}</td>
                <td className="hidden px-3 py-2 text-soft sm:table-cell">{officialLine(entry)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** The source's own one-line text for a code: its description, else its message or meaning; says so when none is quoted. */
function officialLine({ official }: Entry): string {
  const quotesNothing = Object.keys(official).every((key) => key === "publisher");
  return official.description ?? official.responseMessage ?? official.meaning ?? official.messageExample ?? (quotesNothing ? "none quoted" : "—");
}
