import { CustomerMessage } from "@/components/customer-message";
import { SiteLink } from "@/components/site-link";
import { Fact } from "@/components/fact";
import { FactNotes } from "@/components/fact-notes";
import { NearestCodes } from "@/components/nearest-codes";
import { SignatureCheckLink } from "@/components/signature-check-link";
import { SnapCodeParts } from "@/components/snap-code-parts";
import type { DecodeEntry, GuideRef } from "@/lib/decode/catalogue";
import type { AnsweredBy, Finding, HttpStatusFinding } from "@/lib/decode/decode";
import { entryOf } from "@/lib/decode/findings";
import { HTTP_REASONS } from "@/lib/snap/http-reasons";
import { hasSignatureCheck } from "@/lib/signature/related-codes";
import { DECODE_STRINGS, type DecodeStrings } from "@/lib/i18n/decode";
import type { Locale } from "@/lib/i18n/locale";

/** Where the reader can report a code we do not know (REPORT_URL): the code only, never the paste. */
function reportHref(code: string, reportUrl: string): string {
  const title = `Unknown DOKU code: ${code}`;
  const body = `Code: ${code}\n(Where did you see it? Which API or SDK?)`;
  return `${reportUrl}?${new URLSearchParams({ title, body })}`;
}

/**
 * One code found in a paste: its parts, the source's words, and what to do. All values render as text.
 * `signaturePaste`: the paste, when it holds the request, for the signature check link to take along.
 */
export function DecodedFinding({ locale = "en", finding, reportUrl, signaturePaste }: { locale?: Locale; finding: Finding; reportUrl: string; signaturePaste?: string }) {
  const entry = entryOf(finding);
  const says = DECODE_STRINGS[locale];
  const strings = says.finding;
  return (
    <section aria-label={strings.code(finding.code)} className="space-y-3">
      <header className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <code className="font-mono text-2xl font-bold text-accent">
          {finding.kind === "network" ? `curl ${finding.code}` : finding.kind === "http-status" ? `HTTP ${finding.code}` : finding.code}
        </code>
        <span className="rounded-full bg-chip px-2.5 py-0.5 text-xs font-medium">{says.kinds[finding.kind]}</span>
        <span className="text-xs text-muted">
          {strings.in} <code className="font-mono">{finding.field}</code>
        </span>
      </header>

      {finding.message ? (
        <p className="text-sm">
          <span className="font-semibold">{strings.message}</span>
          <q className="font-mono break-words">{finding.message}</q>
        </p>
      ) : null}

      <FindingBody locale={locale} says={says} finding={finding} reportUrl={reportUrl} />
      <FactNotes notes={finding.notes} locale={locale} />

      {hasSignatureCheck(entry?.id) ? (
        <p className="text-sm">
          <SignatureCheckLink paste={signaturePaste} locale={locale}>{strings.signatureCheck}</SignatureCheckLink>{" "}
          <span className="text-muted">{signaturePaste ? strings.signatureWithPaste : strings.signatureWithoutPaste}</span>
        </p>
      ) : null}
      {entry?.customerMessage ? (
        <CustomerMessage
          locale={locale}
          english={entry.customerMessage.en}
          indonesian={entry.customerMessage.id}
          headingId={`for-the-customer-${finding.field}-${finding.code}`.replace(/[^\w-]/g, "_")}
          on="finding"
        />
      ) : null}
    </section>
  );
}

function FindingBody({ locale, says, finding, reportUrl }: { locale: Locale; says: DecodeStrings; finding: Finding; reportUrl: string }) {
  const strings = says.finding;
  const explain = (entry: DecodeEntry, rest: { detail?: string; isCase?: boolean } = {}) => <EntryExplanation strings={strings} entry={entry} {...rest} />;
  const nearest = (codes: Parameters<typeof NearestCodes>[0]["codes"]) => <NearestCodes codes={codes} locale={locale} />;
  const report = (code: string) => <ReportLink strings={strings} code={code} reportUrl={reportUrl} />;
  switch (finding.kind) {
    case "documented":
      return (
        <>
          {finding.snap ? <SnapCodeParts explanation={finding.snap} locale={locale} /> : null}
          {explain(finding.entry, finding.detail ? { detail: finding.detail } : {})}
        </>
      );
    case "composed":
      return (
        <>
          <SnapCodeParts explanation={finding.snap} locale={locale} />
          {finding.entry ? explain(finding.entry, { ...(finding.detail ? { detail: finding.detail } : {}), isCase: true }) : null}
          {nearest(finding.nearest)}
        </>
      );
    case "malformed":
      return (
        <>
          <ul className="list-disc space-y-1 pl-5 text-sm">
            {finding.problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
          {nearest(finding.nearest)}
          {report(finding.code)}
        </>
      );
    case "unknown":
      return (
        <>
          <GuideMentions strings={strings} code={finding.code} guides={finding.mentionedIn} />
          {nearest(finding.nearest)}
          {report(finding.code)}
        </>
      );
    case "checkout":
      return null;
    case "other-provider":
      return (
        <p>{strings.otherProvider(finding.provider, finding.provider === "Midtrans" ? "status_code and status_message" : "error_code and message")}</p>
      );
    case "http-status":
      return (
        <>
          <p className="text-sm">{answeredByText(finding.answeredBy, locale)}</p>
          {finding.entry ? (
            explain(finding.entry)
          ) : (
            <p className="text-sm">
              {strings.noStatusPage(`HTTP ${finding.status}${HTTP_REASONS[finding.status] ? ` ${HTTP_REASONS[finding.status]}` : ""}`)} {retryAdvice(finding, strings)}
            </p>
          )}
        </>
      );
    case "network":
      return finding.entry ? explain(finding.entry) : <p className="text-sm">{strings.noCurlPage(finding.code)}</p>;
  }
}

/** Who answered an HTTP status with no DOKU code, in words; the evidence is the response itself. */
export function answeredByText(answeredBy: AnsweredBy, locale: Locale = "en"): string {
  const says = DECODE_STRINGS[locale].answeredBy;
  const sentTo = answeredBy.host ? says.sentTo(answeredBy.host) : "";
  switch (answeredBy.kind) {
    case "gateway":
      return says.gateway(answeredBy.name, sentTo);
    case "unknown":
      return answeredBy.evidence === "empty-body" ? says.emptyBody(sentTo) : says.statusLineOnly(sentTo);
  }
}

function retryAdvice(finding: HttpStatusFinding, strings: DecodeStrings["finding"]): string {
  return finding.status >= 500 || finding.status === 429 || finding.status === 408 ? strings.retryAfterStatusCheck : "";
}

function ReportLink({ strings, code, reportUrl }: { strings: DecodeStrings["finding"]; code: string; reportUrl: string }) {
  // Without REPORT_URL there is nowhere honest to send a report: a mail draft with no recipient helps no one.
  if (!reportUrl) return null;
  return (
    <p className="text-sm">
      <a href={reportHref(code, reportUrl)} className="underline underline-offset-2">
        {strings.report}
      </a>{" "}
      <span className="text-muted">{strings.reportNote}</span>
    </p>
  );
}

function GuideMentions({ strings, code, guides }: { strings: DecodeStrings["finding"]; code: string; guides: readonly GuideRef[] }) {
  if (guides.length === 0) return null;
  const words = strings.guideMentions(guides.length);
  return (
    <p className="text-sm">
      {words.before}
      <code className="font-mono">{code}</code>
      {words.middle}
      {guides.map((guide, index) => (
        <span key={guide.url}>
          {index > 0 ? words.and : ""}
          <SiteLink href={guide.url} className="font-semibold text-accent underline underline-offset-2">
            {guide.title}
          </SiteLink>
        </span>
      ))}
      {words.after}
    </p>
  );
}

function EntryExplanation({ strings, entry, detail, isCase = false }: { strings: DecodeStrings["finding"]; entry: DecodeEntry; detail?: string; isCase?: boolean }) {
  return (
    <div className="space-y-3">
      {entry.words.length > 0 ? (
        <div className="rounded-lg border-l-4 border-accent bg-accent-soft p-3 text-sm">
          <p className="font-semibold">
            {entry.publisherWords}
            {isCase ? strings.forCase(entry.code) : ""}
          </p>
          <dl className="mt-1 grid gap-x-4 sm:grid-cols-[max-content_1fr]">
            {entry.words.map(([label, text, ourTranslation]) => (
              <div key={label} className="contents">
                <dt className="text-muted">{label}</dt>
                <dd>
                  {/* The publisher's words as published; our translation beside them, labelled as ours. */}
                  {text}
                  {ourTranslation ? (
                    <span className="block text-soft">
                      <span className="text-muted">{strings.ourTranslation}</span> {ourTranslation}
                    </span>
                  ) : null}
                </dd>
              </div>
            ))}
          </dl>
        </div>
      ) : null}
      <dl className="grid gap-3 text-sm sm:grid-cols-2">
        <Fact valueClassName="space-y-1" term={strings.whatItMeans}>
          <strong>{entry.title}.</strong> {entry.summary}
        </Fact>
        {entry.httpStatus !== undefined ? (
          <Fact valueClassName="space-y-1" term={strings.httpStatus}>
            <code className="font-mono">{entry.httpStatus}</code>
            {HTTP_REASONS[entry.httpStatus] ? ` ${HTTP_REASONS[entry.httpStatus]}` : ""}
          </Fact>
        ) : (
          <Fact valueClassName="space-y-1" term={strings.outcome}>
            {entry.outcomeLabel}
          </Fact>
        )}
        {detail || entry.causes.length > 0 ? (
          <Fact valueClassName="space-y-1" term={strings.likelyCause}>
            {detail ? <p className="font-medium">{detail}</p> : null}
            {entry.causes.length > 0 ? (
              <ul className="list-disc pl-5">
                {entry.causes.map((cause) => (
                  <li key={cause}>{cause}</li>
                ))}
              </ul>
            ) : null}
          </Fact>
        ) : null}
        {entry.nextStep ? (
          <Fact valueClassName="space-y-1" term={strings.whatToDo}>
            {entry.nextStep}
          </Fact>
        ) : null}
        <Fact valueClassName="space-y-1" term={strings.whoMustAct}>
          {entry.whoActs.join(", ")}
        </Fact>
        <Fact valueClassName="space-y-1" term={strings.safeToRetry}>
          <strong>{entry.retry.label}.</strong> {entry.retry.reason}
        </Fact>
      </dl>
      <p className="text-sm">
        <SiteLink href={entry.url} className="font-semibold text-accent underline underline-offset-2">
          {strings.readPage(entry.code, isCase)}
        </SiteLink>
      </p>
    </div>
  );
}
