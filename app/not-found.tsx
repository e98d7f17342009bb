import type { Metadata } from "next";
import { SiteLink } from "@/components/site-link";
import { MissingPageHint } from "@/components/missing-page-hint";

export const metadata: Metadata = { title: "Page not found", robots: { index: false } };

export default function NotFound() {
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">Page not found</h1>
      <MissingPageHint />
      <h2 className="text-xl font-semibold">How to find a code</h2>
      <ul className="list-disc space-y-2 pl-5">
        <li>
          Code pages live at guessable addresses: HTTP statuses at <code className="font-mono">/http/429/</code>, DOKU
          business codes at <code className="font-mono">/errors/invalid-parameter/</code> (the code in lower case, with
          &ldquo;-&rdquo; for &ldquo;_&rdquo;), SNAP cases at <code className="font-mono">/snap/401xx00/</code>.
        </li>
        <li>
          <SiteLink href="/#glossary" className="underline underline-offset-2">
            Browse the glossary
          </SiteLink>{" "}
          on the home page: every code, grouped by family.
        </li>
        <li>
          <SiteLink href="/snap/" className="underline underline-offset-2">
            Explain a SNAP code
          </SiteLink>{" "}
          such as 4012400 from its parts.
        </li>
        <li>
          <SiteLink href="/" className="underline underline-offset-2">
            Go to the home page
          </SiteLink>
          .
        </li>
      </ul>
    </div>
  );
}
