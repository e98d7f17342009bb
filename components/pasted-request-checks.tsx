"use client";

import { ChecksList } from "@/components/signature-report";
import { SignatureCheckLink } from "@/components/signature-check-link";
import type { PastedRequestCheck } from "@/lib/signature/pasted-request";
import { DECODE_STRINGS } from "@/lib/i18n/decode";
import { SIGNATURE_TEXT } from "@/lib/i18n/signature";
import type { Locale } from "@/lib/i18n/locale";

/**
 * The paste-box's word on the request in a paste: the signature checks that need no secret, and a link that opens the
 * request in /signature/. The paste travels in memory only (components/request-handoff.ts), never in the link.
 */
export function PastedRequestChecks({ locale = "en", check, paste }: { locale?: Locale; check: PastedRequestCheck; paste: string }) {
  const strings = DECODE_STRINGS[locale].request;
  const signatureWords = SIGNATURE_TEXT[locale];
  return (
    <section aria-labelledby="pasted-request" className="space-y-2 rounded-lg border border-line p-4">
      <h2 id="pasted-request" className="text-lg font-semibold">
        {strings.heading}
      </h2>
      <p className="text-sm text-soft">
        {strings.readFrom(signatureWords.sources[check.source], signatureWords.schemes[check.recognised.scheme], check.recognised.reason)}
      </p>
      {check.findings.length > 0 ? <ChecksList checks={check.findings} locale={locale} /> : <p className="text-sm">{strings.passes}</p>}
      <p className="text-sm">
        <SignatureCheckLink paste={paste} locale={locale}>{strings.check}</SignatureCheckLink> <span className="text-muted">{strings.checkNote}</span>
      </p>
    </section>
  );
}
