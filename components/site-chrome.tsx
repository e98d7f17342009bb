// What every page has around its content, in the page's language: the skip link, the header (site name, main links,
// language switch, search, theme), the footer and the place of the update notice.
import { SearchBox } from "@/components/search-box";
import { SiteLink } from "@/components/site-link";
import { ThemeToggle } from "@/components/theme-toggle";
import { LOCALE_NAMES, LOCALE_TAGS, type Locale, localePath, otherLocale } from "@/lib/i18n/locale";
import { SITE_STRINGS } from "@/lib/i18n/site";
import { SITE_NAME } from "@/lib/site";

export function SiteChrome({ locale, children }: { locale: Locale; children: React.ReactNode }) {
  const strings = SITE_STRINGS[locale].chrome;
  return (
    <>
      <a
        href="#main"
        className="sr-only z-50 rounded bg-brand-600 px-4 py-2 font-semibold text-white focus:not-sr-only focus:fixed focus:top-2 focus:left-2"
      >
        {strings.skipToContent}
      </a>
      <SiteHeader locale={locale} />
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-5xl px-4 py-8 focus:outline-none sm:px-6">
        {children}
      </main>
      <SiteFooter locale={locale} />
      {/* Filled by the site island (components/islands/offline.ts) when a newer version of the site was fetched. */}
      <div
        data-update-notice
        role="status"
        data-strings={JSON.stringify({ updated: strings.updateReady, reload: strings.updateReload, dismiss: strings.updateDismiss })}
        className="fixed inset-x-0 bottom-4 z-40 mx-auto w-fit max-w-[calc(100%-2rem)]"
      />
    </>
  );
}

function SiteHeader({ locale }: { locale: Locale }) {
  const strings = SITE_STRINGS[locale].chrome;
  const at = (sitePath: string) => localePath(locale, sitePath);
  const other = otherLocale(locale);
  return (
    <header className="border-b border-line bg-canvas/95">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3 sm:px-6">
        <SiteLink href={at("/")} className="mr-auto flex items-center gap-2 font-bold tracking-tight text-ink sm:mr-0">
          <span aria-hidden="true" className="grid h-7 w-7 place-items-center rounded-md bg-brand-600 text-sm text-white">
            D!
          </span>
          <span>{SITE_NAME}</span>
        </SiteLink>
        {/* Small screens: name, language and theme on one line, then the search, then the links. */}
        {/* Wide screens: one row, within max-w-5xl; hence the short labels, the narrow search and an icon-only theme button. */}
        <nav aria-label={strings.mainNav} className="order-last flex w-full flex-wrap items-center gap-x-3 gap-y-1 text-sm md:order-none md:w-auto md:flex-1">
          <SiteLink href={`${at("/")}#glossary`} className="whitespace-nowrap hover:underline">
            {strings.glossary}
          </SiteLink>
          <SiteLink href={at("/decode/")} className="whitespace-nowrap hover:underline" title={strings.decodeTitle}>
            {strings.decode}
          </SiteLink>
          <SiteLink href={at("/signature/")} className="whitespace-nowrap hover:underline" title={strings.signatureTitle}>
            {strings.signature}
          </SiteLink>
          <SiteLink href={at("/snap/")} className="whitespace-nowrap hover:underline">
            {strings.snapCodes}
          </SiteLink>
          <SiteLink href={at("/guides/error-envelope/")} className="whitespace-nowrap hover:underline">
            {strings.errorEnvelope}
          </SiteLink>
        </nav>
        <div className="order-3 w-full md:order-none md:w-44">
          <SearchBox locale={locale} />
        </div>
        <div className="order-2 flex items-center gap-2 md:order-none">
          {/* The same page in the other language: scripts/postbuild/islands.mjs points it at this page's twin. */}
          <a
            data-language-switch={other}
            href={localePath(other, "/")}
            hrefLang={LOCALE_TAGS[other].hreflang}
            lang={LOCALE_TAGS[other].lang}
            className="rounded-md px-1.5 py-1 text-sm font-medium whitespace-nowrap underline-offset-2 hover:underline"
          >
            {/* The visible code is part of the name, so a voice command "click ID" works too. */}
            {other.toUpperCase()}
            <span className="sr-only"> {LOCALE_NAMES[other]}</span>
          </a>
          <ThemeToggle labelDark={strings.themeDark} labelLight={strings.themeLight} />
        </div>
      </div>
    </header>
  );
}

function SiteFooter({ locale }: { locale: Locale }) {
  const strings = SITE_STRINGS[locale].chrome;
  return (
    <footer className="mt-16 border-t border-line">
      <div className="mx-auto max-w-5xl space-y-2 px-4 py-6 text-sm text-muted sm:px-6">
        <p>{strings.footerIndependent}</p>
        <p>{strings.footerOffline}</p>
        <p>
          <SiteLink href="/errors.json" className="underline underline-offset-2">
            {strings.catalogueJson}
          </SiteLink>
          {" · "}
          <SiteLink href="/sitemap.xml" className="underline underline-offset-2">
            {strings.sitemap}
          </SiteLink>
        </p>
      </div>
    </footer>
  );
}
