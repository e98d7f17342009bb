"use client";

import { useId, useState } from "react";
import { FactNotes } from "@/components/fact-notes";
import { NearestCodes } from "@/components/nearest-codes";
import { SnapCodeParts } from "@/components/snap-code-parts";
import type { IslandStart } from "@/components/islands/static-island";
import { SiteLink } from "@/components/site-link";
import { type Locale, localePath } from "@/lib/i18n/locale";
import { SNAP_STRINGS } from "@/lib/i18n/snap";
import { explainSnapCode, type SnapCatalogue } from "@/lib/snap/explain-code";
import { notesForMalformedCode, parseSnapCode } from "@/lib/snap/parse-code";

/**
 * Explains any SNAP code from its parts; the code is kept in the URL (?code=) so an explanation can be shared. The
 * catalogue is built in the same language (toSnapCatalogue), so titles, notes and warnings match the page.
 */
export function SnapCodeExplainer({ catalogue, locale = "en", start }: { catalogue: SnapCatalogue; locale?: Locale; start?: IslandStart }) {
  const inputId = useId();
  // Mounted as an island (start is set): what was typed before it mounted, else the code a shared link carries.
  const [code, setCode] = useState(() => (start ? start.fields.code || (new URLSearchParams(window.location.search).get("code") ?? "").slice(0, 64) : ""));

  function update(value: string) {
    setCode(value);
    const url = new URL(window.location.href);
    if (value.trim()) url.searchParams.set("code", value.trim());
    else url.searchParams.delete("code");
    window.history.replaceState(null, "", url);
  }

  const strings = SNAP_STRINGS[locale].explainer;
  const at = (sitePath: string) => localePath(locale, sitePath);
  const parsed = code.trim() ? parseSnapCode(code, locale) : undefined;
  const explanation = parsed?.kind === "snap" ? explainSnapCode(parsed, catalogue) : undefined;

  return (
    <div className="space-y-4">
      <label htmlFor={inputId} className="block font-semibold">
        {strings.label}
      </label>
      <input
        data-field="code"
        id={inputId}
        value={code}
        onChange={(event) => update(event.target.value)}
        placeholder={strings.placeholder}
        maxLength={64}
        autoComplete="off"
        spellCheck={false}
        inputMode="text"
        className="w-full max-w-xs rounded-md border border-field bg-raised px-3 py-2 font-mono text-lg"
      />
      <div role="region" aria-label={strings.region} aria-live="polite" className="space-y-3">
        {parsed?.kind === "malformed" ? (
          <div className="rounded-lg border border-warn-line bg-warn p-4">
            <p className="font-semibold">{strings.malformed}</p>
            <ul className="mt-2 list-disc space-y-1 pl-5">
              {parsed.problems.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
            <FactNotes notes={notesForMalformedCode(parsed.normalised).flatMap((id) => catalogue.notes[id] ?? [])} className="mt-3" locale={locale} />
          </div>
        ) : null}
        {explanation ? (
          <>
            <SnapCodeParts explanation={explanation} locale={locale} />
            {explanation.documented ? (
              <p>
                <SiteLink href={at(explanation.documented.url)} className="font-semibold underline underline-offset-2">
                  {explanation.documented.code} {explanation.documented.title}
                </SiteLink>
                {strings.documented}
              </p>
            ) : (
              <p>
                <strong>{strings.composedLead}</strong> {strings.composed[0]}
                <code className="font-mono">{explanation.code}</code>
                {strings.composed[1]}
                {explanation.case.entry ? (
                  <>
                    {" "}
                    {strings.readCase[0]}
                    <SiteLink href={at(explanation.case.entry.url)} className="underline underline-offset-2">
                      {explanation.case.entry.code}
                    </SiteLink>
                    {strings.readCase[1]}
                  </>
                ) : null}
              </p>
            )}
            {explanation.warnings.length > 0 ? (
              <ul className="list-disc space-y-1 pl-5 text-sm">
                {explanation.warnings.map((warning) => (
                  <li key={warning}>{warning}</li>
                ))}
              </ul>
            ) : null}
            <FactNotes notes={explanation.notes} locale={locale} />
            <NearestCodes codes={explanation.nearest.map((near) => ({ ...near, url: at(near.url) }))} locale={locale} />
          </>
        ) : null}
      </div>
    </div>
  );
}
