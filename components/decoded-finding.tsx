import { SiteLink } from "@/components/site-link";
import { Fact } from "@/components/fact";
import { NearestCodes } from "@/components/nearest-codes";
import { SignatureCheckLink } from "@/components/pasted-request-checks";
import { SnapCodeParts } from "@/components/snap-code-parts";
import type { DecodeEntry } from "@/lib/decode/catalogue";
import type { Finding } from "@/lib/decode/decode";
import { FINDING_KIND_LABELS } from "@/lib/decode/finding-kinds";
import { hasSignatureCheck } from "@/lib/signature/related-codes";
// The vocabulary, not the schema: this component runs in the browser, and the schema would bring zod with it.
import { PUBLISHER_WORDS } from "@/lib/content/vocabulary";

/** Where the user can report a code we do not know (REPORT_URL, else an e-mail draft): the code only, never the paste. */
function reportHref(code: string, reportUrl: string): string {
  const title = `Unknown DOKU code: ${code}`;
  const body = `Code: ${code}\n(Where did you see it? Which API or SDK?)`;
  return reportUrl
    ? `${reportUrl}?${new URLSearchParams({ title, body })}`
    : `mailto:?subject=${encodeURIComponent(title)}&body=${encodeURIComponent(body)}`;
}

/**
 * One code found in a paste: its parts, the source's words, and what to do. All values render as text.
 * `signaturePaste`: the paste, when it holds the request, for the signature check link to take along.
 */
export function DecodedFinding({ finding, reportUrl, signaturePaste }: { finding: Finding; reportUrl: string; signaturePaste?: string }) {
  const { entry } = finding;
  return (
    <section aria-label={`Code ${finding.code}`} className="space-y-3">
      <header className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <code className="font-mono text-2xl font-bold text-brand-700 dark:text-brand-300">{finding.code}</code>
        <span className="rounded-full bg-zinc-100 px-2.5 py-0.5 text-xs font-medium dark:bg-zinc-800">{FINDING_KIND_LABELS[finding.kind]}</span>
        <span className="text-xs text-zinc-600 dark:text-zinc-400">
          in <code className="font-mono">{finding.field}</code>
        </span>
      </header>

      {finding.provider ? (
        <p>
          This looks like a <strong>{finding.provider}</strong> response ({finding.provider === "Midtrans" ? "status_code and status_message" : "error_code and message"}),
          not DOKU&rsquo;s. Look the code up in {finding.provider}&rsquo;s documentation; this site explains DOKU&rsquo;s codes only.
        </p>
      ) : null}

      {finding.message ? (
        <p className="text-sm">
          <span className="font-semibold">Message in the response: </span>
          <q className="font-mono break-words">{finding.message}</q>
        </p>
      ) : null}

      {finding.snap ? <SnapCodeParts explanation={finding.snap} /> : null}

      {finding.problems.length > 0 ? (
        <ul className="list-disc space-y-1 pl-5 text-sm">
          {finding.problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      ) : null}

      {entry ? <EntryExplanation entry={entry} finding={finding} /> : null}

      {finding.notes.length > 0 ? (
        <ul className="space-y-1 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm dark:border-amber-700 dark:bg-amber-950/40">
          {finding.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      ) : null}

      <NearestCodes codes={finding.nearest} />

      {hasSignatureCheck(entry?.id) ? (
        <p className="text-sm">
          <SignatureCheckLink paste={signaturePaste}>Check the request&rsquo;s signature</SignatureCheckLink>{" "}
          <span className="text-zinc-600 dark:text-zinc-400">
            {signaturePaste ? "(the request in this paste goes along, inside this tab)" : "(paste the request that got this answer)"}
          </span>
        </p>
      ) : null}

      {finding.kind === "unknown" || finding.kind === "malformed" ? (
        <p className="text-sm">
          <a href={reportHref(finding.code, reportUrl)} className="underline underline-offset-2">
            Report this code
          </a>{" "}
          <span className="text-zinc-600 dark:text-zinc-400">(the report carries the code only, never what you pasted)</span>
        </p>
      ) : null}
    </section>
  );
}

function EntryExplanation({ entry, finding }: { entry: DecodeEntry; finding: Finding }) {
  const isCase = finding.kind === "composed";
  return (
    <div className="space-y-3">
      {entry.words.length > 0 ? (
        <div className="rounded-lg border-l-4 border-brand-600 bg-brand-50 p-3 text-sm dark:border-brand-300 dark:bg-zinc-900">
          <p className="font-semibold">
            {PUBLISHER_WORDS[entry.publisher]}
            {isCase ? ` for case ${entry.code}` : ""}
          </p>
          <dl className="mt-1 grid gap-x-4 sm:grid-cols-[max-content_1fr]">
            {entry.words.map(([label, text]) => (
              <div key={label} className="contents">
                <dt className="text-zinc-600 dark:text-zinc-400">{label}</dt>
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
        {finding.detail || entry.causes.length > 0 ? (
          <Fact valueClassName="space-y-1" term="Likely cause">
            {finding.detail ? <p className="font-medium">{finding.detail}</p> : null}
            {entry.causes.length > 0 ? (
              <ul className="list-disc pl-5">
                {entry.causes.map((cause) => (
                  <li key={cause}>{cause}</li>
                ))}
              </ul>
            ) : null}
          </Fact>
        ) : null}
        {entry.nextStep ? <Fact valueClassName="space-y-1" term="What to do">{entry.nextStep}</Fact> : null}
        <Fact valueClassName="space-y-1" term="Who must act">{entry.whoActs.join(", ")}</Fact>
        <Fact valueClassName="space-y-1" term="Safe to retry?">
          <strong>{entry.retry.label}.</strong> {entry.retry.reason}
        </Fact>
      </dl>
      <p className="text-sm">
        <SiteLink href={entry.url} className="font-semibold text-brand-700 underline underline-offset-2 dark:text-brand-300">
          {isCase ? `Read the page for case ${entry.code}` : `Read the page for ${entry.code}`}
        </SiteLink>
      </p>
    </div>
  );
}
