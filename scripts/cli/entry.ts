// The doku-errors command as a process: Node's stdin, files and exit code around lib/cli's runCli. Bundled with the
// catalogue by scripts/cli/build.ts into dist/doku-errors.mjs.
import fs from "node:fs/promises";
import catalogue from "virtual:doku-catalogue";
import { runCli } from "../../lib/cli/run";

declare const __SITE_URL__: string;
declare const __VERSION__: string;

async function readInput(path: string): Promise<string> {
  if (path !== "-") {
    try {
      return await fs.readFile(path, "utf8");
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new Error(code === "ENOENT" ? `no such file: ${path}` : code === "EISDIR" ? `${path} is a folder, not a file` : `cannot read ${path} (${code ?? "error"})`);
    }
  }
  if (process.stdin.isTTY) throw new Error('"-" reads standard input: pipe a log into it, e.g. cat app.log | doku-errors triage -');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

const code = await runCli(process.argv.slice(2), { stdout: (text) => process.stdout.write(text), stderr: (text) => process.stderr.write(text), readInput }, {
  catalogue,
  siteUrl: __SITE_URL__,
  version: __VERSION__,
});
process.exitCode = code;
