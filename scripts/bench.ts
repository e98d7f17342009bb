// npm run bench: the project's speed and size figures, printed as tables. A benchmark prints; it never fails a build.
// BENCH_ONLY=search,decode,build picks sections (default: all).
import { benchBuild } from "./bench/build";
import { benchDecode } from "./bench/decode";
import { benchSearch } from "./bench/search";

const only = process.env.BENCH_ONLY?.split(",");
const sections: [string, () => void][] = [
  ["search", benchSearch],
  ["decode", benchDecode],
  ["build", benchBuild],
];
for (const [name, run] of sections) if (!only || only.includes(name)) run();
