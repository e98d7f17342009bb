import type { Metadata } from "next";
import { SiteLink } from "@/components/site-link";
import { GlossaryTable } from "@/components/glossary-table";
import { Island } from "@/components/island";
import { SnapCodeExplainer } from "@/components/snap-code-explainer";
import { listEntries, listEntriesOf, listNotes, listServices } from "@/lib/content/load";
import { FAMILIES } from "@/lib/content/schema";
import { absoluteUrl } from "@/lib/site";
import { toSnapCatalogue } from "@/lib/snap/snap-catalogue";

const description =
  "SNAP response codes, the Bank Indonesia standard DOKU uses for virtual accounts, direct debit and tokens: every case code, every service code, and the full codes DOKU uses.";

export const metadata: Metadata = {
  title: "SNAP response codes",
  description,
  alternates: { canonical: absoluteUrl("/snap/") },
  openGraph: { title: "SNAP response codes", description, url: absoluteUrl("/snap/") },
};

export default function SnapIndexPage() {
  const cases = listEntriesOf("snap-case");
  const codes = listEntriesOf("snap-code");
  const services = listServices();
  const catalogue = toSnapCatalogue(listEntries(), services, listNotes());
  return (
    <div className="space-y-12">
      <header className="max-w-3xl space-y-4">
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">SNAP response codes</h1>
        <p className="text-lg text-soft">
          DOKU&rsquo;s SNAP APIs answer with <code className="font-mono">responseCode</code>, seven characters made of the
          HTTP status (3), the service code (2) and the case code (2): <code className="font-mono">4012400</code> is HTTP
          401, service 24 (virtual account inquiry), case 00 (&ldquo;Unauthorized. [reason]&rdquo;).
        </p>
        <ul className="list-disc space-y-1 pl-5">
          <li>
            <a href="#snap-case" className="underline underline-offset-2">{cases.length} case codes</a>, the same on every service
          </li>
          <li>
            <SiteLink href="/snap/services/" className="underline underline-offset-2">{services.length} service codes</SiteLink>,{" "}
            {services.filter((service) => service.doku).length} of them used by DOKU
          </li>
          {codes.length > 0 ? (
            <li>
              <a href="#snap-code" className="underline underline-offset-2">{codes.length} full codes</a> DOKU documents or uses
            </li>
          ) : null}
        </ul>
      </header>

      <section aria-labelledby="explain" className="space-y-3">
        <h2 id="explain" className="text-2xl font-semibold tracking-tight">
          Explain any SNAP code
        </h2>
        <p className="max-w-3xl text-soft">
          Type a code to see its parts named. Codes no DOKU source lists, such as a bank&rsquo;s own{" "}
          <code className="font-mono">409US00</code>, are explained from the standard and marked as composed.
        </p>
        <Island name="snap-explainer" props={{ catalogue }}>
          <SnapCodeExplainer catalogue={catalogue} />
        </Island>
      </section>

      <GlossaryTable locale="en" id="snap-case" caption={FAMILIES["snap-case"].label} entries={cases} />
      {codes.length > 0 ? <GlossaryTable locale="en" id="snap-code" caption={FAMILIES["snap-code"].label} entries={codes} /> : null}
    </div>
  );
}
