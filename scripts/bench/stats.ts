// Small helpers shared by the benchmarks: percentiles, timing, and the table printer shared with audit:pages.
import { performance } from "node:perf_hooks";
import zlib from "node:zlib";

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

/** Runs `fn` `runs` times (after `warmup` untimed runs) and returns the sorted durations in ms. */
export function timeRuns(fn: () => void, runs: number, warmup = Math.min(3, runs)): number[] {
  for (let i = 0; i < warmup; i++) fn();
  const durations: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    durations.push(performance.now() - start);
  }
  return durations.sort((a, b) => a - b);
}

export function gzipKb(text: string): number {
  return zlib.gzipSync(text, { level: 9 }).length / 1024;
}

export function ms(value: number): string {
  return value < 10 ? value.toFixed(2) : value.toFixed(1);
}

export { printTable } from "../print-table.mjs";

/** One line of the closing summary table: the area, what was measured, the figure, and the target if there is one. */
export type SummaryRow = [area: string, measure: string, figure: string, target: string];
