import { SiteLink } from "@/components/site-link";
import { Fact } from "@/components/fact";
import { FactNotes } from "@/components/fact-notes";
import { NearestCodes } from "@/components/nearest-codes";
import { SignatureCheckLink } from "@/components/signature-check-link";
import { SnapCodeParts } from "@/components/snap-code-parts";
import type { DecodeEntry, GuideRef } from "@/lib/decode/catalogue";
import type { AnsweredBy, Finding, HttpStatusFinding } from "@/lib/decode/decode";
import { entryOf } from "@/lib/decode/findings";
import { FINDING_KIND_LABELS } from "@/lib/decode/finding-kinds";
import { HTTP_REASONS } from "@/lib/snap/http-reasons";
import { hasSignatureCheck } from "@/lib/signature/related-codes";
// The vocabulary, not the schema: this component runs in the browser, and the schema would bring zod with it.
import { OUTCOME_LABELS, PUBLISHER_WORDS } from "@/lib/content/vocabulary";

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
export function DecodedFinding({ finding, reportUrl, signaturePaste }: { finding: Finding; reportUrl: string; signaturePaste?: string }) {
  const entry = entryOf(finding);
  return (
    <section aria-label={`Code ${finding.code}`} className="space-y-3">
      <header className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <code className="font-mono text-2xl font-bold text-accent">
          {finding.kind === "network" ? `curl ${finding.code}` : finding.kind === "http-status" ? `HTTP ${finding.code}` : finding.code}
        </code>
        <span className="rounded-full bg-chip px-2.5 py-0.5 text-xs font-medium">{FINDING_KIND_LABELS[finding.kind]}</span>
        <span className="text-xs text-muted">
          in <code className="font-mono">{finding.field}</code>
        </span>
      </header>

      {finding.message ? (
        <p className="text-sm">
          <span className="font-semibold">Message in the response: </span>
          <q className="font-mono break-words">{finding.message}</q>
        </p>
      ) : null}

      <FindingBody finding={finding} reportUrl={reportUrl} />
      <FactNotes notes={finding.notes} />

      {hasSignatureCheck(entry?.id) ? (
        <p className="text-sm">
          <SignatureCheckLink paste={signaturePaste}>Check the request&rsquo;s signature</SignatureCheckLink>{" "}
          <span className="text-muted">
            {signaturePaste ? "(in a new tab, with the request in this paste filled in)" : "(paste the request that got this answer)"}
          </span>
        </p>
      ) : null}
    </section>
  );
}

function FindingBody({ finding, reportUrl }: { finding: Finding; reportUrl: string }) {
  switch (finding.kind) {
    case "documented":
      return (
        <>
          {finding.snap ? <SnapCodeParts explanation={finding.snap} /> : null}
          <EntryExplanation entry={finding.entry} detail={finding.detail} />
        </>
      );
    case "composed":
      return (
        <>
          <SnapCodeParts explanation={finding.snap} />
          {finding.entry ? <EntryExplanation entry={finding.entry} detail={finding.detail} isCase /> : null}
          <NearestCodes codes={finding.nearest} />
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
          <NearestCodes codes={finding.nearest} />
          <ReportLink code={finding.code} reportUrl={reportUrl} />
        </>
      );
    case "unknown":
      return (
        <>
          <GuideMentions code={finding.code} guides={finding.mentionedIn} />
          <NearestCodes codes={finding.nearest} />
          <ReportLink code={finding.code} reportUrl={reportUrl} />
        </>
      );
    case "checkout":
      return null;
    case "other-provider":
      return (
        <p>
          This looks like a <strong>{finding.provider}</strong> response ({finding.provider === "Midtrans" ? "status_code and status_message" : "error_code and message"}),
          not DOKU&rsquo;s. Look the code up in {finding.provider}&rsquo;s documentation; this site explains DOKU&rsquo;s codes only.
        </p>
      );
    case "http-status":
      return (
        <>
          <p className="text-sm">{answeredByText(finding.answeredBy)}</p>
          {finding.entry ? (
            <EntryExplanation entry={finding.entry} />
          ) : (
            <p className="text-sm">
              HTTP {finding.status}
              {HTTP_REASONS[finding.status] ? ` ${HTTP_REASONS[finding.status]}` : ""}: this reference has no page for this status.{" "}
              {retryAdvice(finding)}
            </p>
          )}
        </>
      );
    case "network":
      return finding.entry ? (
        <EntryExplanation entry={finding.entry} />
      ) : (
        <p className="text-sm">
          curl failed with exit code {finding.code} before any HTTP answer. This reference has no page for this code: look it up in curl&rsquo;s
          list of exit codes. If the request was a payment and may have been sent, check the payment&rsquo;s status before sending it again.
        </p>
      );
  }
}

/** Who answered an HTTP status with no DOKU code, in words; the evidence is the response itself. */
export function answeredByText(answeredBy: AnsweredBy): string {
  const sentTo = answeredBy.host ? ` The request went to ${answeredBy.host}.` : "";
  switch (answeredBy.kind) {
    case "gateway":
      return `Answered by ${answeredBy.name ? `${answeredBy.name}, ` : ""}a web server, CDN or load balancer, not by a DOKU API: DOKU's APIs answer with a JSON body.${sentTo} Whether the request reached DOKU's API is not known from this answer.`;
    case "unknown":
      return answeredBy.evidence === "empty-body"
        ? `The body is empty, so nothing says whether DOKU or something in between answered (DOKU documents JSON bodies for its errors; a proxy, or a log that drops bodies, gives none).${sentTo}`
        : `Only the status line is here: nothing says whether DOKU or something in between answered. Paste the body and headers too, if you have them.${sentTo}`;
  }
}

function retryAdvice(finding: HttpStatusFinding): string {
  return finding.status >= 500 || finding.status === 429 || finding.status === 408
    ? "If the request was a payment, check the payment's status before sending it again: it may have been processed."
    : "";
}

function ReportLink({ code, reportUrl }: { code: string; reportUrl: string }) {
  // Without REPORT_URL there is nowhere honest to send a report: a mail draft with no recipient helps no one.
  if (!reportUrl) return null;
  return (
    <p className="text-sm">
      <a href={reportHref(code, reportUrl)} className="underline underline-offset-2">
        Report this code
      </a>{" "}
      <span className="text-muted">(the report carries the code only, never what you pasted)</span>
    </p>
  );
}

function GuideMentions({ code, guides }: { code: string; guides: readonly GuideRef[] }) {
  if (guides.length === 0) return null;
  return (
    <p className="text-sm">
      No page explains <code className="font-mono">{code}</code>, but{" "}
      {guides.map((guide, index) => (
        <span key={guide.url}>
          {index > 0 ? " and " : ""}
          <SiteLink href={guide.url} className="font-semibold text-accent underline underline-offset-2">
            {guide.title}
          </SiteLink>
        </span>
      ))}{" "}
      mention{guides.length === 1 ? "s" : ""} it.
    </p>
  );
}

function EntryExplanation({ entry, detail, isCase = false }: { entry: DecodeEntry; detail?: string; isCase?: boolean }) {
  return (
    <div className="space-y-3">
      {entry.words.length > 0 ? (
        <div className="rounded-lg border-l-4 border-accent bg-accent-soft p-3 text-sm">
          <p className="font-semibold">
            {PUBLISHER_WORDS[entry.publisher]}
            {isCase ? ` for case ${entry.code}` : ""}
          </p>
          <dl className="mt-1 grid gap-x-4 sm:grid-cols-[max-content_1fr]">
            {entry.words.map(([label, text]) => (
              <div key={label} className="contents">
                <dt className="text-muted">{label}</dt>
                <dd>{text}</dd>
              </div>
            ))}
          </dl>
        </div>
      ) : null}
      <dl className="grid gap-3 text-sm sm:grid-cols-2">
        <Fact valueClassName="space-y-1" term="What it means">
          <strong>{entry.title}.</strong> {entry.summary}
        </Fact>
        {entry.httpStatus !== undefined ? (
          <Fact valueClassName="space-y-1" term="HTTP status">
            <code className="font-mono">{entry.httpStatus}</code>
            {HTTP_REASONS[entry.httpStatus] ? ` ${HTTP_REASONS[entry.httpStatus]}` : ""}
          </Fact>
        ) : (
          <Fact valueClassName="space-y-1" term="Outcome">
            {OUTCOME_LABELS[entry.outcome]}
          </Fact>
        )}
        {detail || entry.causes.length > 0 ? (
          <Fact valueClassName="space-y-1" term="Likely cause">
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
          <Fact valueClassName="space-y-1" term="What to do">
            {entry.nextStep}
          </Fact>
        ) : null}
        <Fact valueClassName="space-y-1" term="Who must act">
          {entry.whoActs.join(", ")}
        </Fact>
        <Fact valueClassName="space-y-1" term="Safe to retry?">
          <strong>{entry.retry.label}.</strong> {entry.retry.reason}
        </Fact>
      </dl>
      <p className="text-sm">
        <SiteLink href={entry.url} className="font-semibold text-accent underline underline-offset-2">
          {isCase ? `Read the page for case ${entry.code}` : `Read the page for ${entry.code}`}
        </SiteLink>
      </p>
    </div>
  );
}
