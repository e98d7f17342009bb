import type { Metadata } from "next";
import { Filled } from "@/components/entry-article";
import { GlossaryTable } from "@/components/glossary-table";
import { Island } from "@/components/island";
import { pageMetadata } from "@/components/page-metadata";
import { SiteLink } from "@/components/site-link";
import { SnapCodeExplainer } from "@/components/snap-code-explainer";
import { listEntries, listEntriesOf, listNotes, listServices } from "@/lib/content/load";
import { LABELS } from "@/lib/i18n/labels";
import { type Locale, localePath } from "@/lib/i18n/locale";
import { fill } from "@/lib/i18n/site";
import { SNAP_STRINGS } from "@/lib/i18n/snap";
import { toSnapCatalogue } from "@/lib/snap/snap-catalogue";

export function snapIndexMetadata(locale: Locale): Metadata {
  const strings = SNAP_STRINGS[locale].index;
  return pageMetadata({ locale, path: "/snap/", title: strings.title, description: strings.description });
}

/** /snap/ in a language: how a SNAP code is built, the explainer, every case code and the full codes DOKU uses. */
export function SnapIndexPage({ locale }: { locale: Locale }) {
  const strings = SNAP_STRINGS[locale].index;
  const cases = listEntriesOf("snap-case");
  const codes = listEntriesOf("snap-code");
  const services = listServices();
  const catalogue = toSnapCatalogue(listEntries(), services, listNotes(), locale);
  const code = (text: string) => <code className="font-mono">{text}</code>;
  return (
    <div className="space-y-12">
      <header className="max-w-3xl space-y-4">
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{strings.title}</h1>
        <p className="text-lg text-soft">
          <Filled template={strings.lead} parts={{ responseCode: code("responseCode"), example: code("4012400") }} />
        </p>
        <ul className="list-disc space-y-1 pl-5">
          <li>
            <a href="#snap-case" className="underline underline-offset-2">{fill(strings.cases, { count: cases.length })}</a>
            {strings.casesRest}
          </li>
          <li>
            <SiteLink href={localePath(locale, "/snap/services/")} className="underline underline-offset-2">{fill(strings.services, { count: services.length })}</SiteLink>
            {fill(strings.servicesRest, { used: services.filter((service) => service.doku).length })}
          </li>
          {codes.length > 0 ? (
            <li>
              <a href="#snap-code" className="underline underline-offset-2">{fill(strings.codes, { count: codes.length })}</a>
              {strings.codesRest}
            </li>
          ) : null}
        </ul>
      </header>

      <section aria-labelledby="explain" className="space-y-3">
        <h2 id="explain" className="text-2xl font-semibold tracking-tight">
          {strings.explainHeading}
        </h2>
        <p className="max-w-3xl text-soft">
          <Filled template={strings.explainLead} parts={{ example: code("409US00") }} />
        </p>
        <Island name="snap-explainer" props={{ catalogue, locale }}>
          <SnapCodeExplainer catalogue={catalogue} locale={locale} />
        </Island>
      </section>

      <GlossaryTable locale={locale} id="snap-case" caption={LABELS[locale].families["snap-case"]} entries={cases} />
      {codes.length > 0 ? <GlossaryTable locale={locale} id="snap-code" caption={LABELS[locale].families["snap-code"]} entries={codes} /> : null}
    </div>
  );
}
