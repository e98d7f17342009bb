"use client";

import { SiteLink } from "@/components/site-link";
import { useId, useState } from "react";
import { FactNotes } from "@/components/fact-notes";
import { NearestCodes } from "@/components/nearest-codes";
import { SnapCodeParts } from "@/components/snap-code-parts";
import type { IslandStart } from "@/components/islands/mount";
import { explainSnapCode, type SnapCatalogue } from "@/lib/snap/explain-code";
import { notesForMalformedCode, parseSnapCode } from "@/lib/snap/parse-code";

/** Explains any SNAP code from its parts; the code is kept in the URL (?code=) so an explanation can be shared. */
export function SnapCodeExplainer({ catalogue, start }: { catalogue: SnapCatalogue; start?: IslandStart }) {
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

  const parsed = code.trim() ? parseSnapCode(code) : undefined;
  const explanation = parsed?.kind === "snap" ? explainSnapCode(parsed, catalogue) : undefined;

  return (
    <div className="space-y-4">
      <label htmlFor={inputId} className="block font-semibold">
        SNAP code
      </label>
      <input
        data-field="code"
        autoFocus={start?.focused === "code"}
        id={inputId}
        value={code}
        onChange={(event) => update(event.target.value)}
        placeholder="e.g. 4012400 or 409US00"
        maxLength={64}
        autoComplete="off"
        spellCheck={false}
        inputMode="text"
        className="w-full max-w-xs rounded-md border border-field bg-raised px-3 py-2 font-mono text-lg"
      />
      <div role="region" aria-label="Code explanation" aria-live="polite" className="space-y-3">
        {parsed?.kind === "malformed" ? (
          <div className="rounded-lg border border-warn-line bg-warn p-4">
            <p className="font-semibold">Not a well-formed SNAP code</p>
            <ul className="mt-2 list-disc space-y-1 pl-5">
              {parsed.problems.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
            <FactNotes notes={notesForMalformedCode(parsed.normalised).flatMap((id) => catalogue.notes[id] ?? [])} className="mt-3" />
          </div>
        ) : null}
        {explanation ? (
          <>
            <SnapCodeParts explanation={explanation} />
            {explanation.documented ? (
              <p>
                <SiteLink href={explanation.documented.url} className="font-semibold underline underline-offset-2">
                  {explanation.documented.code} {explanation.documented.title}
                </SiteLink>{" "}
                has its own page: DOKU documents or uses this exact code.
              </p>
            ) : (
              <p>
                <strong>Composed from the standard, not documented:</strong> no DOKU source we know lists{" "}
                <code className="font-mono">{explanation.code}</code> itself, so this reading comes from its parts.
                {explanation.case.entry ? (
                  <>
                    {" "}
                    Read the case page,{" "}
                    <SiteLink href={explanation.case.entry.url} className="underline underline-offset-2">
                      {explanation.case.entry.code}
                    </SiteLink>
                    , for causes and fixes.
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
            <FactNotes notes={explanation.notes} />
            <NearestCodes codes={explanation.nearest} />
          </>
        ) : null}
      </div>
    </div>
  );
}
