import Link from "next/link";
import type { ComponentProps } from "react";

/**
 * The site's links: next/link (client navigation, basePath) that never prefetches. Pages are small static files, a
 * glossary page has hundreds of links, and prefetching them would spend mobile data and make requests while the
 * paste-box promises to make none. ESLint keeps next/link out of every other file.
 */
export function SiteLink(props: Omit<ComponentProps<typeof Link>, "prefetch">) {
  return <Link {...props} prefetch={false} />;
}
