import { basePath } from "@/lib/site";
import { twinPath } from "@/lib/twins/markdown";

const LABELS = { md: "Markdown", json: "JSON" } as const;

/** Small links to a page's Markdown and JSON twins. Plain links: the twins are files, not pages the router knows. */
export function TwinLinks({ pageUrl, formats }: { pageUrl: string; formats: readonly (keyof typeof LABELS)[] }) {
  return (
    <p className="text-xs text-muted">
      This page for tools:{" "}
      {formats.map((format, index) => (
        <span key={format}>
          {index > 0 ? " · " : ""}
          <a href={`${basePath}${twinPath(pageUrl, format)}`} type={format === "md" ? "text/markdown" : "application/json"} className="underline underline-offset-2">
            {LABELS[format]}
          </a>
        </span>
      ))}
    </p>
  );
}
