import { CopyButton } from "@/components/copy-button";
import type { Locale } from "@/lib/i18n/locale";
import { ISLAND_WORDS } from "@/lib/i18n/island-words";

/**
 * The sentence support sends the customer, in both languages with a copy button each, the page's language first: a
 * section of a code's page (`on: "page"`), or under an explained code in the paste-box (`on: "finding"`, one heading
 * level down, in smaller type). `headingId` keeps each finding's heading its own. Works on server and client.
 */
export function CustomerMessage({ locale, english, indonesian, headingId, on }: { locale: Locale; english: string; indonesian: string; headingId: string; on: "page" | "finding" }) {
  const Heading = on === "page" ? "h2" : "h3";
  const words = ISLAND_WORDS[locale];
  const strings = words.customer;
  const messages = [
    { lang: "id", label: strings.customerIndonesian, copy: strings.copyCustomerIndonesian, text: indonesian },
    { lang: "en", label: strings.customerEnglish, copy: strings.copyCustomerEnglish, text: english },
  ].sort((a, b) => Number(b.lang === locale) - Number(a.lang === locale));
  return (
    <section aria-labelledby={headingId} className="space-y-3 rounded-lg border border-line p-4">
      <Heading id={headingId} className={on === "page" ? "text-xl font-semibold" : "font-semibold"}>
        {strings.forTheCustomer}
      </Heading>
      <p className="text-sm text-soft">{strings.forTheCustomerLead}</p>
      {messages.map((message) => (
        <figure key={message.lang} className="space-y-2">
          <figcaption className="text-xs font-semibold tracking-wide text-muted uppercase">{message.label}</figcaption>
          <blockquote lang={message.lang} className={on === "page" ? "rounded-md bg-subtle p-3" : "rounded-md bg-subtle p-3 text-sm"}>
            {message.text}
          </blockquote>
          <CopyButton text={message.text} label={message.copy} copiedLabel={words.copied} failedLabel={words.copyFailed} />
        </figure>
      ))}
    </section>
  );
}
