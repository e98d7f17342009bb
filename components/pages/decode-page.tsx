import type { Metadata } from "next";
import { Filled } from "@/components/entry-article";
import { Decoder } from "@/components/decoder";
import { Island } from "@/components/island";
import { pageMetadata } from "@/components/page-metadata";
import { DECODE_STRINGS } from "@/lib/i18n/decode";
import type { Locale } from "@/lib/i18n/locale";
import { basePath } from "@/lib/site";
import { reportUrl } from "@/lib/site-config.mjs";

export function decodeMetadata(locale: Locale): Metadata {
  const { title, description } = DECODE_STRINGS[locale].page;
  return pageMetadata({ locale, path: "/decode/", title, description });
}

/** The paste-box page in a language: the page's words are built here, the decoder island speaks the same language. */
export function DecodePage({ locale }: { locale: Locale }) {
  const strings = DECODE_STRINGS[locale].page;
  return (
    <div className="space-y-8">
      <header className="max-w-3xl space-y-3">
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{strings.title}</h1>
        <p className="text-lg text-soft">
          <Filled template={strings.intro} parts={{ curl: <code className="font-mono">curl -v</code> }} />
        </p>
      </header>
      <Island name="decoder" props={{ basePath, reportUrl, locale }}>
        <Decoder basePath={basePath} reportUrl={reportUrl} locale={locale} />
      </Island>
    </div>
  );
}
