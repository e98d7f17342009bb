// Compiles an entry's MDX body to a function body; the page runs it with React's runtime at build time.
import { compile } from "@mdx-js/mdx";
import remarkGfm from "remark-gfm";

export async function compileBody(source: string): Promise<string> {
  const file = await compile(source, { outputFormat: "function-body", remarkPlugins: [remarkGfm] });
  return String(file);
}
