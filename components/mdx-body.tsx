import { run } from "@mdx-js/mdx";
import { SiteLink } from "@/components/site-link";
import type { ComponentProps } from "react";
import * as runtime from "react/jsx-runtime";
import { FactNoteText } from "@/components/fact-notes";
import { compileBody } from "@/lib/content/compile-body";
import { getEntry, getNote } from "@/lib/content/load";
import { problemDetailsJson } from "@/lib/content/problem-details";
import type { NoteId } from "@/lib/content/schema";
import { type Locale, localePath } from "@/lib/i18n/locale";
import { absoluteUrl } from "@/lib/site";
import { toFactNote } from "@/lib/snap/snap-catalogue";

/** Lower-case, hyphenated anchor for a heading, e.g. "How to fix it" ⇒ "how-to-fix-it". */
export function anchorFor(heading: string): string {
  return heading.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
}

/** The anchors of a body's "## " headings, in order. */
export function headingAnchors(body: string): string[] {
  return [...body.matchAll(/^## +(.+?)\s*$/gm)].map((match) => anchorFor((match[1] ?? "").replace(/`/g, "")));
}

/** A site page link in the page's language ("/snap/401xx00/" ⇒ "/id/snap/401xx00/"); files (errors.json, twins) stay. */
function localeHref(locale: Locale, href: string): string {
  const path = href.split(/[?#]/)[0] ?? "";
  return path.endsWith("/") ? localePath(locale, href) : href;
}

function componentsFor(locale: Locale, headingIds: readonly string[]) {
  // Headings take the English body's anchors in order, so /id/guides/signatures/#body-not-minified and a link made
  // for the English page land on the same section (the loader checks that both bodies have the same "## " count).
  let heading = 0;
  const h2Id = (children: React.ReactNode) => headingIds[heading++] ?? (typeof children === "string" ? anchorFor(children) : undefined);
  return {
    // Site links go through SiteLink so they get the basePath and the page's language; others open as plain links.
    a: ({ href = "", ...props }: ComponentProps<"a">) =>
      href.startsWith("/") ? <SiteLink href={localeHref(locale, href)} {...props} /> : <a href={href} rel="noopener noreferrer" {...props} />,
    h2: (props: ComponentProps<"h2">) => <h2 id={h2Id(props.children)} {...props} />,
    h3: (props: ComponentProps<"h3">) => <h3 id={typeof props.children === "string" ? anchorFor(props.children) : undefined} {...props} />,
    // <Note id="idempotent-replay" />: a DOKU fact quoted from content/doku-facts.yaml, the same words the paste-box
    // shows, in the page's language. The loader has checked the id.
    Note: ({ id }: { id: NoteId }) => {
      const note = getNote(id);
      return note ? (
        <aside className="not-prose my-4 rounded-md border-l-4 border-amber-400 bg-warn p-3 text-sm dark:border-amber-600">
          <FactNoteText note={toFactNote(note, locale)} locale={locale} />
        </aside>
      ) : null;
    },
    // <ProblemDetailsExample entry="…" status="…" detail="…" instance="…" />: an RFC 9457 problem whose type is the
    // entry's page on this site, in the page's language (lib/content/problem-details.ts). The loader has checked it.
    ProblemDetailsExample: ({ entry: id, status, detail, instance }: Record<"entry" | "status" | "detail" | "instance", string>) => {
      const entry = getEntry(id);
      return entry ? (
        <pre>
          <code className="language-json">{problemDetailsJson({ entry: id, status: Number(status), detail, instance }, { ...entry, url: localePath(locale, entry.url), title: locale === "id" ? entry.id_ID.title : entry.title }, absoluteUrl)}</code>
        </pre>
      ) : null;
    },
  };
}

/**
 * Renders trusted MDX from content/ at build time, in the page's language. `headingIdsFrom` is the English body an
 * Indonesian body translates: its headings' anchors are used, so anchors are the same in both languages.
 */
export async function MdxBody({ source, locale = "en", headingIdsFrom }: { source: string; locale?: Locale; headingIdsFrom?: string }) {
  const { default: Content } = await run(await compileBody(source), { ...runtime, baseUrl: import.meta.url });
  return (
    <div className="prose max-w-none">
      <Content components={componentsFor(locale, headingIdsFrom ? headingAnchors(headingIdsFrom) : [])} />
    </div>
  );
}
