// The 404 page's hint as static markup: the site island (components/islands/missing-page.ts) fills in the address
// asked for (known only in the browser) and the code it most likely meant, from the page's language's search index.
import { type Locale, localePath } from "@/lib/i18n/locale";
import { basePath } from "@/lib/site";

const MISSING_PAGE_STRINGS = {
  en: {
    fallback: "The page you asked for does not exist.",
    island: {
      noPage: "There is no page at {path}.",
      didYouMean: "Did you mean {code}?",
      explain: " has no page of its own, but it is a well-formed SNAP code: {link} from its parts.",
    },
  },
  id: {
    fallback: "Halaman yang Anda minta tidak ada.",
    island: {
      noPage: "Tidak ada halaman di {path}.",
      didYouMean: "Maksud Anda {code}?",
      explain: " tidak punya halaman sendiri, tetapi merupakan kode SNAP yang valid: {link} dari bagian-bagiannya.",
    },
  },
} satisfies Record<Locale, unknown>;

export function MissingPageHint({ locale }: { locale: Locale }) {
  const strings = MISSING_PAGE_STRINGS[locale];
  return (
    <div
      data-missing-page
      data-strings={JSON.stringify(strings.island)}
      data-index={`${basePath}${localePath(locale, "/search-index.json")}`}
      data-page-prefix={localePath(locale, "/").slice(0, -1)}
      className="space-y-3"
    >
      <p>{strings.fallback}</p>
    </div>
  );
}
