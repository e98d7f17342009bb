"use client";

import { SiteLink } from "@/components/site-link";
import { openWithRequest } from "@/components/request-handoff";
import { type Locale, localePath } from "@/lib/i18n/locale";

/**
 * A link to the signature check in the page's language (/signature/ or /id/signature/) that takes the paste along:
 * opened in a new tab, which asks this page for the request (components/request-handoff.ts). Without a paste, or when
 * the browser blocks the tab, it is a plain link.
 */
export function SignatureCheckLink({ paste, locale = "en", children }: { paste?: string; locale?: Locale; children: React.ReactNode }) {
  return (
    <SiteLink
      href={localePath(locale, "/signature/")}
      target={paste ? "_blank" : undefined}
      onClick={(event) => {
        if (paste && openWithRequest(event.currentTarget.href, paste)) event.preventDefault();
      }}
      className="font-semibold text-accent underline underline-offset-2"
    >
      {children}
    </SiteLink>
  );
}
