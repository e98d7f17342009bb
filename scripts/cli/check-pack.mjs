// The packed command installs and runs outside this project: `npm pack`, install the tarball into an empty folder
// (it has no dependencies, so this works offline), then run explain and triage there and check their output and exit
// status. A step of `npm test`.
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");
const work = fs.mkdtempSync(path.join(os.tmpdir(), "doku-errors-pack-"));
const failures = [];

try {
  // Build first, then pack without lifecycle scripts, whose output would mix into --json.
  execFileSync("npx", ["tsx", "scripts/cli/build.ts"], { cwd: root, stdio: "inherit" });
  const packed = JSON.parse(execFileSync("npm", ["pack", "--json", "--ignore-scripts", "--pack-destination", work], { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] }));
  const tarball = path.join(work, packed[0].filename);
  const files = packed[0].files.map((file) => file.path).sort();
  console.log(`packed ${path.basename(tarball)}: ${files.join(", ")} (${(packed[0].size / 1024).toFixed(0)} kB)`);
  const app = path.join(work, "elsewhere");
  fs.mkdirSync(app);
  fs.writeFileSync(path.join(app, "package.json"), JSON.stringify({ name: "elsewhere", version: "1.0.0", private: true }));
  execFileSync("npm", ["install", "--offline", "--no-audit", "--no-fund", tarball], { cwd: app, stdio: ["ignore", "ignore", "inherit"] });
  const bin = path.join(app, "node_modules", ".bin", "doku-errors");

  const run = (args, input) => spawnSync(bin, args, { cwd: app, input, encoding: "utf8" });
  const expect = (label, condition) => {
    console.log(`${condition ? "✔" : "✘"} ${label}`);
    if (!condition) failures.push(label);
  };

  const explain = run(["explain", "4012400"]);
  expect("explain 4012400 prints its meaning and page and exits 0", explain.status === 0 && explain.stdout.includes("HTTP status") && /\/snap\/4012400\//.test(explain.stdout));
  const unknown = run(["explain", "NOT_A_DOKU_CODE"]);
  expect("explain of an unknown code exits 2", unknown.status === 2);
  const log = '2026-11-30 10:00:00 ERROR resp={"responseCode":"4012400"}\n2026-11-30 10:00:01 ERROR Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln curl: (28) Operation timed out\n';
  const triage = run(["triage", "-", "--json"], log);
  const parsed = triage.status === 0 ? JSON.parse(triage.stdout) : undefined;
  expect("triage - --json reads standard input and counts both codes", parsed?.codes?.length === 2 && parsed.codes.every((row) => row.count === 1));
  expect("triage prints no secret of the log", !triage.stdout.includes("eyJhbGciOiJIUzI1NiJ9"));
  const usage = run(["triage"]);
  expect("a usage error exits 1", usage.status === 1);
  expect("--help prints usage", run(["--help"]).stdout.includes("doku-errors explain <code>"));
} catch (error) {
  failures.push(String(error));
  console.error(String(error));
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
process.exit(failures.length === 0 ? 0 : 1);
