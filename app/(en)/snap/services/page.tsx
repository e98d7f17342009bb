import type { Metadata } from "next";
import { SiteLink } from "@/components/site-link";
import { FactNotes } from "@/components/fact-notes";
import { getNote, listServices } from "@/lib/content/load";
import { absoluteUrl } from "@/lib/site";
import { serviceAnchor, toFactNote } from "@/lib/snap/snap-catalogue";

const description = "All 81 SNAP service codes (the middle two characters of a SNAP response code), named exactly as ASPI names them, with method, path and the services DOKU uses.";

export const metadata: Metadata = {
  title: "SNAP service codes",
  description,
  alternates: { canonical: absoluteUrl("/snap/services/") },
  openGraph: { title: "SNAP service codes", description, url: absoluteUrl("/snap/services/") },
};

const ASPI_SOURCE = "https://github.com/mseptiaan/snap-aspi-go/tree/b7e2c8111f58abeb5851d951cd46ebdb3ece028e/aspi";

export default function SnapServicesPage() {
  const services = listServices();
  const letterCodes = getNote("letter-service-codes");
  return (
    <div className="space-y-8">
      <nav aria-label="Breadcrumb" className="text-sm text-muted">
        <SiteLink href="/" className="underline underline-offset-2">Home</SiteLink>
        <span aria-hidden="true"> › </span>
        <SiteLink href="/snap/" className="underline underline-offset-2">SNAP</SiteLink>
        <span aria-hidden="true"> › </span>
        <span aria-current="page">Service codes</span>
      </nav>
      <header className="max-w-3xl space-y-3">
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">SNAP service codes</h1>
        <p className="text-lg text-soft">
          The middle two characters of a SNAP response code name the API that answered: in{" "}
          <code className="font-mono">4042412</code>, <code className="font-mono">24</code> is the virtual account inquiry.
          Names are ASPI&rsquo;s, exactly; several repeat across families, so the family is shown beside each.
        </p>
        <p className="text-sm text-muted">
          Source:{" "}
          <a href={ASPI_SOURCE} rel="noopener noreferrer" className="underline underline-offset-2">
            ASPI SNAP Developer Site, &ldquo;Informasi Umum&rdquo; boxes (copy in mseptiaan/snap-aspi-go)
          </a>{" "}
          (read 2026-11-25). DOKU&rsquo;s endpoints and success codes: DOKU&rsquo;s official SDKs.
        </p>
        {letterCodes ? <FactNotes notes={[toFactNote(letterCodes)]} /> : null}
      </header>
      <div className="scroll-x rounded-lg border border-line">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">All SNAP service codes</caption>
          <thead className="bg-subtle text-xs tracking-wide text-muted uppercase">
            <tr>
              <th scope="col" className="px-3 py-2">Code</th>
              <th scope="col" className="px-3 py-2">Name (ASPI)</th>
              <th scope="col" className="px-3 py-2">Family</th>
              <th scope="col" className="px-3 py-2">Method and path</th>
              <th scope="col" className="px-3 py-2">Used by DOKU</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-line">
            {services.map((service) => (
              <tr key={service.code} id={serviceAnchor(service.code)} className="scroll-mt-4 target:bg-amber-50 dark:target:bg-amber-950/40">
                <th scope="row" className="px-3 py-2 font-mono text-base">{service.code}</th>
                <td className="px-3 py-2">{service.name}</td>
                <td className="px-3 py-2">{service.group}</td>
                <td className="px-3 py-2 font-mono text-xs">
                  {service.method} {service.path}
                  {service.methodNote ? <p className="mt-1 font-sans text-muted">{service.methodNote}</p> : null}
                </td>
                <td className="px-3 py-2">
                  {service.doku ? (
                    <>
                      <span className="font-semibold">{service.doku.operation}</span>
                      {service.doku.endpoint ? <code className="block font-mono text-xs">{service.doku.endpoint}</code> : null}
                      <span className="block text-xs">
                        Success: <code className="font-mono">{service.doku.successCode}</code>
                      </span>
                      {service.doku.note ? <span className="block text-xs text-muted">{service.doku.note}</span> : null}
                    </>
                  ) : (
                    <span className="text-muted">—</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
