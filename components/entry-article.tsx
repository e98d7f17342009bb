import { SiteLink } from "@/components/site-link";
import { CopyButton } from "@/components/copy-button";
import { TwinLinks } from "@/components/twin-links";
import { Fact } from "@/components/fact";
import { MdxBody } from "@/components/mdx-body";
import { SnapCodeParts } from "@/components/snap-code-parts";
import type { ExampleResponse } from "@/lib/content/example-response";
import type { Entry } from "@/lib/content/load";
import { hasSignatureCheck } from "@/lib/signature/related-codes";
import type { SnapCodeExplanation } from "@/lib/snap/explain-code";
import { ACTOR_LABELS, FAMILIES, OUTCOME_LABELS, PUBLISHER_WORDS, RETRY_LABELS, outcomeOf } from "@/lib/content/schema";

interface EntryArticleProps {
  entry: Entry;
  related: Entry[];
  example?: ExampleResponse;
  snap?: SnapCodeExplanation;
}

/** The one template every code page uses: DOKU's words, then ours, under fixed headings. */
export function EntryArticle({ entry, related, example, snap }: EntryArticleProps) {
  const familyLabel = FAMILIES[entry.family].label;
  return (
    <article className="space-y-10">
      <nav aria-label="Breadcrumb" className="text-sm text-muted">
        <ol className="flex flex-wrap gap-1">
          <li>
            <SiteLink href="/" className="underline underline-offset-2">
              Home
            </SiteLink>
            <span aria-hidden="true"> › </span>
          </li>
          <li>
            <SiteLink href={`${FAMILIES[entry.family].index}#${entry.family}`} className="underline underline-offset-2">
              {familyLabel}
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
            <span className="block text-2xl font-semibold sm:text-3xl">{entry.title}</span>
          </h1>
          <CopyButton copyPageUrl label="Copy link" className="mt-2" />
        </div>
        <TwinLinks pageUrl={entry.url} formats={["md", "json"]} />
        <p className="max-w-3xl text-lg text-soft">{entry.summary}</p>
        <dl className="grid max-w-3xl gap-3 text-sm sm:grid-cols-3">
          {entry.httpStatus !== undefined ? (
            <Fact term="HTTP status">
              <code className="font-mono">{entry.httpStatus}</code>
            </Fact>
          ) : (
            <Fact term="Outcome">{OUTCOME_LABELS[outcomeOf(entry)]}</Fact>
          )}
          <Fact term="Who acts">{entry.whoActs.map((actor) => ACTOR_LABELS[actor]).join(", ")}</Fact>
          <Fact term="Safe to retry?">{RETRY_LABELS[entry.retry.safe]}</Fact>
        </dl>
        {hasSignatureCheck(entry.id) ? (
          <p className="max-w-3xl rounded-lg border border-line p-3 text-sm">
            <SiteLink href="/signature/" className="font-semibold text-accent underline underline-offset-2">
              Check a rejected request&rsquo;s signature
            </SiteLink>
            : paste the request to see the exact string to sign and which mistake broke it. It runs in your browser.
          </p>
        ) : null}
      </header>

      {snap ? (
        <section aria-labelledby="code-parts" className="space-y-2">
          <h2 id="code-parts" className="text-xl font-semibold">
            Parts of the code
          </h2>
          <SnapCodeParts explanation={snap} isCasePattern={entry.family === "snap-case"} />
        </section>
      ) : null}

      <OfficialWords entry={entry} />

      <section aria-labelledby="our-explanation" className="space-y-2">
        <p id="our-explanation" className="text-xs font-semibold tracking-wide text-muted uppercase">
          {OUR_WORDS[entry.official.publisher]}
        </p>
        <MdxBody source={entry.body} />
      </section>

      <section aria-labelledby="who-acts" className="space-y-2">
        <h2 id="who-acts" className="text-xl font-semibold">
          Who acts
        </h2>
        <ul className="flex flex-wrap gap-2">
          {entry.whoActs.map((actor) => (
            <li key={actor} className="rounded-full bg-chip px-3 py-1 text-sm font-medium">
              {ACTOR_LABELS[actor]}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="retry" className="space-y-2">
        <h2 id="retry" className="text-xl font-semibold">
          Safe to retry?
        </h2>
        <p>
          <strong>{RETRY_LABELS[entry.retry.safe]}.</strong> {entry.retry.reason}
        </p>
      </section>

      {example ? (
        <section aria-labelledby="example-response" className="space-y-2">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <h2 id="example-response" className="text-xl font-semibold">
              Example response
            </h2>
            <CopyButton text={example.json} label="Copy example" />
          </div>
          <p className="text-sm text-muted">{EXAMPLE_BASIS[example.basis]}</p>
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
            Sources differ
          </h2>
          <p className="text-sm text-soft">What each source says. Our reading of it, where we give one, is marked as ours.</p>
          <ul className="list-disc space-y-2 pl-5">
            {entry.differences.map((difference) => (
              <li key={difference.source + difference.says}>
                <strong>{difference.source}:</strong> {difference.says}
                {difference.ourReading ? (
                  <p className="mt-1 rounded-md border-l-4 border-zinc-400 bg-white/70 px-3 py-1.5 text-sm dark:border-zinc-500 dark:bg-zinc-900/60">
                    <span className="font-semibold">Our reading, not the source&rsquo;s words:</span> {difference.ourReading}
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {related.length > 0 ? (
        <section aria-labelledby="related-codes" className="space-y-2">
          <h2 id="related-codes" className="text-xl font-semibold">
            Related codes
          </h2>
          <ul className="space-y-1">
            {related.map((other) => (
              <li key={other.id}>
                <SiteLink href={other.url} className="font-mono text-accent underline underline-offset-2">
                  {other.code}
                </SiteLink>{" "}
                {other.title}{" "}
                <span className="text-sm text-muted">
                  ({FAMILIES[other.family].label}
                  {other.httpStatus !== undefined ? `, HTTP ${other.httpStatus}` : ""})
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <SourceList sources={entry.sources} />
    </article>
  );
}

type Publisher = Entry["official"]["publisher"];

const OUR_WORDS: Record<Publisher, string> = {
  DOKU: "Our explanation, not DOKU’s words",
  ASPI: "Our explanation, not the standard’s words",
  "DOKU SDK": "Our explanation, not DOKU’s words",
  "Community report": "Our explanation, not DOKU’s words",
  IETF: "Our explanation, not the standard’s words",
  curl: "Our explanation, not curl’s words",
};

const EXAMPLE_BASIS: Record<ExampleResponse["basis"], React.ReactNode> = {
  "doku-glossary-envelope": (
    <>
      DOKU&rsquo;s documented error envelope with this code and DOKU&rsquo;s message example. See{" "}
      <SiteLink href="/guides/error-envelope/" className="underline underline-offset-2">
        the error envelope
      </SiteLink>
      .
    </>
  ),
  "snap-body": (
    <>
      The SNAP response body (<code className="font-mono">responseCode</code>, <code className="font-mono">responseMessage</code>) with
      the message quoted above. Real responses may carry more fields and a more specific message.
    </>
  ),
  "non-snap-error-body": (
    <>
      The non-SNAP error body as a developer reported it. DOKU&rsquo;s documentation shows no example. See{" "}
      <SiteLink href="/guides/non-snap-responses/" className="underline underline-offset-2">
        DOKU&rsquo;s non-SNAP responses
      </SiteLink>
      .
    </>
  ),
};

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

function OfficialWords({ entry }: { entry: Entry }) {
  const { official, sic } = entry;
  const rows: [string, React.ReactNode][] = [];
  if (official.responseMessage) rows.push(["responseMessage", <code key="rm"><Quoted text={official.responseMessage} sic={sic} /></code>]);
  if (official.meaning) rows.push(["Meaning", official.meaning]);
  if (official.httpStatus !== undefined) rows.push(["HTTP status", <code key="status">{official.httpStatus}</code>]);
  if (official.messageExample) rows.push(["Message example", <code key="message">&ldquo;{official.messageExample}&rdquo;</code>]);
  if (official.description) rows.push(["Description", <Quoted key="description" text={official.description} sic={sic} />]);
  if (official.errorType) rows.push(["error.type", <code key="type">{official.errorType}</code>]);
  if (official.category) rows.push(["Category", official.category]);
  if (official.finalStatus) rows.push(["Final status", official.finalStatus]);
  if (official.paymentMethods) rows.push(["Payment methods", <code key="methods">{official.paymentMethods}</code>]);
  if (official.suggestedAction) rows.push(["Suggested action", <Quoted key="action" text={official.suggestedAction} sic={sic} />]);
  if (official.snapCode) {
    rows.push([
      "SNAP code (SDK mapping)",
      <SiteLink key="snap" href={`/snap/${official.snapCode.toLowerCase()}/`} className="font-mono underline underline-offset-2">
        {official.snapCode}
      </SiteLink>,
    ]);
  }
  const primary = entry.sources[0];
  return (
    <section
      aria-labelledby="official-words"
      className="space-y-3 rounded-lg border-l-4 border-accent bg-accent-soft p-4"
    >
      <h2 id="official-words" className="text-lg font-semibold">
        {PUBLISHER_WORDS[official.publisher]}
      </h2>
      {official.publisher === "Community report" ? (
        <p className="text-sm font-medium">
          Not in DOKU&rsquo;s documentation: a developer published this value from their own integration, and no official
          list of these codes was found.
        </p>
      ) : null}
      {rows.length === 0 ? (
        <p className="text-sm">
          Nothing quoted: we have read no words of {official.publisher === "ASPI" ? "the standard’s" : "DOKU’s"} for this code that
          we could quote exactly. The explanation below names the sources its meaning comes from.
        </p>
      ) : (
        <p className="text-sm text-soft">
          Quoted exactly{sic.length > 0 ? ", typos included" : ""}, from{" "}
          {primary ? (
            <a href={primary.url} rel="noopener noreferrer" className="underline underline-offset-2">
              {primary.title}
            </a>
          ) : (
            `${official.publisher}'s documentation`
          )}
          .
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

export function SourceList({ sources }: { sources: Entry["sources"] }) {
  return (
    <section aria-labelledby="sources" className="space-y-2">
      <h2 id="sources" className="text-xl font-semibold">
        Sources
      </h2>
      <ol className="list-decimal space-y-2 pl-5 text-sm">
        {sources.map((source) => (
          <li key={source.url + source.title}>
            <a href={source.url} rel="noopener noreferrer" className="underline underline-offset-2">
              {source.title}
            </a>{" "}
            <span className="text-muted">
              (read {source.read}){source.note ? `. ${source.note}` : ""}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
