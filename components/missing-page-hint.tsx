"use client";

import Link from "next/link";
import { useSyncExternalStore } from "react";
import { suggestEntryForPath } from "@/lib/content/suggest-entry";
import { parseSnapCode } from "@/lib/snap/parse-code";

interface CodeLink {
  code: string;
  slug: string;
  url: string;
  title: string;
}

const noSubscription = () => () => {};

/** Says which address was asked for (known only in the browser) and offers the code it most likely meant. */
export function MissingPageHint({ codes }: { codes: CodeLink[] }) {
  const requested = useSyncExternalStore(noSubscription, () => window.location.pathname, () => null);
  if (requested === null) return <p>The page you asked for does not exist.</p>;
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
          <Link prefetch={false} href={suggestion.url} className="font-mono font-semibold underline underline-offset-2">
            {suggestion.code}
          </Link>{" "}
          ({suggestion.title})?
        </p>
      ) : null}
      {snap?.kind === "snap" ? (
        <p className="rounded-lg border border-zinc-200 p-4 dark:border-zinc-800">
          <code className="font-mono">{snap.code}</code> has no page of its own, but it is a well-formed SNAP code:{" "}
          <Link prefetch={false} href={`/snap/?code=${snap.code}`} className="font-semibold underline underline-offset-2">
            explain {snap.code} from its parts
          </Link>
          .
        </p>
      ) : null}
    </div>
  );
}
