// What the page asks the network for, for the specs that prove a paste or a secret never leaves it.
import type { Page } from "@playwright/test";

/**
 * Counts every request the page makes from now on, but the page's own code being loaded: a GET of a content-hashed
 * script under /_islands/ (or a language's /id/_islands/), with no query, carries nothing from the paste.
 */
export function countRequests(page: Page): () => string[] {
  const seen: string[] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    const ownCode = request.method() === "GET" && url.search === "" && /^\/(?:[\w-]+\/)?_islands\/(?:chunks\/)?[\w-]+-[A-Z0-9]{8}\.js$/.test(url.pathname);
    if (!ownCode) seen.push(request.url());
  });
  return () => seen;
}
