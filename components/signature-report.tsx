import { CopyButton } from "@/components/copy-button";
import { SiteLink } from "@/components/site-link";
import type { BodySummary, StringToSign } from "@/lib/signature/canonical";
import type { SignatureReport } from "@/lib/signature/check-signature";
import type { Check, CheckLevel } from "@/lib/signature/checks";
import type { StringComparison } from "@/lib/signature/compare";
import type { PageLink } from "@/lib/signature/links";
import { SCHEME_LABELS } from "@/lib/signature/scheme";
import type { Verdict } from "@/lib/signature/verify";

/** Bodies this long are shown in part, and the page says how much. */
const SHOWN_BODY_CHARS = 4_000;

const box = "rounded-lg border p-4";
const calm = `${box} border-line`;
const amber = `${box} border-warn-line bg-warn`;

/** The "Signature check" region's content: every string shown comes from the report and renders as text. */
export function SignatureReportView({ report, hasInput }: { report: SignatureReport | undefined; hasInput: boolean }) {
  if (!report || report.kind === "empty") {
    return (
      <p className="text-sm text-soft">
        {hasInput ? "Checking…" : "Paste the request your server or DOKU rejected: the check starts as you type."}
      </p>
    );
  }
  if (report.kind === "unreadable") return <p className={amber}>{report.message}</p>;
  const built = report.stringToSign.kind === "built" ? report.stringToSign.stringToSign : undefined;
  return (
    <>
      <div className="space-y-1 text-sm text-soft">
        <p>
          {report.sourceLabel} Scheme: <strong>{SCHEME_LABELS[report.scheme]}</strong>.
        </p>
        {report.notes.length > 0 ? (
          <ul className="list-disc pl-5">
            {report.notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        ) : null}
      </div>

      <VerdictView verdict={report.verdict} />

      {report.comparison ? <ComparisonView comparison={report.comparison} /> : null}

      <section aria-labelledby="string-to-sign" className="space-y-2">
        <h2 id="string-to-sign" className="text-lg font-semibold">
          The string to sign
        </h2>
        {built ? <StringToSignView stringToSign={built} /> : null}
        {report.stringToSign.kind === "incomplete" ? (
          <p className={amber}>It cannot be built: the request lacks {report.stringToSign.missing.join(", ")}.</p>
        ) : null}
        <BodyView body={report.body} />
      </section>

      <section aria-labelledby="checks-without-secret" className="space-y-2">
        <h2 id="checks-without-secret" className="text-lg font-semibold">
          Checks that need no secret
        </h2>
        <ChecksList checks={report.checks} />
      </section>
    </>
  );
}

const VERDICT_STYLE: Record<Verdict["kind"], string> = {
  matches: `${box} border-green-600 bg-green-50 dark:border-green-500 dark:bg-green-950/40`,
  "mistake-found": `${box} border-accent bg-accent-soft`,
  "no-mistake-found": `${box} border-accent bg-accent-soft`,
  "refused-key": `${box} border-accent bg-accent-soft font-semibold`,
  "cannot-check": amber,
  "needs-key": calm,
};

function VerdictView({ verdict }: { verdict: Verdict }) {
  return (
    <div role="status" aria-label="Verdict" aria-live="polite" className={`space-y-2 ${VERDICT_STYLE[verdict.kind]}`}>
      <p className={verdict.kind === "needs-key" || verdict.kind === "cannot-check" ? "" : "font-semibold"} data-verdict={verdict.kind}>
        {verdict.text}
      </p>
      {verdict.kind === "mistake-found" ? (
        <>
          <p>{verdict.mistake.detail}</p>
          {verdict.signedString !== undefined ? <Labelled label="The string that was signed">{verdict.signedString}</Labelled> : null}
          <FindingLink link={verdict.mistake.link} />
        </>
      ) : null}
      {verdict.kind === "no-mistake-found" ? (
        <>
          <p>What is left:</p>
          <ul className="list-disc space-y-1 pl-5">
            {verdict.left.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
          <FindingLink link={verdict.link} />
        </>
      ) : null}
      {(verdict.kind === "no-mistake-found" || verdict.kind === "mistake-found") && verdict.expected ? (
        <Labelled label="With this secret, the request as sent should carry">{verdict.expected}</Labelled>
      ) : null}
    </div>
  );
}

function ComparisonView({ comparison }: { comparison: StringComparison }) {
  return (
    <section aria-labelledby="your-string" className={`space-y-2 ${comparison.kind === "same" ? calm : amber}`}>
      <h2 id="your-string" className="text-lg font-semibold">
        Your string to sign
      </h2>
      {comparison.kind === "same" ? (
        <p>Your string is the same as the string to sign, character for character.</p>
      ) : (
        <>
          <p>{comparison.summary}</p>
          <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
            <dt className="font-semibold">String to sign</dt>
            <dd className="font-mono break-all whitespace-pre-wrap">{comparison.expectedExcerpt}</dd>
            <dt className="font-semibold">Yours</dt>
            <dd className="font-mono break-all whitespace-pre-wrap">{comparison.theirExcerpt}</dd>
          </dl>
          {comparison.explainedBy ? (
            <p>
              Your string is exactly what this known mistake builds: <strong>{comparison.explainedBy.title}</strong>.{" "}
              <FindingLink link={comparison.explainedBy.link} />
            </p>
          ) : null}
        </>
      )}
    </section>
  );
}

function StringToSignView({ stringToSign }: { stringToSign: StringToSign }) {
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-start gap-2">
        <pre className="min-w-0 flex-1 overflow-x-auto rounded-lg bg-subtle-strong p-3 font-mono text-sm whitespace-pre-wrap break-all">
          <code>{stringToSign.text}</code>
        </pre>
        <CopyButton text={stringToSign.text} label="Copy" />
      </div>
      <dl aria-label="Parts of the string to sign" className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[minmax(10rem,max-content)_1fr]">
        {stringToSign.parts
          .filter((part) => !part.fixed)
          .map((part) => (
            <div key={`${part.start}-${part.label}`} className="contents">
              <dt className="text-soft">{part.label}</dt>
              <dd className="mb-1 font-mono break-all sm:mb-0">
                {part.value === "" ? <em className="font-sans text-muted">(empty)</em> : part.value}
              </dd>
            </div>
          ))}
      </dl>
    </div>
  );
}

function BodyView({ body }: { body: BodySummary }) {
  switch (body.kind) {
    case "not-signed":
      return null;
    case "empty":
      return <p className="text-sm">The request has no body: the hash is that of the empty string.</p>;
    case "unknown":
      return <p className={amber}>The body is not in the paste: {body.reason}.</p>;
    case "already-minified":
      return <Labelled label="The body that was hashed (already minified, as sent)">{shown(body.hashed)}</Labelled>;
    case "minified":
      return <Labelled label="The body that was hashed: the minified body (spaces and line breaks between JSON tokens removed)">{shown(body.hashed)}</Labelled>;
    case "not-json":
      return (
        <Labelled label={`The body that was hashed: as sent, because it is not JSON (${body.problem})`}>{shown(body.hashed)}</Labelled>
      );
    case "as-sent":
      return <Labelled label="The body that was hashed for Digest: exactly as sent">{shown(body.hashed)}</Labelled>;
  }
}

function shown(text: string): string {
  return text.length > SHOWN_BODY_CHARS
    ? `${text.slice(0, SHOWN_BODY_CHARS)}\n… (the first ${SHOWN_BODY_CHARS.toLocaleString("en")} of ${text.length.toLocaleString("en")} characters are shown; all of them were hashed)`
    : text;
}

function Labelled({ label, children }: { label: string; children: string }) {
  return (
    <div className="space-y-1 text-sm">
      <p className="font-semibold">{label}</p>
      <pre className="max-h-80 overflow-auto rounded-lg bg-subtle-strong p-3 font-mono whitespace-pre-wrap break-all">
        <code>{children}</code>
      </pre>
    </div>
  );
}

const LEVEL_LABELS: Record<CheckLevel, string> = { problem: "Problem", warning: "Warning", note: "Note", ok: "OK" };
const LEVEL_STYLE: Record<CheckLevel, string> = {
  problem: "text-accent",
  warning: "text-amber-800 dark:text-amber-300",
  note: "text-soft",
  ok: "text-green-800 dark:text-green-400",
};

export function ChecksList({ checks }: { checks: Check[] }) {
  return (
    <ul className="space-y-1 text-sm">
      {checks.map((check) => (
        <li key={check.text}>
          <span className={`font-semibold ${LEVEL_STYLE[check.level]}`}>{LEVEL_LABELS[check.level]}:</span> {check.text}
          {check.link ? (
            <>
              {" "}
              <FindingLink link={check.link} />
            </>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

/** Opens in a new tab: leaving this page empties its fields, and the reader will want to come back to them. */
function FindingLink({ link }: { link: PageLink }) {
  return (
    <SiteLink href={link.href} target="_blank" rel="noopener" className="font-semibold text-accent underline underline-offset-2">
      Read: {link.label}
      <span className="sr-only"> (opens in a new tab)</span>
    </SiteLink>
  );
}
