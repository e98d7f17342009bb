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
        {caption} <span className="text-base font-normal text-zinc-600 dark:text-zinc-400">({entries.length})</span>
      </h2>
      <div className="overflow-x-auto rounded-lg border border-zinc-200 dark:border-zinc-800">
        <table className="w-full text-left text-sm">
          <thead className="bg-zinc-50 text-xs tracking-wide text-zinc-600 uppercase dark:bg-zinc-900 dark:text-zinc-400">
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
          <tbody className="divide-y divide-zinc-200 dark:divide-zinc-800">
            {entries.map((entry) => (
              <tr key={entry.id} className="hover:bg-zinc-50 dark:hover:bg-zinc-900">
                <td className="px-3 py-2 font-mono whitespace-nowrap">
                  <SiteLink href={entry.url} className="font-semibold text-brand-700 underline underline-offset-2 dark:text-brand-300">
                    {entry.code}
                  </SiteLink>
                </td>
                <td className="px-3 py-2">{entry.title}</td>
                <td className={withHttp ? "px-3 py-2 font-mono" : "px-3 py-2"}>{withHttp ? entry.httpStatus : OUTCOME_LABELS[outcomeOf(entry)]}</td>
                <td className="hidden px-3 py-2 text-zinc-700 sm:table-cell dark:text-zinc-300">{officialLine(entry)}</td>
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
