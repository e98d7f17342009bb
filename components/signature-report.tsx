import { CopyButton } from "@/components/copy-button";
import { SiteLink } from "@/components/site-link";
import type { BodySummary, StringToSign } from "@/lib/signature/canonical";
import type { SignatureReport } from "@/lib/signature/check-signature";
import type { Check, CheckLevel } from "@/lib/signature/checks";
import type { StringComparison } from "@/lib/signature/compare";
import type { PageLink } from "@/lib/signature/links";
import type { Locale } from "@/lib/i18n/locale";
import { SIGNATURE_TEXT, type SignatureText } from "@/lib/i18n/signature";
import type { Verdict } from "@/lib/signature/verify";

/** Bodies this long are shown in part, and the page says how much. */
const SHOWN_BODY_CHARS = 4_000;

const box = "rounded-lg border p-4";
const calm = `${box} border-line`;
const amber = `${box} border-warn-line bg-warn`;

/** The "Signature check" region's content: every string shown comes from the report and renders as text. */
export function SignatureReportView({ report, hasInput, locale = "en" }: { report: SignatureReport | undefined; hasInput: boolean; locale?: Locale }) {
  const words = SIGNATURE_TEXT[locale];
  const t = words.report;
  if (!report || report.kind === "empty") return <p className="text-sm text-soft">{hasInput ? t.checking : t.waiting}</p>;
  if (report.kind === "unreadable") return <p className={amber}>{report.message}</p>;
  const built = report.stringToSign.kind === "built" ? report.stringToSign.stringToSign : undefined;
  return (
    <>
      <div className="space-y-1 text-sm text-soft">
        <p>
          {report.sourceLabel} {t.scheme} <strong>{words.schemes[report.scheme]}</strong>.
        </p>
        {report.notes.length > 0 ? (
          <ul className="list-disc pl-5">
            {report.notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        ) : null}
      </div>

      <VerdictView verdict={report.verdict} t={t} />

      {report.comparison ? <ComparisonView comparison={report.comparison} t={t} /> : null}

      <section aria-labelledby="string-to-sign" className="space-y-2">
        <h2 id="string-to-sign" className="text-lg font-semibold">
          {t.stringToSign}
        </h2>
        {built ? <StringToSignView stringToSign={built} t={t} /> : null}
        {report.stringToSign.kind === "incomplete" ? <p className={amber}>{t.cannotBuild(report.stringToSign.missing.join(", "))}</p> : null}
        <BodyView body={report.body} t={t} />
      </section>

      <section aria-labelledby="checks-without-secret" className="space-y-2">
        <h2 id="checks-without-secret" className="text-lg font-semibold">
          {t.checksHeading}
        </h2>
        <ChecksList checks={report.checks} locale={locale} />
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

type ReportWords = SignatureText["report"];

function VerdictView({ verdict, t }: { verdict: Verdict; t: ReportWords }) {
  return (
    <div role="status" aria-label={t.verdict} aria-live="polite" className={`space-y-2 ${VERDICT_STYLE[verdict.kind]}`}>
      <p className={verdict.kind === "needs-key" || verdict.kind === "cannot-check" ? "" : "font-semibold"} data-verdict={verdict.kind}>
        {verdict.text}
      </p>
      {verdict.kind === "mistake-found" ? (
        <>
          <p>{verdict.mistake.detail}</p>
          {verdict.signedString !== undefined ? <Labelled label={t.signedString}>{verdict.signedString}</Labelled> : null}
          <FindingLink link={verdict.mistake.link} t={t} />
        </>
      ) : null}
      {verdict.kind === "no-mistake-found" ? (
        <>
          <p>{t.left}</p>
          <ul className="list-disc space-y-1 pl-5">
            {verdict.left.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
          <FindingLink link={verdict.link} t={t} />
        </>
      ) : null}
      {(verdict.kind === "no-mistake-found" || verdict.kind === "mistake-found") && verdict.expected ? (
        <Labelled label={t.expected}>{verdict.expected}</Labelled>
      ) : null}
    </div>
  );
}

function ComparisonView({ comparison, t }: { comparison: StringComparison; t: ReportWords }) {
  return (
    <section aria-labelledby="your-string" className={`space-y-2 ${comparison.kind === "same" ? calm : amber}`}>
      <h2 id="your-string" className="text-lg font-semibold">
        {t.yourString}
      </h2>
      {comparison.kind === "same" ? (
        <p>{t.same}</p>
      ) : (
        <>
          <p>{comparison.summary}</p>
          <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
            <dt className="font-semibold">{t.excerptExpected}</dt>
            <dd className="font-mono break-all whitespace-pre-wrap">{comparison.expectedExcerpt}</dd>
            <dt className="font-semibold">{t.excerptYours}</dt>
            <dd className="font-mono break-all whitespace-pre-wrap">{comparison.theirExcerpt}</dd>
          </dl>
          {comparison.explainedBy ? (
            <p>
              {t.explainedBy} <strong>{comparison.explainedBy.title}</strong>.{" "}
              <FindingLink link={comparison.explainedBy.link} t={t} />
            </p>
          ) : null}
        </>
      )}
    </section>
  );
}

function StringToSignView({ stringToSign, t }: { stringToSign: StringToSign; t: ReportWords }) {
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-start gap-2">
        <pre className="min-w-0 flex-1 overflow-x-auto rounded-lg bg-subtle-strong p-3 font-mono text-sm whitespace-pre-wrap break-all">
          <code>{stringToSign.text}</code>
        </pre>
        <CopyButton text={stringToSign.text} label={t.copy} />
      </div>
      <dl aria-label={t.partsLabel} className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[minmax(10rem,max-content)_1fr]">
        {stringToSign.parts
          .filter((part) => !part.fixed)
          .map((part) => (
            <div key={`${part.start}-${part.label}`} className="contents">
              <dt className="text-soft">{part.label}</dt>
              <dd className="mb-1 font-mono break-all sm:mb-0">
                {part.value === "" ? <em className="font-sans text-muted">{t.empty}</em> : part.value}
              </dd>
            </div>
          ))}
      </dl>
    </div>
  );
}

function BodyView({ body, t }: { body: BodySummary; t: ReportWords }) {
  switch (body.kind) {
    case "not-signed":
      return null;
    case "empty":
      return <p className="text-sm">{t.bodyEmpty}</p>;
    case "unknown":
      return <p className={amber}>{t.bodyUnknown(body.reason)}</p>;
    case "already-minified":
      return <Labelled label={t.bodyAlreadyMinified}>{shown(body.hashed, t)}</Labelled>;
    case "minified":
      return <Labelled label={t.bodyMinified}>{shown(body.hashed, t)}</Labelled>;
    case "not-json":
      return <Labelled label={t.bodyNotJson(body.problem)}>{shown(body.hashed, t)}</Labelled>;
    case "as-sent":
      return <Labelled label={t.bodyAsSent}>{shown(body.hashed, t)}</Labelled>;
  }
}

function shown(text: string, t: ReportWords): string {
  if (text.length <= SHOWN_BODY_CHARS) return text;
  return `${text.slice(0, SHOWN_BODY_CHARS)}\n${t.bodyShown(SHOWN_BODY_CHARS.toLocaleString(t.numbers), text.length.toLocaleString(t.numbers))}`;
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

const LEVEL_STYLE: Record<CheckLevel, string> = {
  problem: "text-accent",
  warning: "text-amber-800 dark:text-amber-300",
  note: "text-soft",
  ok: "text-green-800 dark:text-green-400",
};

export function ChecksList({ checks, locale = "en" }: { checks: Check[]; locale?: Locale }) {
  const t = SIGNATURE_TEXT[locale].report;
  return (
    <ul className="space-y-1 text-sm">
      {checks.map((check) => (
        <li key={check.text}>
          <span className={`font-semibold ${LEVEL_STYLE[check.level]}`}>{t.levels[check.level]}:</span> {check.text}
          {check.link ? (
            <>
              {" "}
              <FindingLink link={check.link} t={t} />
            </>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

/** Opens in a new tab: leaving this page empties its fields, and the reader will want to come back to them. */
function FindingLink({ link, t }: { link: PageLink; t: ReportWords }) {
  return (
    <SiteLink href={link.href} target="_blank" rel="noopener" className="font-semibold text-accent underline underline-offset-2">
      {t.read} {link.label}
      <span className="sr-only">{t.newTab}</span>
    </SiteLink>
  );
}
