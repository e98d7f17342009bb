import { run } from "@mdx-js/mdx";
import { SiteLink } from "@/components/site-link";
import type { ComponentProps } from "react";
import * as runtime from "react/jsx-runtime";
import { FactNoteText } from "@/components/fact-notes";
import { compileBody } from "@/lib/content/compile-body";
import { getEntry, getNote } from "@/lib/content/load";
import { problemDetailsJson } from "@/lib/content/problem-details";
import type { NoteId } from "@/lib/content/schema";
import { absoluteUrl } from "@/lib/site";
import { toFactNote } from "@/lib/snap/snap-catalogue";

/** Lower-case, hyphenated anchor for a heading, e.g. "How to fix it" ⇒ "how-to-fix-it". */
function anchorFor(children: React.ReactNode): string | undefined {
  return typeof children === "string" ? children.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") : undefined;
}

const components = {
  // Site links go through SiteLink so they get the basePath; others open as plain links.
  a: ({ href = "", ...props }: ComponentProps<"a">) =>
    href.startsWith("/") ? <SiteLink href={href} {...props} /> : <a href={href} rel="noopener noreferrer" {...props} />,
  h2: (props: ComponentProps<"h2">) => <h2 id={anchorFor(props.children)} {...props} />,
  h3: (props: ComponentProps<"h3">) => <h3 id={anchorFor(props.children)} {...props} />,
  // <Note id="idempotent-replay" />: a DOKU fact quoted from content/doku-facts.yaml, the same words the paste-box shows.
  // The loader has checked the id.
  Note: ({ id }: { id: NoteId }) => {
    const note = getNote(id);
    return note ? (
      <aside className="not-prose my-4 rounded-md border-l-4 border-amber-400 bg-warn p-3 text-sm dark:border-amber-600">
        <FactNoteText note={toFactNote(note)} />
      </aside>
    ) : null;
  },
  // <ProblemDetailsExample entry="…" status="…" detail="…" instance="…" />: an RFC 9457 problem whose type is the
  // entry's page on this site (lib/content/problem-details.ts). The loader has checked the attributes and the entry.
  ProblemDetailsExample: ({ entry: id, status, detail, instance }: Record<"entry" | "status" | "detail" | "instance", string>) => {
    const entry = getEntry(id);
    return entry ? (
      <pre>
        <code className="language-json">{problemDetailsJson({ entry: id, status: Number(status), detail, instance }, entry, absoluteUrl)}</code>
      </pre>
    ) : null;
  },
};

/** Renders trusted MDX from content/ at build time. */
export async function MdxBody({ source }: { source: string }) {
  const { default: Content } = await run(await compileBody(source), { ...runtime, baseUrl: import.meta.url });
  return (
    <div className="prose max-w-none">
      <Content components={components} />
    </div>
  );
}
