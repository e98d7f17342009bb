import type { FactNote } from "@/lib/snap/explain-code";

/** DOKU facts from content/doku-facts.yaml, each with the sources to check it against. Works on server and client. */
export function FactNotes({ notes, className = "" }: { notes: readonly FactNote[]; className?: string }) {
  if (notes.length === 0) return null;
  return (
    <ul className={`space-y-2 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm dark:border-amber-700 dark:bg-amber-950/40 ${className}`}>
      {notes.map((note) => (
        <li key={note.id}>
          <FactNoteText note={note} />
        </li>
      ))}
    </ul>
  );
}

/** One note's words and its sources, e.g. "… (source: DOKU Developer Docs: Idempotency Request)". */
export function FactNoteText({ note }: { note: FactNote }) {
  return (
    <>
      {note.text}{" "}
      <span className="text-zinc-600 dark:text-zinc-400">
        (source{note.sources.length > 1 ? "s" : ""}:{" "}
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
