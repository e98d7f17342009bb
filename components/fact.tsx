/** One labelled fact in a <dl>: a small caps term over its value, in a bordered box. `name` marks it for tests and tools. */
export function Fact({ term, name, children, valueClassName = "font-medium" }: { term: string; name?: string; children: React.ReactNode; valueClassName?: string }) {
  return (
    <div data-fact={name} className="rounded-lg border border-line p-3">
      <dt className="text-xs font-semibold tracking-wide text-muted uppercase">{term}</dt>
      <dd className={`mt-1 ${valueClassName}`}>{children}</dd>
    </div>
  );
}
