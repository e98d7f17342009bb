/** One labelled fact in a <dl>: a small caps term over its value, in a bordered box. */
export function Fact({ term, children, valueClassName = "font-medium" }: { term: string; children: React.ReactNode; valueClassName?: string }) {
  return (
    <div className="rounded-lg border border-zinc-200 p-3 dark:border-zinc-800">
      <dt className="text-xs font-semibold tracking-wide text-zinc-600 uppercase dark:text-zinc-400">{term}</dt>
      <dd className={`mt-1 ${valueClassName}`}>{children}</dd>
    </div>
  );
}
