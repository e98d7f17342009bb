import { CopyButton } from "@/components/copy-button";
import type { Locale } from "@/lib/i18n/locale";
import { SITE_STRINGS } from "@/lib/i18n/site";

/**
 * The sentence support sends the customer, in both languages with a copy button each, the page's language first: in
 * the paste-box, under an explained code. The look of the code page's (CustomerMessage in entry-article.tsx), one
 * heading level down; `headingId` keeps each finding's heading its own. Works on server and client.
 */
export function CustomerMessage({ locale, english, indonesian, headingId }: { locale: Locale; english: string; indonesian: string; headingId: string }) {
  const strings = SITE_STRINGS[locale].entry;
  const messages = [
    { lang: "id", label: strings.customerIndonesian, copy: strings.copyCustomerIndonesian, text: indonesian },
    { lang: "en", label: strings.customerEnglish, copy: strings.copyCustomerEnglish, text: english },
  ].sort((a, b) => Number(b.lang === locale) - Number(a.lang === locale));
  return (
    <section aria-labelledby={headingId} className="space-y-3 rounded-lg border border-line p-4">
      <h3 id={headingId} className="font-semibold">
        {strings.forTheCustomer}
      </h3>
      <p className="text-sm text-soft">{strings.forTheCustomerLead}</p>
      {messages.map((message) => (
        <figure key={message.lang} className="space-y-2">
          <figcaption className="text-xs font-semibold tracking-wide text-muted uppercase">{message.label}</figcaption>
          <blockquote lang={message.lang} className="rounded-md bg-subtle p-3 text-sm">
            {message.text}
          </blockquote>
          <CopyButton text={message.text} label={message.copy} copiedLabel={SITE_STRINGS[locale].copied} failedLabel={SITE_STRINGS[locale].copyFailed} />
        </figure>
      ))}
    </section>
  );
}
