import type { Locale } from "@/lib/i18n/locale";
import type { FactNote } from "@/lib/snap/explain-code";

const SOURCE_LABEL: Record<Locale, { one: string; many: string }> = { en: { one: "source", many: "sources" }, id: { one: "sumber", many: "sumber" } };

/** DOKU facts from content/doku-facts.yaml, each with the sources to check it against. Works on server and client. */
export function FactNotes({ notes, className = "", locale = "en" }: { notes: readonly FactNote[]; className?: string; locale?: Locale }) {
  if (notes.length === 0) return null;
  return (
    <ul className={`space-y-2 rounded-md border border-warn-line bg-warn p-3 text-sm ${className}`}>
      {notes.map((note) => (
        <li key={note.id}>
          <FactNoteText note={note} locale={locale} />
        </li>
      ))}
    </ul>
  );
}

/** One note's words and its sources, e.g. "… (source: DOKU Developer Docs: Idempotency Request)". */
export function FactNoteText({ note, locale = "en" }: { note: FactNote; locale?: Locale }) {
  return (
    <>
      {note.text}{" "}
      <span className="text-muted">
        ({note.sources.length > 1 ? SOURCE_LABEL[locale].many : SOURCE_LABEL[locale].one}:{" "}
        {note.sources.map((source, index) => (
          <span key={source.url + source.title}>
            {index > 0 ? "; " : ""}
            <a href={source.url} rel="noopener noreferrer" className="underline underline-offset-2">
              {source.title}
            </a>
          </span>
        ))}
        )
      </span>
    </>
  );
}
