// next/link inside an island bundle (esbuild aliases it here): a plain link with the site's base path, as next/link
// would add it. Islands are mounted on static pages with no router to hand a navigation to.
import type { AnchorHTMLAttributes } from "react";
import { basePath } from "./dom";

type Props = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, "href"> & { href: string; prefetch?: boolean };

export default function PlainLink({ href, prefetch: _prefetch, ...rest }: Props) {
  return <a href={href.startsWith("/") ? `${basePath()}${href}` : href} {...rest} />;
}
