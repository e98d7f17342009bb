/** One labelled fact in a <dl>: a small caps term over its value, in a bordered box. */
export function Fact({ term, children, valueClassName = "font-medium" }: { term: string; children: React.ReactNode; valueClassName?: string }) {
  return (
    <div className="rounded-lg border border-line p-3">
      <dt className="text-xs font-semibold tracking-wide text-muted uppercase">{term}</dt>
      <dd className={`mt-1 ${valueClassName}`}>{children}</dd>
    </div>
  );
}
