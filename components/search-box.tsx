"use client";

import { SiteLink } from "@/components/site-link";
import { usePathname, useRouter } from "next/navigation";
import { useCallback, useEffect, useId, useRef, useState } from "react";
import { SearchResultItem } from "@/components/search-result-item";
import { useFieldBeforeHydration } from "@/components/use-field-before-hydration";
import type { SearchRecord } from "@/lib/search/records";
import type { SearchOutcome, Searcher } from "@/lib/search/search";

const MAX_RESULTS = 8;
const QUERY_PARAM = "q";

/** Loads the index and the search code once, on first use: pages ship neither up front. */
let searcherPromise: Promise<Searcher> | undefined;
function loadSearcher(basePath: string): Promise<Searcher> {
  searcherPromise ??= Promise.all([
    fetch(`${basePath}/search-index.json`).then((response) => {
      if (!response.ok) throw new Error(`search index: HTTP ${response.status}`);
      return response.json();
    }),
    import("@/lib/search/search"),
  ]).then(([records, { createSearcher }]) => createSearcher(records));
  searcherPromise.catch(() => {
    searcherPromise = undefined; // let the next focus try again
  });
  return searcherPromise;
}

/** Keeps the query in the address bar (?q=) without adding history entries, so a search can be shared. */
function writeQueryToUrl(query: string) {
  const url = new URL(window.location.href);
  if (query.trim()) url.searchParams.set(QUERY_PARAM, query);
  else url.searchParams.delete(QUERY_PARAM);
  if (url.href !== window.location.href) window.history.replaceState(window.history.state, "", url);
}

/**
 * The page of the one code a query names exactly ("4012400", "invalid_token"), or of the one code it is another
 * spelling of ("0051" ⇒ card 51); none when it names several (0000 is a legacy V1 and a Biller code).
 */
function exactCodeUrl(searcher: Searcher, query: string): string | undefined {
  const key = compactCode(query);
  const exact = searcher.search(query, 5).results.filter(({ record, via }) => via === "exact" && record.code !== "");
  const byCode = exact.filter(({ record }) => compactCode(record.code) === key);
  const byAlias = exact.filter(({ record }) => record.aliases.some((alias) => /^[\w.-]+$/.test(alias) && compactCode(alias) === key));
  const [only] = byCode.length > 0 ? byCode : byAlias;
  return (byCode.length > 0 ? byCode : byAlias).length === 1 && only ? only.record.url : undefined;
}

/** "invalid-token", "INVALID_TOKEN" and "401 24 00" as the search compares codes. */
function compactCode(text: string): string {
  return text.toUpperCase().replace(/[\s_.-]+/g, "");
}

function isTypingTarget(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));
}

/**
 * The header search: a searchbox with a list of result links. Focus stays in the box; ↑/↓ move the active result
 * (aria-activedescendant), Enter opens it, Esc clears. "/" and Ctrl/⌘+K focus the box from anywhere.
 */
export function SearchBox({ basePath }: { basePath: string }) {
  const router = useRouter();
  const pathname = usePathname();
  const listId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const containerRef = useRef<HTMLFormElement>(null);
  const [query, setQuery] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [searcher, setSearcher] = useState<Searcher>();
  const [loadFailed, setLoadFailed] = useState(false);

  const warmUp = useCallback(() => {
    loadSearcher(basePath).then(
      (loaded) => {
        setSearcher(() => loaded);
        setLoadFailed(false);
      },
      () => setLoadFailed(true),
    );
  }, [basePath]);

  // A shared link (/?q=duplicate) shows its results at once; one that names a code exactly (the browser's address bar
  // sends "4012400" here through OpenSearch) opens that code's page instead.
  const openExactFromUrl = useRef<string | undefined>(undefined);
  useEffect(() => {
    const wanted = openExactFromUrl.current;
    if (!searcher || wanted === undefined) return;
    openExactFromUrl.current = undefined;
    const url = exactCodeUrl(searcher, wanted);
    if (url) window.location.replace(`${basePath}${url}`);
  }, [searcher, basePath]);

  useEffect(() => {
    const fromUrl = new URLSearchParams(window.location.search).get(QUERY_PARAM);
    if (!fromUrl) return;
    openExactFromUrl.current = fromUrl;
    // The URL can only be read after hydration; the static HTML starts with an empty box.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setQuery(fromUrl.slice(0, 200));
    setOpen(true);
    warmUp();
  }, [warmUp]);

  useFieldBeforeHydration(inputRef, {
    onValue: (value) => update(value.slice(0, 200)),
    onFocused: () => {
      warmUp();
      setOpen(true);
    },
  });

  // A result opened: close the list on the new page (not on the first render, which may be restoring ?q=).
  const shownPathname = useRef(pathname);
  useEffect(() => {
    if (shownPathname.current === pathname) return;
    shownPathname.current = pathname;
    setOpen(false);
  }, [pathname]);

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      const isShortcut = (event.key === "k" || event.key === "K") && (event.ctrlKey || event.metaKey);
      const isSlash = event.key === "/" && !event.ctrlKey && !event.metaKey && !event.altKey && !isTypingTarget(event.target);
      if (!isShortcut && !isSlash) return;
      event.preventDefault();
      inputRef.current?.focus();
      inputRef.current?.select();
    }
    function onPointerDown(event: PointerEvent) {
      if (!containerRef.current?.contains(event.target as Node)) setOpen(false);
    }
    document.addEventListener("keydown", onKeyDown);
    document.addEventListener("pointerdown", onPointerDown);
    return () => {
      document.removeEventListener("keydown", onKeyDown);
      document.removeEventListener("pointerdown", onPointerDown);
    };
  }, []);

  const outcome: SearchOutcome | undefined = searcher && query.trim() ? searcher.search(query, MAX_RESULTS) : undefined;
  const results = outcome?.results ?? [];
  const explainHref = outcome?.explainCode ? `/snap/?code=${encodeURIComponent(outcome.explainCode)}` : undefined;
  // The links in the list, in order: the results, then the offer to explain a code.
  const hrefs = [...results.map((result) => result.record.url), ...(explainHref ? [explainHref] : [])];
  const activeIndex = hrefs.length === 0 ? -1 : Math.min(active, hrefs.length - 1);
  const optionId = (index: number) => `${listId}-${index}`;
  const showPanel = open && query.trim() !== "";

  function update(value: string) {
    setQuery(value);
    setActive(0);
    setOpen(true);
    writeQueryToUrl(value);
  }

  function onKeyDown(event: React.KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      setOpen(true);
      if (hrefs.length === 0) return;
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((activeIndex + step + hrefs.length) % hrefs.length);
    } else if (event.key === "Enter") {
      event.preventDefault();
      const href = hrefs[activeIndex];
      if (href && showPanel) router.push(href);
    } else if (event.key === "Escape") {
      event.preventDefault();
      update("");
      setOpen(false);
    }
  }

  return (
    <form
      ref={containerRef}
      role="search"
      action={`${basePath}/`}
      method="get"
      className="relative w-full"
      onSubmit={(event) => event.preventDefault()}
    >
      <input
        ref={inputRef}
        type="search"
        name={QUERY_PARAM}
        aria-label="Search"
        aria-controls={showPanel ? listId : undefined}
        aria-activedescendant={showPanel && activeIndex >= 0 ? optionId(activeIndex) : undefined}
        aria-describedby={`${listId}-hint`}
        placeholder="Search codes and messages"
        autoComplete="off"
        spellCheck={false}
        maxLength={200}
        value={query}
        onChange={(event) => update(event.target.value)}
        onFocus={() => {
          warmUp();
          setOpen(true);
        }}
        onPointerEnter={warmUp}
        onKeyDown={onKeyDown}
        className="w-full rounded-md border border-zinc-400 bg-white py-1.5 pr-14 pl-3 text-sm dark:border-zinc-600 dark:bg-zinc-900"
      />
      <kbd
        aria-hidden="true"
        className="pointer-events-none absolute top-1/2 right-2 -translate-y-1/2 rounded border border-zinc-300 px-1.5 font-mono text-xs text-zinc-600 dark:border-zinc-700 dark:text-zinc-400"
      >
        /
      </kbd>
      <span id={`${listId}-hint`} className="sr-only">
        Type a code, a message or words. Up and down arrows choose a result, Enter opens it, Escape clears.
      </span>
      {showPanel ? (
        <div className="absolute right-0 z-40 mt-2 max-h-[70vh] w-[min(32rem,calc(100vw-2rem))] overflow-y-auto rounded-lg border border-zinc-200 bg-white p-2 shadow-lg dark:border-zinc-700 dark:bg-zinc-900">
          <p role="status" className="px-2 py-1 text-xs text-zinc-600 dark:text-zinc-400">
            {!searcher ? (loadFailed ? "Search could not load. Check your connection and try again." : "Loading search…") : `${results.length === 0 ? "No" : results.length} result${results.length === 1 ? "" : "s"}`}
          </p>
          <ul id={listId} aria-label="Search results" className="space-y-1">
            {results.map((result, index) => (
              <li key={result.record.id}>
                <SearchResultItem
                  id={optionId(index)}
                  result={result}
                  active={index === activeIndex}
                  onPointerEnter={() => setActive(index)}
                />
              </li>
            ))}
            {explainHref ? (
              <li>
                <SiteLink
                  id={optionId(results.length)}
                  href={explainHref}
                  onPointerEnter={() => setActive(results.length)}
                  className={`block rounded-md px-2 py-2 text-sm ${activeIndex === results.length ? "bg-brand-50 dark:bg-zinc-800" : ""}`}
                >
                  Explain <code className="font-mono font-semibold">{outcome?.explainCode}</code> from its parts
                </SiteLink>
              </li>
            ) : null}
          </ul>
          {searcher && results.length === 0 ? <NoMatch nearest={outcome?.nearest ?? []} /> : null}
        </div>
      ) : open && query.trim() === "" ? (
        <EmptyHints onPick={update} />
      ) : null}
    </form>
  );
}

/** What a focused, empty box offers: queries of each kind, one tap away, and the decoder. */
function EmptyHints({ onPick }: { onPick: (query: string) => void }) {
  return (
    <div className="absolute right-0 z-40 mt-2 w-[min(32rem,calc(100vw-2rem))] space-y-2 rounded-lg border border-zinc-200 bg-white p-3 text-sm shadow-lg dark:border-zinc-700 dark:bg-zinc-900">
      <p className="text-zinc-700 dark:text-zinc-300">Search by code, message or words, typos welcome. For example:</p>
      <ul aria-label="Example searches" className="flex flex-wrap gap-2">
        {["4012400", "INVALID_TOKEN", "amount is required", "merchant inactive", "409US00"].map((example) => (
          <li key={example}>
            {/* A button, not a link: it fills the box and keeps focus in the search. */}
            <button
              type="button"
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => onPick(example)}
              className="rounded-md border border-zinc-300 px-2 py-0.5 font-mono text-xs hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800"
            >
              {example}
            </button>
          </li>
        ))}
      </ul>
      <p>
        Have a whole response?{" "}
        <SiteLink href="/decode/" className="font-medium underline underline-offset-2">
          Paste it into the decoder
        </SiteLink>
        .
      </p>
    </div>
  );
}

function NoMatch({ nearest }: { nearest: SearchRecord[] }) {
  return (
    <div className="space-y-2 px-2 py-2 text-sm text-zinc-700 dark:text-zinc-300">
      {nearest.length > 0 ? (
        <div>
          <p className="font-medium">Nearest codes:</p>
          <ul aria-label="Nearest codes" className="mt-1 space-y-1">
            {nearest.map((record) => (
              <li key={record.id}>
                <SiteLink href={record.url} className="underline underline-offset-2">
                  {record.code ? <code className="font-mono">{record.code}</code> : null} {record.title}
                </SiteLink>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <p>Try a code (4012400, INVALID_TOKEN), part of a message (&ldquo;amount is required&rdquo;) or a few words (&ldquo;merchant inactive&rdquo;).</p>
      <p>
        Have a whole response?{" "}
        <SiteLink href="/decode/" className="font-medium underline underline-offset-2">
          Paste it into the decoder
        </SiteLink>
        . Or{" "}
        <SiteLink href="/#glossary" className="underline underline-offset-2">
          browse every code
        </SiteLink>
        .
      </p>
    </div>
  );
}
