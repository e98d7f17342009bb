// `<ProblemDetailsExample entry="errors/merchant-not-active" status="502" detail="…" instance="…" />` in a guide: an
// RFC 9457 problem a merchant's own API could answer with, whose `type` is the address of the code's page on this site.
// The page's address, title and code come from the entry, so the example is right on every deploy (and under a base
// path). Pure: the loader checks the tags, MdxBody and the Markdown twin render them with problemDetailsJson.

export interface ProblemDetailsExample {
  /** The entry whose page is the problem type, e.g. "errors/merchant-not-active". */
  entry: string;
  /** The HTTP status of the merchant's own answer (RFC 9457: the same as the response's status line). */
  status: number;
  /** This occurrence, in the page's language. */
  detail: string;
  /** The merchant's own URI for this occurrence. */
  instance: string;
}

const TAG = /<ProblemDetailsExample\s+([^>]*?)\/>/g;
const ATTRIBUTES = ["entry", "status", "detail", "instance"] as const;

/** Each `<ProblemDetailsExample … />` of a body, read (`example`), or what is wrong with it (`problem`). */
export function problemDetailsTags(body: string): ({ tag: string; example: ProblemDetailsExample } | { tag: string; problem: string })[] {
  return [...body.matchAll(TAG)].map((match) => {
    const tag = match[0];
    const attributes = Object.fromEntries([...(match[1] ?? "").matchAll(/(\w+)="([^"]*)"/g)].map((attribute) => [attribute[1], attribute[2]]));
    const missing = ATTRIBUTES.filter((name) => !attributes[name]);
    if (missing.length > 0) return { tag, problem: `needs ${missing.map((name) => `${name}="…"`).join(", ")}` };
    const status = Number(attributes.status);
    if (!Number.isInteger(status) || status < 400 || status > 599) return { tag, problem: `status="${attributes.status}" is not an HTTP error status (400 to 599)` };
    return { tag, example: { entry: attributes.entry ?? "", status, detail: attributes.detail ?? "", instance: attributes.instance ?? "" } };
  });
}

/** Replaces each tag of `body` with `render(example)` (a tag with a problem is left for the loader to report). */
export function replaceProblemDetailsTags(body: string, render: (example: ProblemDetailsExample) => string): string {
  const read = new Map(problemDetailsTags(body).map((item) => [item.tag, item]));
  return body.replace(TAG, (tag) => {
    const item = read.get(tag);
    return item && "example" in item ? render(item.example) : tag;
  });
}

/** The problem as its JSON body (application/problem+json), pretty-printed. */
export function problemDetailsJson(example: ProblemDetailsExample, entry: { code: string; title: string; url: string }, absoluteUrl: (path: string) => string): string {
  return JSON.stringify(
    {
      type: absoluteUrl(entry.url),
      title: entry.title,
      status: example.status,
      detail: example.detail,
      instance: example.instance,
      // An extension member (RFC 9457, section 3.2): the code DOKU answered with, for the merchant's own tools.
      dokuResponseCode: entry.code,
    },
    null,
    2,
  );
}
