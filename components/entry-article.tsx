import { SiteLink } from "@/components/site-link";
import { CopyButton } from "@/components/copy-button";
import { CustomerMessage } from "@/components/customer-message";
import { TwinLinks } from "@/components/twin-links";
import { Fact } from "@/components/fact";
import { MdxBody } from "@/components/mdx-body";
import { SnapCodeParts } from "@/components/snap-code-parts";
import type { ExampleResponse } from "@/lib/content/example-response";
import type { Entry } from "@/lib/content/load";
import { hasSignatureCheck } from "@/lib/signature/related-codes";
import type { SnapCodeExplanation } from "@/lib/snap/explain-code";
import { FAMILIES, TRANSLATED_OFFICIAL_FIELDS, type TranslatedOfficialField, outcomeOf } from "@/lib/content/schema";
import { LABELS } from "@/lib/i18n/labels";
import { LOCALE_TAGS, type Locale, localePath } from "@/lib/i18n/locale";
import { ISLAND_WORDS } from "@/lib/i18n/island-words";
import { SITE_STRINGS, fill } from "@/lib/i18n/site";

interface EntryArticleProps {
  locale: Locale;
  entry: Entry;
  related: Entry[];
  example?: ExampleResponse;
  snap?: SnapCodeExplanation;
}

/**
 * The one template every code page uses, in either language: DOKU's words (always as published, with our translation
 * beside them on Indonesian pages), then ours, under fixed headings. Facts (code, HTTP status, who acts, retry,
 * sources) come from the English file; only their labels change with the language.
 */
export function EntryArticle({ locale, entry, related, example, snap }: EntryArticleProps) {
  const strings = SITE_STRINGS[locale].entry;
  const labels = LABELS[locale];
  const text = locale === "id" ? entry.id_ID : entry;
  const at = (sitePath: string) => localePath(locale, sitePath);
  return (
    <article className="space-y-10">
      <nav aria-label={strings.breadcrumb} className="text-sm text-muted">
        <ol className="flex flex-wrap gap-1">
          <li>
            <SiteLink href={at("/")} className="underline underline-offset-2">
              {SITE_STRINGS[locale].breadcrumbHome}
            </SiteLink>
            <span aria-hidden="true"> › </span>
          </li>
          <li>
            <SiteLink href={`${at(FAMILIES[entry.family].index)}#${entry.family}`} className="underline underline-offset-2">
              {labels.families[entry.family]}
            </SiteLink>
            <span aria-hidden="true"> › </span>
          </li>
          <li aria-current="page">{entry.code}</li>
        </ol>
      </nav>

      <header className="space-y-4">
        <div className="flex flex-wrap items-start gap-x-4 gap-y-2">
          <h1 id="code" className="text-3xl font-bold tracking-tight sm:text-4xl">
            <code className="font-mono text-accent">{entry.code}</code>{" "}
            <span className="block text-2xl font-semibold sm:text-3xl">{text.title}</span>
          </h1>
          <CopyButton copyPageUrl label={strings.copyLink} copiedLabel={ISLAND_WORDS[locale].copied} failedLabel={ISLAND_WORDS[locale].copyFailed} className="mt-2" />
        </div>
        <TwinLinks locale={locale} pageUrl={entry.url} formats={["md", "json"]} />
        <p className="max-w-3xl text-lg text-soft">{text.summary}</p>
        <dl className="grid max-w-3xl gap-3 text-sm sm:grid-cols-3">
          {entry.httpStatus !== undefined ? (
            <Fact term={strings.httpStatus} name="http-status">
              <code className="font-mono">{entry.httpStatus}</code>
            </Fact>
          ) : (
            <Fact term={strings.outcome} name="outcome">{labels.outcomes[outcomeOf(entry)]}</Fact>
          )}
          <Fact term={strings.whoActs} name="who-acts">{entry.whoActs.map((actor) => labels.actors[actor]).join(", ")}</Fact>
          <Fact term={strings.safeToRetry} name="retry">{labels.retry[entry.retry.safe]}</Fact>
        </dl>
        {hasSignatureCheck(entry.id) ? (
          <p className="max-w-3xl rounded-lg border border-line p-3 text-sm">
            <SiteLink href={at("/signature/")} className="font-semibold text-accent underline underline-offset-2">
              {strings.signatureCheckLink}
            </SiteLink>
            {strings.signatureCheckTail}
          </p>
        ) : null}
      </header>

      {snap ? (
        <section aria-labelledby="code-parts" className="space-y-2">
          <h2 id="code-parts" className="text-xl font-semibold">
            {strings.codeParts}
          </h2>
          <SnapCodeParts locale={locale} explanation={snap} isCasePattern={entry.family === "snap-case"} />
        </section>
      ) : null}

      <OfficialWords locale={locale} entry={entry} />

      <section aria-labelledby="our-explanation" className="space-y-2">
        <p id="our-explanation" className="text-xs font-semibold tracking-wide text-muted uppercase">
          {labels.ourWords[entry.official.publisher]}
        </p>
        <MdxBody source={text.body} locale={locale} headingIdsFrom={entry.body} />
      </section>

      {entry.customerMessage && entry.id_ID.customerMessage ? (
        <CustomerMessage locale={locale} english={entry.customerMessage} indonesian={entry.id_ID.customerMessage} headingId="for-the-customer" on="page" />
      ) : null}

      <section aria-labelledby="who-acts" className="space-y-2">
        <h2 id="who-acts" className="text-xl font-semibold">
          {strings.whoActs}
        </h2>
        <ul className="flex flex-wrap gap-2">
          {entry.whoActs.map((actor) => (
            <li key={actor} className="rounded-full bg-chip px-3 py-1 text-sm font-medium">
              {labels.actors[actor]}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="retry" className="space-y-2">
        <h2 id="retry" className="text-xl font-semibold">
          {strings.safeToRetry}
        </h2>
        <p>
          <strong>{labels.retry[entry.retry.safe]}.</strong> {locale === "id" ? entry.id_ID.retryReason : entry.retry.reason}
        </p>
      </section>

      {example ? (
        <section aria-labelledby="example-response" className="space-y-2">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <h2 id="example-response" className="text-xl font-semibold">
              {strings.exampleResponse}
            </h2>
            <CopyButton text={example.json} label={strings.copyExample} copiedLabel={ISLAND_WORDS[locale].copied} failedLabel={ISLAND_WORDS[locale].copyFailed} />
          </div>
          <p className="text-sm text-muted">
            <ExampleBasis locale={locale} basis={example.basis} />
          </p>
          <pre className="overflow-x-auto rounded-lg bg-subtle-strong p-4 font-mono text-sm">
            <code>{example.json}</code>
          </pre>
        </section>
      ) : null}

      {entry.differences.length > 0 ? (
        <section
          aria-labelledby="sources-differ"
          className="space-y-2 rounded-lg border border-warn-line bg-warn p-4"
        >
          <h2 id="sources-differ" className="text-xl font-semibold">
            {strings.sourcesDiffer}
          </h2>
          <p className="text-sm text-soft">{strings.sourcesDifferLead}</p>
          <ul className="list-disc space-y-2 pl-5">
            {entry.differences.map((difference, index) => {
              // The Indonesian twin has one translated item per English item, in order (checked by the loader).
              const shown = locale === "id" ? (entry.id_ID.differences[index] ?? difference) : difference;
              return (
                <li key={difference.source + difference.says}>
                  <strong>{difference.source}:</strong> {shown.says}
                  {shown.ourReading ? (
                    <p className="mt-1 rounded-md border-l-4 border-zinc-400 bg-white/70 px-3 py-1.5 text-sm dark:border-zinc-500 dark:bg-zinc-900/60">
                      <span className="font-semibold">{strings.ourReading}</span> {shown.ourReading}
                    </p>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}

      {related.length > 0 ? (
        <section aria-labelledby="related-codes" className="space-y-2">
          <h2 id="related-codes" className="text-xl font-semibold">
            {strings.relatedCodes}
          </h2>
          <ul className="space-y-1">
            {related.map((other) => (
              <li key={other.id}>
                <SiteLink href={at(other.url)} className="font-mono text-accent underline underline-offset-2">
                  {other.code}
                </SiteLink>{" "}
                {locale === "id" ? other.id_ID.title : other.title}{" "}
                <span className="text-sm text-muted">
                  ({labels.families[other.family]}
                  {other.httpStatus !== undefined ? `, HTTP ${other.httpStatus}` : ""})
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <SourceList locale={locale} sources={entry.sources} />
    </article>
  );
}

/** Where the example response comes from, with a link to the page that explains its shape. */
function ExampleBasis({ locale, basis }: { locale: Locale; basis: ExampleResponse["basis"] }) {
  const strings = SITE_STRINGS[locale].entry.exampleBasis;
  const link = (href: string, label: string) => (
    <SiteLink href={localePath(locale, href)} className="underline underline-offset-2">
      {label}
    </SiteLink>
  );
  const code = (name: string) => <code className="font-mono">{name}</code>;
  switch (basis) {
    case "doku-glossary-envelope":
      return <Filled template={strings["doku-glossary-envelope"]} parts={{ link: link("/guides/error-envelope/", strings["doku-glossary-envelope-link"]) }} />;
    case "snap-body":
      return <Filled template={strings["snap-body"]} parts={{ responseCode: code("responseCode"), responseMessage: code("responseMessage") }} />;
    case "non-snap-error-body":
      return <Filled template={strings["non-snap-error-body"]} parts={{ link: link("/guides/non-snap-responses/", strings["non-snap-error-body-link"]) }} />;
  }
}

/** A "{name}" template with elements in its places. */
export function Filled({ template, parts }: { template: string; parts: Record<string, React.ReactNode> }) {
  return (
    <>
      {template.split(/(\{\w+\})/).map((piece, index) => {
        const name = /^\{(\w+)\}$/.exec(piece)?.[1];
        return <span key={index}>{name && name in parts ? parts[name] : piece}</span>;
      })}
    </>
  );
}

/** Shows a quoted text exactly, with the source's own typos marked "(sic)" rather than corrected. */
function Quoted({ text, sic }: { text: string; sic: string[] }) {
  const typo = sic.find((word) => text.includes(word));
  if (!typo) return <>{text}</>;
  const at = text.indexOf(typo);
  return (
    <>
      {text.slice(0, at)}
      {typo} <em className="text-muted not-italic">[sic]</em>
      <Quoted text={text.slice(at + typo.length)} sic={sic} />
    </>
  );
}

function OfficialWords({ locale, entry }: { locale: Locale; entry: Entry }) {
  const { official, sic } = entry;
  const strings = SITE_STRINGS[locale].entry;
  const fieldLabels = LABELS[locale].officialFields;
  // On Indonesian pages each prose field gets our translation beside the exact words, labelled as ours.
  const translation = (field: TranslatedOfficialField) => {
    const translated = locale === "id" && (TRANSLATED_OFFICIAL_FIELDS as readonly string[]).includes(field) ? entry.id_ID.official[field] : undefined;
    return translated ? (
      <span className="mt-1 block text-sm text-soft">
        <span className="font-semibold">{strings.ourTranslation}</span> {translated}
      </span>
    ) : null;
  };
  // The publisher's words keep their language: English, marked so on an Indonesian page.
  const quoted = (node: React.ReactNode) => <span lang="en">{node}</span>;
  const rows: [string, React.ReactNode][] = [];
  if (official.responseMessage) rows.push([fieldLabels.responseMessage, <>{quoted(<code><Quoted text={official.responseMessage} sic={sic} /></code>)}{translation("responseMessage")}</>]);
  if (official.meaning) rows.push([fieldLabels.meaning, <>{quoted(official.meaning)}{translation("meaning")}</>]);
  if (official.httpStatus !== undefined) rows.push([fieldLabels.httpStatus, <code key="status">{official.httpStatus}</code>]);
  if (official.messageExample) rows.push([fieldLabels.messageExample, <>{quoted(<code>&ldquo;{official.messageExample}&rdquo;</code>)}{translation("messageExample")}</>]);
  if (official.description) rows.push([fieldLabels.description, <>{quoted(<Quoted text={official.description} sic={sic} />)}{translation("description")}</>]);
  if (official.errorType) rows.push([fieldLabels.errorType, <code key="type">{official.errorType}</code>]);
  if (official.category) rows.push([fieldLabels.category, <>{quoted(official.category)}{translation("category")}</>]);
  if (official.finalStatus) rows.push([fieldLabels.finalStatus, quoted(official.finalStatus)]);
  if (official.paymentMethods) rows.push([fieldLabels.paymentMethods, <code key="methods">{official.paymentMethods}</code>]);
  if (official.suggestedAction) rows.push([fieldLabels.suggestedAction, <>{quoted(<Quoted text={official.suggestedAction} sic={sic} />)}{translation("suggestedAction")}</>]);
  if (official.snapCode) {
    rows.push([
      fieldLabels.snapCode,
      <SiteLink key="snap" href={localePath(locale, `/snap/${official.snapCode.toLowerCase()}/`)} className="font-mono underline underline-offset-2">
        {official.snapCode}
      </SiteLink>,
    ]);
  }
  const primary = entry.sources[0];
  const source = primary ? (
    <a href={primary.url} rel="noopener noreferrer" className="underline underline-offset-2">
      {primary.title}
    </a>
  ) : (
    fill(strings.publisherDocumentation, { publisher: official.publisher })
  );
  return (
    <section
      aria-labelledby="official-words"
      className="space-y-3 rounded-lg border-l-4 border-accent bg-accent-soft p-4"
    >
      <h2 id="official-words" className="text-lg font-semibold">
        {LABELS[locale].publisherWords[official.publisher]}
      </h2>
      {official.publisher === "Community report" ? <p className="text-sm font-medium">{strings.communityReport}</p> : null}
      {rows.length === 0 ? (
        <p className="text-sm">{official.publisher === "ASPI" ? strings.nothingQuotedStandard : strings.nothingQuotedDoku}</p>
      ) : (
        <p className="text-sm text-soft">
          <Filled template={sic.length > 0 ? strings.quotedExactlyTypos : strings.quotedExactly} parts={{ source }} />
        </p>
      )}
      {rows.length > 0 ? (
        <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
          {rows.map(([term, value]) => (
            <div key={term} className="contents">
              <dt className="font-semibold">{term}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      ) : null}
    </section>
  );
}

export function SourceList({ locale, sources }: { locale: Locale; sources: Entry["sources"] }) {
  const strings = SITE_STRINGS[locale];
  return (
    <section aria-labelledby="sources" className="space-y-2">
      <h2 id="sources" className="text-xl font-semibold">
        {strings.sourcesHeading}
      </h2>
      {/* Source titles and notes are the sources' and ours in English, as read. */}
      <ol lang={LOCALE_TAGS.en.lang} className="list-decimal space-y-2 pl-5 text-sm">
        {sources.map((source) => (
          <li key={source.url + source.title}>
            <a href={source.url} rel="noopener noreferrer" className="underline underline-offset-2">
              {source.title}
            </a>{" "}
            <span className="text-muted">
              (<span lang={LOCALE_TAGS[locale].lang}>{fill(strings.sourceRead, { date: source.read })}</span>){source.note ? `. ${source.note}` : ""}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
