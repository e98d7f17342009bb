// The header search's engine, in a worker: the index is parsed and indexed here, off the main thread, so a page never
// blocks on it; the site island (search.ts) sends queries and renders what comes back.
import type { SearchRecord } from "../../lib/search/records";
import { type Searcher, createSearcher } from "../../lib/search/search";

export type SearchRequest = { type: "load"; indexUrl: string } | { type: "search"; id: number; query: string; limit: number };
export type SearchReply = { type: "ready" } | { type: "failed" } | { type: "outcome"; id: number; outcome: ReturnType<Searcher["search"]> };

let searcher: Searcher | undefined;
let loading: Promise<void> | undefined;
const post = (reply: SearchReply) => self.postMessage(reply);

self.onmessage = (event: MessageEvent<SearchRequest>) => {
  const request = event.data;
  if (request.type === "load") {
    loading ??= fetch(request.indexUrl)
      .then((response) => {
        if (!response.ok) throw new Error(`search index: HTTP ${response.status}`);
        return response.json() as Promise<SearchRecord[]>;
      })
      .then((records) => {
        searcher = createSearcher(records);
        post({ type: "ready" });
      })
      .catch(() => {
        loading = undefined;
        post({ type: "failed" });
      });
    return;
  }
  if (searcher) post({ type: "outcome", id: request.id, outcome: searcher.search(request.query, request.limit) });
};
