import type { Metadata } from "next";
import { Filled } from "@/components/entry-article";
import { FactNotes } from "@/components/fact-notes";
import { pageMetadata } from "@/components/page-metadata";
import { SiteLink } from "@/components/site-link";
import { listServices } from "@/lib/content/load";
import type { Note } from "@/lib/content/schema";
import { type Locale, localePath } from "@/lib/i18n/locale";
import { SITE_STRINGS, fill } from "@/lib/i18n/site";
import { SNAP_STRINGS, operationName, serviceGroupName } from "@/lib/i18n/snap";
import { serviceAnchor } from "@/lib/snap/explain-code";
import { toFactNote } from "@/lib/snap/snap-catalogue";

const ASPI_SOURCE = "https://github.com/mseptiaan/snap-aspi-go/tree/b7e2c8111f58abeb5851d951cd46ebdb3ece028e/aspi";

export function snapServicesMetadata(locale: Locale): Metadata {
  const strings = SNAP_STRINGS[locale].services;
  return pageMetadata({ locale, path: "/snap/services/", title: strings.title, description: fill(strings.description, { count: listServices().length }) });
}

/**
 * /snap/services/ in a language: every service code, ASPI's names as published (marked as English on the Indonesian
 * page), our notes on a service (methodNote, doku.note) in the page's language.
 * `letterCodes` is the note on banks' letter service codes, read by the route (lib/content/notes-shown.test.ts looks there).
 */
export function SnapServicesPage({ locale, letterCodes }: { locale: Locale; letterCodes: Note | undefined }) {
  const strings = SNAP_STRINGS[locale].services;
  const services = listServices();
  // ASPI's words, as published.
  const englishOnly = locale === "en" ? {} : { lang: "en" };
  const code = (text: string) => <code className="font-mono">{text}</code>;
  return (
    <div className="space-y-8">
      <nav aria-label={SITE_STRINGS[locale].entry.breadcrumb} className="text-sm text-muted">
        <SiteLink href={localePath(locale, "/")} className="underline underline-offset-2">{SITE_STRINGS[locale].breadcrumbHome}</SiteLink>
        <span aria-hidden="true"> › </span>
        <SiteLink href={localePath(locale, "/snap/")} className="underline underline-offset-2">SNAP</SiteLink>
        <span aria-hidden="true"> › </span>
        <span aria-current="page">{strings.breadcrumb}</span>
      </nav>
      <header className="max-w-3xl space-y-3">
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{strings.title}</h1>
        <p className="text-lg text-soft">
          <Filled template={strings.lead} parts={{ example: code("4042412"), service: code("24") }} />
        </p>
        <p className="text-sm text-muted">
          {strings.source}{" "}
          <a href={ASPI_SOURCE} rel="noopener noreferrer" className="underline underline-offset-2">
            {strings.sourceLink}
          </a>{" "}
          {strings.sourceRest}
        </p>
        {letterCodes ? <FactNotes notes={[toFactNote(letterCodes, locale)]} locale={locale} /> : null}
      </header>
      <div className="scroll-x rounded-lg border border-line">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{strings.caption}</caption>
          <thead className="bg-subtle text-xs tracking-wide text-muted uppercase">
            <tr>
              <th scope="col" className="px-3 py-2">{strings.columns.code}</th>
              <th scope="col" className="px-3 py-2">{strings.columns.name}</th>
              <th scope="col" className="px-3 py-2">{strings.columns.group}</th>
              <th scope="col" className="px-3 py-2">{strings.columns.method}</th>
              <th scope="col" className="px-3 py-2">{strings.columns.doku}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-line">
            {services.map((service) => (
              <tr key={service.code} id={serviceAnchor(service.code)} className="scroll-mt-4 target:bg-amber-50 dark:target:bg-amber-950/40">
                <th scope="row" className="px-3 py-2 font-mono text-base">{service.code}</th>
                <td className="px-3 py-2" {...englishOnly}>{service.name}</td>
                <td className="px-3 py-2">{serviceGroupName(service.group, locale)}</td>
                <td className="px-3 py-2 font-mono text-xs">
                  {service.method} {service.path}
                  {service.methodNote ? <p className="mt-1 font-sans text-muted">{locale === "id" ? service.methodNoteId : service.methodNote}</p> : null}
                </td>
                <td className="px-3 py-2">
                  {service.doku ? (
                    <>
                      <span className="font-semibold">{operationName(service.doku.operation, locale)}</span>
                      {service.doku.endpoint ? <code className="block font-mono text-xs">{service.doku.endpoint}</code> : null}
                      <span className="block text-xs">
                        {strings.success} <code className="font-mono">{service.doku.successCode}</code>
                      </span>
                      {service.doku.note ? <span className="block text-xs text-muted">{locale === "id" ? service.doku.noteId : service.doku.note}</span> : null}
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
