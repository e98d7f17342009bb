import { MissingPageHint } from "@/components/missing-page-hint";
import { SiteLink } from "@/components/site-link";
import { type Locale, localePath } from "@/lib/i18n/locale";

/** The 404 page's content in a language: the address asked for and the likely code (island), then how to find one. */
export function NotFoundPage({ locale }: { locale: Locale }) {
  const at = (sitePath: string) => localePath(locale, sitePath);
  const code = (text: string) => <code className="font-mono">{text}</code>;
  return (
    <div className="max-w-3xl space-y-6">
      {locale === "id" ? <h1 className="text-3xl font-bold tracking-tight">Halaman tidak ditemukan</h1> : <h1 className="text-3xl font-bold tracking-tight">Page not found</h1>}
      <MissingPageHint locale={locale} />
      {locale === "id" ? (
        <>
          <h2 className="text-xl font-semibold">Cara menemukan sebuah kode</h2>
          <ul className="list-disc space-y-2 pl-5">
            <li>
              Halaman kode ada di alamat yang mudah ditebak: status HTTP di {code("/id/http/429/")}, kode bisnis DOKU di{" "}
              {code("/id/errors/invalid-parameter/")} (kode dalam huruf kecil, dengan &ldquo;-&rdquo; untuk &ldquo;_&rdquo;), kasus
              SNAP di {code("/id/snap/401xx00/")}.
            </li>
            <li>
              <SiteLink href={`${at("/")}#glossary`} className="underline underline-offset-2">
                Jelajahi glosarium
              </SiteLink>{" "}
              di beranda: setiap kode, dikelompokkan per keluarga.
            </li>
            <li>
              <SiteLink href={at("/snap/")} className="underline underline-offset-2">
                Jelaskan kode SNAP
              </SiteLink>{" "}
              seperti 4012400 dari bagian-bagiannya.
            </li>
            <li>
              <SiteLink href={at("/")} className="underline underline-offset-2">
                Ke beranda
              </SiteLink>
              .
            </li>
          </ul>
        </>
      ) : (
        <>
          <h2 className="text-xl font-semibold">How to find a code</h2>
          <ul className="list-disc space-y-2 pl-5">
            <li>
              Code pages live at guessable addresses: HTTP statuses at {code("/http/429/")}, DOKU business codes at{" "}
              {code("/errors/invalid-parameter/")} (the code in lower case, with &ldquo;-&rdquo; for &ldquo;_&rdquo;), SNAP cases at{" "}
              {code("/snap/401xx00/")}.
            </li>
            <li>
              <SiteLink href={`${at("/")}#glossary`} className="underline underline-offset-2">
                Browse the glossary
              </SiteLink>{" "}
              on the home page: every code, grouped by family.
            </li>
            <li>
              <SiteLink href={at("/snap/")} className="underline underline-offset-2">
                Explain a SNAP code
              </SiteLink>{" "}
              such as 4012400 from its parts.
            </li>
            <li>
              <SiteLink href={at("/")} className="underline underline-offset-2">
                Go to the home page
              </SiteLink>
              .
            </li>
          </ul>
        </>
      )}
    </div>
  );
}
