// Search latency per query (p50, p95) over the real catalogue and synthetic ones of 1,000 and 10,000 records,
// and the size of the index the browser fetches. Prints figures; asserts nothing.
import { performance } from "node:perf_hooks";
import { loadCatalogue } from "../../lib/content/load";
import { RANKING } from "../../lib/search/ranking-table";
import { type SearchRecord, toSearchRecords } from "../../lib/search/records";
import { createSearcher } from "../../lib/search/search";
import { type SummaryRow, gzipKb, ms, percentile, printTable, timeRuns } from "./stats";

const RUNS_PER_QUERY = 10;

/**
 * A catalogue of `size` records made from the real ones: codes renumbered so they stay unique, words reshuffled
 * from the real vocabulary, so field lengths and word frequencies resemble the real index.
 */
export function syntheticRecords(real: readonly SearchRecord[], size: number): SearchRecord[] {
  const words = real.flatMap((record) => `${record.title} ${record.message} ${record.details}`.split(/\s+/)).filter(Boolean);
  let seed = 42;
  const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  const phrase = (length: number) => Array.from({ length }, () => words[Math.floor(random() * words.length)]).join(" ");
  return Array.from({ length: size }, (_, index) => {
    const model = real[index % real.length] as SearchRecord;
    if (index < real.length) return model;
    const code = `${model.code || "GUIDE"}_${index}`;
    return {
      ...model,
      id: `synthetic/${index}`,
      url: `/synthetic/${index}/`,
      code,
      title: phrase(4),
      meaning: phrase(18),
      message: phrase(8),
      aliases: [phrase(2), phrase(3)],
      details: phrase(55),
    };
  });
}

export function benchSearch(): SummaryRow[] {
  const real = toSearchRecords(loadCatalogue());
  const queries = RANKING.map(([, query]) => query);
  const rows: (string | number)[][] = [];
  const summary: SummaryRow[] = [];
  for (const [label, records] of [
    [`real (${real.length})`, real],
    ["1,000", syntheticRecords(real, 1_000)],
    ["10,000", syntheticRecords(real, 10_000)],
  ] as const) {
    const buildStart = performance.now();
    const searcher = createSearcher(records);
    const buildMs = performance.now() - buildStart;
    // Each query timed on its own; the percentiles are over every (query, run) pair.
    const durations = queries.flatMap((query) => timeRuns(() => searcher.search(query), RUNS_PER_QUERY, 1)).sort((a, b) => a - b);
    const slowest = queries
      .map((query) => ({ query, p50: percentile(timeRuns(() => searcher.search(query), 3, 0), 50) }))
      .sort((a, b) => b.p50 - a.p50)[0];
    rows.push([
      label,
      ms(buildMs),
      ms(percentile(durations, 50)),
      ms(percentile(durations, 95)),
      `${slowest?.query} (${ms(slowest?.p50 ?? 0)})`,
      gzipKb(JSON.stringify(records)).toFixed(1),
    ]);
    summary.push([
      "search",
      `query p50 / p95, ${label} records`,
      `${ms(percentile(durations, 50))} / ${ms(percentile(durations, 95))} ms`,
      records.length === 10_000 ? "p95 < 16 ms" : "",
    ]);
  }
  printTable(
    `Search: ${queries.length} queries of the ranking table × ${RUNS_PER_QUERY} runs each (target: p95 < 16 ms at 10,000)`,
    ["catalogue", "index build ms", "p50 ms", "p95 ms", "slowest query (ms)", "index kB gzip"],
    rows,
  );
  return summary;
}
