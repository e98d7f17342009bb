/** Structured data for search engines. The data is ours (from content/), never user input. */
export function JsonLd({ data }: { data: Record<string, unknown> }) {
  // "<" is escaped so a string in the data can never close the script element.
  const json = JSON.stringify(data).replace(/</g, "\\u003c");
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: json }} />;
}
