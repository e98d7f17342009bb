import { SiteLink } from "@/components/site-link";
import type { SnapCodeExplanation } from "@/lib/snap/explain-code";
import { serviceAnchor } from "@/lib/snap/snap-catalogue";

/** The three parts of a SNAP code, each named: HTTP status, service, case. Works on server and client. */
export function SnapCodeParts({ explanation, isCasePattern = false }: { explanation: SnapCodeExplanation; isCasePattern?: boolean }) {
  const { http, service, case: kase } = explanation;
  return (
    <dl className="grid gap-3 text-sm sm:grid-cols-3" aria-label="Parts of the code">
      <Part term="HTTP status" value={String(http.status)}>
        {http.reason ?? "Not a standard HTTP status"}
      </Part>
      <Part term="Service code" value={service.code}>
        {isCasePattern ? (
          "Any service: the case means the same on every SNAP service."
        ) : service.known ? (
          <>
            <SiteLink href={`/snap/services/#${serviceAnchor(service.code)}`} className="underline underline-offset-2">
              {service.known.name}
            </SiteLink>{" "}
            ({service.known.group})
          </>
        ) : (
          "Not in the standard's list of services"
        )}
      </Part>
      <Part term="Case code" value={kase.code}>
        {kase.entry ? (
          isCasePattern ? (
            kase.entry.responseMessage
          ) : (
            <SiteLink href={kase.entry.url} className="underline underline-offset-2">
              {kase.entry.code}: {kase.entry.responseMessage}
            </SiteLink>
          )
        ) : (
          "Not defined by the standard for this HTTP status"
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
