"use client";

import { SiteLink } from "@/components/site-link";
import { useEffect, useState, useSyncExternalStore } from "react";
import { suggestEntryForPath } from "@/lib/content/suggest-entry";
import type { SearchRecord } from "@/lib/search/records";
import { HYDRATE_ON_LOAD_ATTRIBUTE } from "@/lib/runtime-loader.mjs";
import { parseSnapCode } from "@/lib/snap/parse-code";

interface CodeLink {
  code: string;
  slug: string;
  url: string;
  title: string;
}

const noSubscription = () => () => {};

/** The code pages among the search records: "errors/invalid-parameter" ⇒ slug "invalid-parameter". */
function codeLinks(records: SearchRecord[]): CodeLink[] {
  return records
    .filter((record) => record.code && !record.id.startsWith("service/") && !record.id.startsWith("guide/"))
    .map(({ id, code, url, title }) => ({ code, slug: id.split("/")[1] ?? "", url, title }));
}

/**
 * Says which address was asked for (known only in the browser) and offers the code it most likely meant. The list
 * of codes comes from the search index, fetched here: as a prop it would ride in the data of every page, because
 * Next embeds the not-found view in each page.
 */
export function MissingPageHint({ basePath }: { basePath: string }) {
  const requested = useSyncExternalStore(noSubscription, () => window.location.pathname, () => null);
  const [codes, setCodes] = useState<CodeLink[]>([]);
  useEffect(() => {
    fetch(`${basePath}/search-index.json`)
      .then((response) => (response.ok ? response.json() : []))
      .then((records: SearchRecord[]) => setCodes(codeLinks(records)))
      .catch(() => setCodes([]));
  }, [basePath]);
  // The hint is worth having at once, not on the first click: ask the runtime loader to start at load.
  if (requested === null) return <p {...{ [HYDRATE_ON_LOAD_ATTRIBUTE]: "" }}>The page you asked for does not exist.</p>;
  const suggestion = suggestEntryForPath(requested, codes);
  const lastSegment = requested.split("/").filter(Boolean).pop() ?? "";
  const snap = suggestion ? undefined : parseSnapCode(lastSegment);
  return (
    <div className="space-y-3">
      <p>
        There is no page at <code className="font-mono break-all">{requested}</code>.
      </p>
      {suggestion ? (
        <p className="rounded-lg border border-zinc-200 p-4 dark:border-zinc-800">
          Did you mean{" "}
          <SiteLink href={suggestion.url} className="font-mono font-semibold underline underline-offset-2">
            {suggestion.code}
          </SiteLink>{" "}
          ({suggestion.title})?
        </p>
      ) : null}
      {snap?.kind === "snap" ? (
        <p className="rounded-lg border border-zinc-200 p-4 dark:border-zinc-800">
          <code className="font-mono">{snap.code}</code> has no page of its own, but it is a well-formed SNAP code:{" "}
          <SiteLink href={`/snap/?code=${snap.code}`} className="font-semibold underline underline-offset-2">
            explain {snap.code} from its parts
          </SiteLink>
          .
        </p>
      ) : null}
    </div>
  );
}
