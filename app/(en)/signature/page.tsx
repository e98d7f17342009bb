import type { Metadata } from "next";
import { Island } from "@/components/island";
import { SignatureChecker } from "@/components/signature-checker";
import { SiteLink } from "@/components/site-link";
import { KNOWN_MISTAKES, PAGES } from "@/lib/signature/links";
import { absoluteUrl } from "@/lib/site";

const title = "Check a request's signature";
const description =
  "Paste a DOKU request that was rejected (raw HTTP, curl or a log): see the exact string to sign, the checks that need no secret, and which known mistake broke X-SIGNATURE. Runs in your browser; nothing is sent.";

export const metadata: Metadata = {
  title,
  description,
  alternates: { canonical: absoluteUrl("/signature/") },
  openGraph: { title, description, url: absoluteUrl("/signature/") },
};

export default function SignaturePage() {
  return (
    <div className="space-y-8">
      <header className="max-w-3xl space-y-3">
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{title}</h1>
        <p className="text-lg text-soft">
          Paste a request that came back with <SiteLink href={PAGES.snapUnauthorized.href} className="underline underline-offset-2">401XX00</SiteLink>,{" "}
          <SiteLink href={PAGES.tokenUnauthorized.href} className="underline underline-offset-2">4017300</SiteLink> or{" "}
          <SiteLink href={PAGES.nonSnapInvalidSignature.href} className="underline underline-offset-2">invalid_signature</SiteLink>. You see the
          exact string that is signed, part by part. Add the client secret (or, for the token call, the public key) to learn
          whether the signature matches, and if not, which known mistake reproduces it.
        </p>
        <div className="rounded-lg border border-line-strong bg-subtle p-3 text-sm">
          <p className="font-semibold">What you type stays in this page.</p>
          <p>
            Everything is computed in your browser (Web Crypto). The request, the secret and the key are never sent
            anywhere, never stored, never put in the address or a share link. &ldquo;Clear&rdquo; empties every field, and so does
            leaving the page. Even so, use <strong>sandbox</strong> credentials: a production secret typed into any web page
            is worth rotating.
          </p>
        </div>
      </header>

      <Island name="signature" props={{}}>
        <SignatureChecker />
      </Island>

      <section aria-labelledby="mistakes-tried" className="max-w-3xl space-y-2">
        <h2 id="mistakes-tried" className="text-xl font-semibold">
          The mistakes it tries
        </h2>
        <p className="text-sm text-soft">
          When the signature does not match, the check rebuilds it with one known mistake at a time and names the one
          that reproduces <code className="font-mono">X-SIGNATURE</code>. Each is explained in{" "}
          <SiteLink href="/guides/signatures/" className="underline underline-offset-2">
            the signature guide
          </SiteLink>
          :
        </p>
        <ul className="grid list-disc gap-x-8 gap-y-1 pl-5 text-sm sm:grid-cols-2">
          {KNOWN_MISTAKES.map((link) => (
            <li key={link.href}>
              <SiteLink href={link.href} className="underline underline-offset-2">
                {link.label}
              </SiteLink>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
