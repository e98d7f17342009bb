// The 404 page: says which address was asked for (known only in the browser) and offers the code it most likely
// meant, from the search index.
import { suggestEntryForPath } from "../../lib/content/suggest-entry";
import type { SearchRecord } from "../../lib/search/records";
import { parseSnapCode } from "../../lib/snap/parse-code";
import { basePath, h } from "./dom";

export function initMissingPageHint() {
  const hint = document.querySelector<HTMLElement>("[data-missing-page]");
  if (!hint) return;
  const strings = JSON.parse(hint.dataset.strings ?? "{}") as Record<"noPage" | "didYouMean" | "explain", string>;
  const requested = window.location.pathname;
  const base = basePath();
  // The page's language: its own index, and the prefix of its pages (the index holds paths without it).
  const prefix = hint.dataset.pagePrefix ?? "";
  const link = (href: string, text: string, className: string) => h("a", { href: `${base}${prefix}${href}`, class: className }, text);
  const [before = "", after = ""] = strings.noPage.split("{path}");
  hint.replaceChildren(h("p", {}, before, h("code", { class: "font-mono break-all" }, requested), after));
  fetch(hint.dataset.index ?? `${base}/search-index.json`)
    .then((response) => (response.ok ? (response.json() as Promise<SearchRecord[]>) : []))
    .then((records) => {
      const codes = records
        .filter((record) => record.code && !record.id.startsWith("service/") && !record.id.startsWith("guide/"))
        .map(({ id, code, url, title }) => ({ code, slug: id.split("/")[1] ?? "", url, title }));
      const path = requested.slice(base.length);
      const suggestion = suggestEntryForPath(prefix && path.startsWith(`${prefix}/`) ? path.slice(prefix.length) : path, codes);
      if (suggestion) {
        const [lead = "", tail = ""] = strings.didYouMean.split("{code}");
        hint.append(h("p", { class: "rounded-lg border border-line p-4" }, lead, link(suggestion.url, suggestion.code, "font-mono font-semibold underline underline-offset-2"), ` (${suggestion.title})${tail}`));
        return;
      }
      const snap = parseSnapCode(requested.split("/").filter(Boolean).pop() ?? "");
      if (snap.kind === "snap") {
        const [lead = "", tail = ""] = strings.explain.split("{link}");
        hint.append(h("p", { class: "rounded-lg border border-line p-4" }, h("code", { class: "font-mono" }, snap.code), lead, link(`/snap/?code=${snap.code}`, snap.code, "font-semibold underline underline-offset-2"), tail));
      }
    })
    .catch(() => undefined);
}
