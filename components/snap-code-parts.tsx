import { SiteLink } from "@/components/site-link";
import { type Locale, localePath } from "@/lib/i18n/locale";
import type { SnapCodeExplanation } from "@/lib/snap/explain-code";
import { serviceAnchor } from "@/lib/snap/explain-code";

const STRINGS = {
  en: {
    label: "Parts of the code",
    httpStatus: "HTTP status",
    notStandardStatus: "Not a standard HTTP status",
    serviceCode: "Service code",
    anyService: "Any service: the case means the same on every SNAP service.",
    unknownService: "Not in the standard's list of services",
    caseCode: "Case code",
    unknownCase: "Not defined by the standard for this HTTP status",
  },
  id: {
    label: "Bagian-bagian kode",
    httpStatus: "Status HTTP",
    notStandardStatus: "Bukan status HTTP standar",
    serviceCode: "Kode layanan",
    anyService: "Layanan apa pun: kasus ini berarti sama di setiap layanan SNAP.",
    unknownService: "Tidak ada di daftar layanan standar",
    caseCode: "Kode kasus",
    unknownCase: "Tidak didefinisikan standar untuk status HTTP ini",
  },
} satisfies Record<Locale, unknown>;

/**
 * The three parts of a SNAP code, each named: HTTP status, service, case. Works on server and client. The names of
 * services, reasons and case messages are the standard's, as published.
 */
export function SnapCodeParts({ explanation, isCasePattern = false, locale = "en" }: { explanation: SnapCodeExplanation; isCasePattern?: boolean; locale?: Locale }) {
  const { http, service, case: kase } = explanation;
  const strings = STRINGS[locale];
  return (
    <dl className="grid gap-3 text-sm sm:grid-cols-3" aria-label={strings.label}>
      <Part term={strings.httpStatus} value={String(http.status)}>
        {http.reason ?? strings.notStandardStatus}
      </Part>
      <Part term={strings.serviceCode} value={service.code}>
        {isCasePattern ? (
          strings.anyService
        ) : service.known ? (
          <>
            <SiteLink href={`${localePath(locale, "/snap/services/")}#${serviceAnchor(service.code)}`} className="underline underline-offset-2">
              {service.known.name}
            </SiteLink>{" "}
            ({service.known.group})
          </>
        ) : (
          strings.unknownService
        )}
      </Part>
      <Part term={strings.caseCode} value={kase.code}>
        {kase.entry ? (
          isCasePattern ? (
            kase.entry.responseMessage
          ) : (
            <SiteLink href={localePath(locale, kase.entry.url)} className="underline underline-offset-2">
              {kase.entry.code}: {kase.entry.responseMessage}
            </SiteLink>
          )
        ) : (
          strings.unknownCase
        )}
      </Part>
    </dl>
  );
}

function Part({ term, value, children }: { term: string; value: string; children: React.ReactNode }) {
  return (
    <div className="rounded-lg border border-line p-3">
      <dt className="text-xs font-semibold tracking-wide text-muted uppercase">{term}</dt>
      <dd className="mt-1">
        <code className="font-mono text-base font-semibold">{value}</code>
        <div className="mt-1">{children}</div>
      </dd>
    </div>
  );
}
