// Site identity and absolute URLs, used by metadata, the sitemap, JSON-LD and errors.json.
import { basePath, siteUrl } from "./site-config.mjs";

export const SITE_NAME = "DOKU Error Reference";
export const SITE_DESCRIPTION =
  "Every error code the DOKU payment APIs document, one page each: what it means, why it happens, what to do, who must act and whether it is safe to retry.";

export { basePath, siteUrl };

/** Absolute URL of a site path, e.g. "/http/429/" ⇒ "https://host/base/http/429/". */
export function absoluteUrl(sitePath: string): string {
  return `${siteUrl}${basePath}${sitePath.startsWith("/") ? sitePath : `/${sitePath}`}`;
}
