import { SiteLink } from "@/components/site-link";
import type { Highlight, SearchResult } from "@/lib/search/search";

/** Text with the matched ranges marked. Values are rendered as text, never as markup. */
function Marked({ value, highlight }: { value: string; highlight?: Highlight }) {
  if (!highlight || highlight.value !== value) return <>{value}</>;
  const parts: React.ReactNode[] = [];
  let cursor = 0;
  for (const [start, end] of [...highlight.indices].sort((a, b) => a[0] - b[0])) {
    if (start < cursor) continue;
    parts.push(value.slice(cursor, start), <mark key={start} className="rounded-sm bg-amber-200 text-zinc-900 dark:bg-amber-300 dark:text-zinc-900">{value.slice(start, end + 1)}</mark>);
    cursor = end + 1;
  }
  parts.push(value.slice(cursor));
  return <>{parts}</>;
}

/** A short window of a long text around its first match, e.g. "…Rate limit exceeded…". */
function excerpt(highlight: Highlight, width = 90): Highlight {
  const [first] = highlight.indices;
  if (!first || highlight.value.length <= width) return highlight;
  const start = Math.max(0, first[0] - 30);
  const value = `${start > 0 ? "…" : ""}${highlight.value.slice(start, start + width)}…`;
  const shift = (start > 0 ? 1 : 0) - start;
  const indices = highlight.indices
    .map(([a, b]) => [a + shift, b + shift] as const)
    .filter(([a, b]) => a >= 0 && b < value.length - 1);
  return { ...highlight, value, indices };
}

interface Props {
  id: string;
  result: SearchResult;
  active: boolean;
  onPointerEnter: () => void;
}

/** One search result: code, family, HTTP status and a one-line meaning, the matched part highlighted. */
export function SearchResultItem({ id, result, active, onPointerEnter }: Props) {
  const { record, highlights } = result;
  const find = (key: Highlight["key"]) => highlights.find((highlight) => highlight.key === key);
  // A match in a field the result does not show (an alias, the source's words, the causes) is shown as an excerpt.
  const hidden = find("message") ?? find("aliases") ?? find("details");
  const shown = find("code") ?? find("title") ?? find("meaning");
  return (
    <SiteLink
      id={id}
      href={record.url}
      onPointerEnter={onPointerEnter}
      className={`block rounded-md px-2 py-2 text-sm ${active ? "bg-brand-50 ring-2 ring-brand-600 dark:bg-zinc-800 dark:ring-brand-300" : "hover:bg-zinc-50 dark:hover:bg-zinc-800"}`}
    >
      <span className="flex flex-wrap items-baseline gap-x-2">
        {record.code ? (
          <code className="font-mono font-semibold text-accent">
            <Marked value={record.code} highlight={find("code")} />
          </code>
        ) : null}
        <span className="font-medium">
          <Marked value={record.title} highlight={find("title")} />
        </span>
      </span>
      <span className="block text-xs text-muted">
        {record.family}
        {record.httpStatus !== undefined ? ` · HTTP ${record.httpStatus}` : ""}
      </span>
      <span className="line-clamp-2 block text-soft">
        <Marked value={record.meaning} highlight={find("meaning")} />
      </span>
      {hidden && !shown ? (
        <span className="block text-xs text-muted italic">
          Matches: <Marked value={excerpt(hidden).value} highlight={excerpt(hidden)} />
        </span>
      ) : null}
    </SiteLink>
  );
}
