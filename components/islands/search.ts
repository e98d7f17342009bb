// The header search, framework-free: a WAI-ARIA combobox (input role=combobox, aria-expanded, aria-controls a
// role=listbox of role=option results, aria-activedescendant on the active one). The search code and the index are
// fetched once the page is idle, so the first keystroke finds them ready; results render as text nodes.
import type { Highlight, SearchOutcome, SearchResult } from "../../lib/search/search";
import type { SearchReply, SearchRequest } from "./search-worker";
import { basePath, h, whenIdle } from "./dom";

const MAX_RESULTS = 8;
const QUERY_PARAM = "q";
/** Set when a result is opened, so the new page can move focus to its heading. */
export const FOCUS_HEADING_KEY = "focus-heading";

/** The words the island shows, rendered into the form by the server in the page's language. */
interface SearchStrings {
  loading: string;
  failed: string;
  results: string;
  oneResult: string;
  noResults: string;
  explain: string;
  nearest: string;
  tryHint: string;
  examples: string;
  examplesLabel: string;
  exampleQueries: string[];
  decoderPrompt: string;
  decoderLink: string;
  http: string;
}

/**
 * The search engine, in a worker (search-worker.ts): started once, then asked query by query. Only the latest query's
 * answer is shown. A failure lets the next attempt try again.
 */
class SearchClient {
  private worker: Worker | undefined;
  private next = 0;
  private waiting = new Map<number, (outcome: SearchOutcome) => void>();
  ready = false;
  failed = false;
  onChange: () => void = () => undefined;

  constructor(
    private readonly workerUrl: string,
    private readonly indexUrl: string,
  ) {}

  start() {
    if (this.worker && !this.failed) return;
    this.failed = false;
    this.worker ??= new Worker(this.workerUrl);
    this.worker.onmessage = (event: MessageEvent<SearchReply>) => {
      const reply = event.data;
      if (reply.type === "ready") this.ready = true;
      else if (reply.type === "failed") this.failed = true;
      else this.waiting.get(reply.id)?.(reply.outcome);
      if (reply.type !== "outcome") this.onChange();
    };
    this.worker.onerror = () => {
      this.failed = true;
      this.onChange();
    };
    const request: SearchRequest = { type: "load", indexUrl: new URL(this.indexUrl, window.location.href).href };
    this.worker.postMessage(request);
  }

  search(query: string, limit: number): Promise<SearchOutcome> {
    const id = ++this.next;
    return new Promise((resolve) => {
      this.waiting.clear();
      this.waiting.set(id, resolve);
      const request: SearchRequest = { type: "search", id, query, limit };
      this.worker?.postMessage(request);
    });
  }
}

function isTypingTarget(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));
}

/** "invalid-token", "INVALID_TOKEN" and "401 24 00" as the search compares codes. */
function compactCode(text: string): string {
  return text.toUpperCase().replace(/[\s_.-]+/g, "");
}

/**
 * The page of the one code a query names exactly ("4012400", "invalid_token"), or of the one code it is another
 * spelling of ("0051" ⇒ card 51); none when it names several (0000 is a legacy V1 and a Biller code).
 */
export function exactCodeUrl(outcome: SearchOutcome, query: string): string | undefined {
  const key = compactCode(query);
  const exact = outcome.results.filter(({ record, via }) => via === "exact" && record.code !== "");
  const byCode = exact.filter(({ record }) => compactCode(record.code) === key);
  const byAlias = exact.filter(({ record }) => record.aliases.some((alias) => /^[\w.-]+$/.test(alias) && compactCode(alias) === key));
  const matches = byCode.length > 0 ? byCode : byAlias;
  return matches.length === 1 ? matches[0]?.record.url : undefined;
}

/** Text with the matched ranges marked. */
function marked(value: string, highlight: Highlight | undefined): Node[] {
  if (!highlight || highlight.value !== value) return [document.createTextNode(value)];
  const nodes: Node[] = [];
  let cursor = 0;
  for (const [start, end] of [...highlight.indices].sort((a, b) => a[0] - b[0])) {
    if (start < cursor) continue;
    nodes.push(document.createTextNode(value.slice(cursor, start)), h("mark", { class: "rounded-sm bg-amber-200 text-zinc-900 dark:bg-amber-300 dark:text-zinc-900" }, value.slice(start, end + 1)));
    cursor = end + 1;
  }
  nodes.push(document.createTextNode(value.slice(cursor)));
  return nodes;
}

/** A short window of a long text around its first match, e.g. "…Rate limit exceeded…". */
function excerpt(highlight: Highlight, width = 90): Highlight {
  const [first] = highlight.indices;
  if (!first || highlight.value.length <= width) return highlight;
  const start = Math.max(0, first[0] - 30);
  const value = `${start > 0 ? "…" : ""}${highlight.value.slice(start, start + width)}…`;
  const shift = (start > 0 ? 1 : 0) - start;
  const indices = highlight.indices.map(([a, b]) => [a + shift, b + shift] as const).filter(([a, b]) => a >= 0 && b < value.length - 1);
  return { ...highlight, value, indices };
}

function resultContent(result: SearchResult, strings: SearchStrings): (Node | null)[] {
  const { record, highlights } = result;
  const find = (key: Highlight["key"]) => highlights.find((highlight) => highlight.key === key);
  // A match in a field the result does not show (an alias, the source's words, the causes) is shown as an excerpt.
  const hidden = find("message") ?? find("aliases") ?? find("details");
  const shown = find("code") ?? find("title") ?? find("meaning");
  return [
    h(
      "span",
      { class: "flex flex-wrap items-baseline gap-x-2" },
      record.code ? h("code", { class: "font-mono font-semibold text-accent" }, ...marked(record.code, find("code"))) : null,
      h("span", { class: "font-medium" }, ...marked(record.title, find("title"))),
    ),
    h("span", { class: "block text-xs text-muted" }, `${record.family}${record.httpStatus !== undefined ? ` · ${strings.http} ${record.httpStatus}` : ""}`),
    h("span", { class: "line-clamp-2 block text-soft" }, ...marked(record.meaning, find("meaning"))),
    hidden && !shown ? h("span", { class: "block text-xs text-muted italic" }, ...marked(excerpt(hidden).value, excerpt(hidden))) : null,
  ];
}

export function initSearch() {
  const form = document.querySelector<HTMLFormElement>("form[data-search]");
  const input = form?.querySelector<HTMLInputElement>("input[role=combobox]");
  const panel = form?.querySelector<HTMLElement>("[data-search-panel]");
  const listbox = form?.querySelector<HTMLUListElement>("[role=listbox]");
  const status = form?.querySelector<HTMLElement>("[data-search-status]");
  const extra = form?.querySelector<HTMLElement>("[data-search-extra]");
  if (!form || !input || !panel || !listbox || !status || !extra) return;
  wireSearch({ form, input, panel, listbox, status, extra });
}

interface SearchElements {
  form: HTMLFormElement;
  input: HTMLInputElement;
  panel: HTMLElement;
  listbox: HTMLUListElement;
  status: HTMLElement;
  extra: HTMLElement;
}

function wireSearch({ form, input, panel, listbox, status, extra }: SearchElements) {
  const strings = JSON.parse(form.dataset.strings ?? "{}") as SearchStrings;
  const indexUrl = form.dataset.index ?? `${basePath()}/search-index.json`;
  const localPrefix = form.dataset.pagePrefix ?? "";
  // The worker's address is written on <html> by scripts/postbuild/islands.mjs.
  const client = new SearchClient(document.documentElement.dataset.workerSearch ?? "", indexUrl);
  client.onChange = () => {
    if (!panel.hidden) render();
  };

  let options: { id: string; href: string }[] = [];
  let active = -1;

  const open = (shown: boolean) => {
    panel.hidden = !shown;
    input.setAttribute("aria-expanded", String(shown && options.length > 0));
  };
  const setActive = (index: number) => {
    active = index;
    options.forEach((option, at) => document.getElementById(option.id)?.setAttribute("aria-selected", String(at === index)));
    const current = options[index];
    if (current) {
      input.setAttribute("aria-activedescendant", current.id);
      document.getElementById(current.id)?.scrollIntoView({ block: "nearest" });
    } else input.removeAttribute("aria-activedescendant");
  };
  const go = (href: string) => {
    try {
      sessionStorage.setItem(FOCUS_HEADING_KEY, "1");
    } catch {
      // Without storage the new page simply keeps focus where browsers put it.
    }
    window.location.assign(`${basePath()}${localPrefix}${href}`);
  };

  function optionItem(id: string, href: string, content: (Node | null)[]): HTMLLIElement {
    const item = h("li", { role: "option", id, "aria-selected": "false", class: "block cursor-pointer rounded-md px-2 py-2 text-sm hover:bg-chip aria-selected:bg-accent-soft aria-selected:ring-2 aria-selected:ring-accent" }, ...content);
    const index = options.length;
    options.push({ id, href });
    item.addEventListener("pointerenter", () => setActive(index));
    // pointerdown would move focus out of the box before click: keep it in the box.
    item.addEventListener("mousedown", (event) => event.preventDefault());
    item.addEventListener("click", () => go(href));
    return item;
  }

  function clear() {
    options = [];
    listbox.replaceChildren();
    extra.replaceChildren();
  }

  /** Asks the worker for the box's query and shows the answer, unless another query was asked meanwhile. */
  function render() {
    const query = input.value.trim();
    if (query === "") {
      clear();
      status.textContent = "";
      extra.append(emptyHints());
      setActive(-1);
      input.setAttribute("aria-expanded", "false");
      return;
    }
    if (!client.ready) {
      clear();
      status.textContent = client.failed ? strings.failed : strings.loading;
      setActive(-1);
      input.setAttribute("aria-expanded", "false");
      return;
    }
    void client.search(query, MAX_RESULTS).then((outcome) => {
      if (input.value.trim() === query) show(outcome);
    });
  }

  function show(outcome: SearchOutcome) {
    clear();
    outcome.results.forEach((result, index) => listbox.append(optionItem(`search-option-${index}`, result.record.url, resultContent(result, strings))));
    if (outcome.explainCode) {
      const label = strings.explain.split("{code}");
      listbox.append(optionItem(`search-option-${outcome.results.length}`, `/snap/?code=${encodeURIComponent(outcome.explainCode)}`, [document.createTextNode(label[0] ?? ""), h("code", {}, outcome.explainCode), document.createTextNode(label[1] ?? "")]));
    }
    const count = outcome.results.length;
    status.textContent = count === 0 ? strings.noResults : count === 1 ? strings.oneResult : strings.results.replace("{count}", String(count));
    if (count === 0) {
      if (outcome.nearest.length > 0) {
        status.textContent = `${strings.noResults}. ${strings.nearest}`;
        outcome.nearest.forEach((record) => listbox.append(optionItem(`search-option-${options.length}`, record.url, [h("code", {}, record.code), document.createTextNode(` ${record.title}`)])));
      }
      extra.append(h("p", {}, strings.tryHint), decoderPrompt());
    }
    setActive(options.length > 0 ? 0 : -1);
    input.setAttribute("aria-expanded", String(!panel.hidden && options.length > 0));
  }

  function emptyHints(): HTMLElement {
    const list = h("ul", { "aria-label": strings.examplesLabel, class: "flex flex-wrap gap-2" });
    for (const example of strings.exampleQueries) {
      const button = h("button", { type: "button", class: "rounded-md border border-line-strong px-2 py-0.5 font-mono text-xs hover:bg-chip" }, example);
      button.addEventListener("mousedown", (event) => event.preventDefault());
      button.addEventListener("click", () => {
        input.value = example;
        update();
        input.focus();
      });
      list.append(h("li", {}, button));
    }
    return h("div", { class: "space-y-2" }, h("p", {}, strings.examples), list, decoderPrompt());
  }

  function decoderPrompt(): HTMLElement {
    const decoder = h("a", { href: `${basePath()}${localPrefix}/decode/`, class: "font-medium underline underline-offset-2" }, strings.decoderLink);
    return h("p", {}, `${strings.decoderPrompt} `, decoder, ".");
  }

  function writeQueryToUrl(query: string) {
    const url = new URL(window.location.href);
    if (query.trim()) url.searchParams.set(QUERY_PARAM, query);
    else url.searchParams.delete(QUERY_PARAM);
    if (url.href !== window.location.href) window.history.replaceState(window.history.state, "", url);
  }

  function update() {
    writeQueryToUrl(input.value);
    render();
    open(true);
  }

  input.addEventListener("input", () => {
    client.start();
    update();
  });
  input.addEventListener("focus", () => {
    client.start();
    render();
    open(true);
  });
  input.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (panel.hidden) open(true);
      if (options.length === 0) return;
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((active + step + options.length) % options.length);
    } else if (event.key === "Enter") {
      event.preventDefault();
      const current = options[active];
      if (current && !panel.hidden) go(current.href);
    } else if (event.key === "Escape") {
      event.preventDefault();
      // First Escape closes the results and keeps the query; a second clears it.
      if (!panel.hidden) open(false);
      else {
        input.value = "";
        writeQueryToUrl("");
        render();
      }
    }
  });
  form.addEventListener("submit", (event) => event.preventDefault());
  document.addEventListener("pointerdown", (event) => {
    if (!form.contains(event.target as Node)) open(false);
  });
  document.addEventListener("keydown", (event) => {
    const isShortcut = (event.key === "k" || event.key === "K") && (event.ctrlKey || event.metaKey);
    const isSlash = event.key === "/" && !event.ctrlKey && !event.metaKey && !event.altKey && !isTypingTarget(event.target);
    if (!isShortcut && !isSlash) return;
    event.preventDefault();
    input.focus();
    input.select();
  });

  // A shared link (/?q=duplicate) shows its results; one naming a code exactly (the address bar sends "4012400" here
  // through OpenSearch) opens that code's page.
  const fromUrl = new URLSearchParams(window.location.search).get(QUERY_PARAM)?.slice(0, 200);
  if (fromUrl) {
    input.value = fromUrl;
    open(true);
    const showResults = client.onChange;
    client.onChange = () => {
      if (!client.ready) return showResults();
      client.onChange = showResults;
      void client.search(fromUrl, 5).then((outcome) => {
        const url = exactCodeUrl(outcome, fromUrl);
        if (url) window.location.replace(`${basePath()}${localPrefix}${url}`);
        else render();
      });
    };
    client.start();
    render();
  } else {
    // Text typed before this island ran is kept by the browser: read it.
    if (input.value && document.activeElement === input) update();
    whenIdle(() => client.start());
  }
}

/** After a result was opened, the new page's heading takes focus, so a screen reader starts there. */
export function focusHeadingAfterSearch() {
  let wanted = false;
  try {
    wanted = sessionStorage.getItem(FOCUS_HEADING_KEY) === "1";
    sessionStorage.removeItem(FOCUS_HEADING_KEY);
  } catch {
    return;
  }
  const heading = document.querySelector<HTMLElement>("main h1");
  if (!wanted || !heading) return;
  heading.tabIndex = -1;
  heading.focus();
}
