import type { Metadata } from "next";
import { Island } from "@/components/island";
import { pageMetadata } from "@/components/page-metadata";
import { SignatureChecker } from "@/components/signature-checker";
import { SiteLink } from "@/components/site-link";
import { type Locale, localePath } from "@/lib/i18n/locale";
import { SIGNATURE_TEXT } from "@/lib/i18n/signature";
import { knownMistakes, pages } from "@/lib/signature/links";

export function signatureMetadata(locale: Locale): Metadata {
  const { title, description } = SIGNATURE_TEXT[locale].page;
  return pageMetadata({ locale, path: "/signature/", title, description });
}

const link = "underline underline-offset-2";

/** The signature check in a language: what it does, what stays private, the checker, and the mistakes it tries. */
export function SignaturePage({ locale }: { locale: Locale }) {
  const t = SIGNATURE_TEXT[locale].page;
  const codes = pages(locale);
  return (
    <div className="space-y-8">
      <header className="max-w-3xl space-y-3">
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{t.title}</h1>
        <p className="text-lg text-soft">
          {t.leadBefore}{" "}
          <SiteLink href={codes.snapUnauthorized.href} className={link}>
            401XX00
          </SiteLink>
          {t.and}{" "}
          <SiteLink href={codes.tokenUnauthorized.href} className={link}>
            4017300
          </SiteLink>{" "}
          {t.or}{" "}
          <SiteLink href={codes.nonSnapInvalidSignature.href} className={link}>
            invalid_signature
          </SiteLink>
          . {t.leadAfter}
        </p>
        <div className="rounded-lg border border-line-strong bg-subtle p-3 text-sm">
          <p className="font-semibold">{t.privacyTitle}</p>
          <p>
            {t.privacyBefore} <strong>{t.sandbox}</strong>
            {t.privacyAfter}
          </p>
        </div>
      </header>

      <Island name="signature" props={{ locale }}>
        <SignatureChecker locale={locale} />
      </Island>

      <section aria-labelledby="mistakes-tried" className="max-w-3xl space-y-2">
        <h2 id="mistakes-tried" className="text-xl font-semibold">
          {t.mistakesHeading}
        </h2>
        <p className="text-sm text-soft">
          {t.mistakesBefore} <code className="font-mono">X-SIGNATURE</code>
          {t.mistakesMiddle}{" "}
          <SiteLink href={localePath(locale, "/guides/signatures/")} className={link}>
            {t.guideLink}
          </SiteLink>
          :
        </p>
        <ul className="grid list-disc gap-x-8 gap-y-1 pl-5 text-sm sm:grid-cols-2">
          {knownMistakes(locale).map((mistake) => (
            <li key={mistake.href}>
              <SiteLink href={mistake.href} className={link}>
                {mistake.label}
              </SiteLink>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
