import { run } from "@mdx-js/mdx";
import { SiteLink } from "@/components/site-link";
import type { ComponentProps } from "react";
import * as runtime from "react/jsx-runtime";
import { compileBody } from "@/lib/content/compile-body";

/** Lower-case, hyphenated anchor for a heading, e.g. "How to fix it" ⇒ "how-to-fix-it". */
function anchorFor(children: React.ReactNode): string | undefined {
  return typeof children === "string" ? children.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") : undefined;
}

const components = {
  // Site links go through SiteLink so they get the basePath; others open as plain links.
  a: ({ href = "", ...props }: ComponentProps<"a">) =>
    href.startsWith("/") ? <SiteLink href={href} {...props} /> : <a href={href} rel="noopener noreferrer" {...props} />,
  h2: (props: ComponentProps<"h2">) => <h2 id={anchorFor(props.children)} {...props} />,
  h3: (props: ComponentProps<"h3">) => <h3 id={anchorFor(props.children)} {...props} />,
};

/** Renders trusted MDX from content/ at build time. */
export async function MdxBody({ source }: { source: string }) {
  const { default: Content } = await run(await compileBody(source), { ...runtime, baseUrl: import.meta.url });
  return (
    <div className="prose max-w-none">
      <Content components={components} />
    </div>
  );
}
