// npm run bench: the project's speed and size figures, printed as tables, then all of them in one summary table.
// A benchmark prints; it never fails a build. BENCH_ONLY=search,decode,signature,browser,build picks sections (default: all).
import { benchBrowser } from "./bench/browser";
import { benchBuild } from "./bench/build";
import { benchDecode } from "./bench/decode";
import { benchSearch } from "./bench/search";
import { benchSignature } from "./bench/signature";
import { type SummaryRow, printTable } from "./bench/stats";

const only = process.env.BENCH_ONLY?.split(",");
const sections: [string, () => SummaryRow[] | Promise<SummaryRow[]>][] = [
  ["search", benchSearch],
  ["decode", benchDecode],
  ["signature", benchSignature],
  ["browser", benchBrowser],
  ["build", benchBuild],
];
const summary: SummaryRow[] = [];
for (const [name, run] of sections) if (!only || only.includes(name)) summary.push(...(await run()));
printTable("Summary: every figure above in one table", ["area", "measure", "figure", "target"], summary);
