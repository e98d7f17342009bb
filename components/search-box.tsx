// The header search as static markup: a form that works without JavaScript (it submits ?q= to the home page), shaped
// as a WAI-ARIA combobox that the site island (components/islands/search.ts) brings to life. Its words are passed to
// the island in data-strings, in the page's language.
import { type Locale, localePath } from "@/lib/i18n/locale";
import { basePath } from "@/lib/site";

const LISTBOX_ID = "search-results";
const HINT_ID = "search-hint";

const SEARCH_STRINGS = {
  en: {
    label: "Search",
    placeholder: "Search codes",
    hint: "Type a code, a message or words. Up and down arrows choose a result, Enter opens it, Escape closes the results.",
    resultsLabel: "Search results",
    island: {
      loading: "Loading search…",
      failed: "Search could not load. Check your connection and try again.",
      results: "{count} results",
      oneResult: "1 result",
      noResults: "No results",
      explain: "Explain {code} from its parts",
      nearest: "Nearest codes:",
      tryHint: "Try a code (4012400, INVALID_TOKEN), part of a message (“amount is required”) or a few words (“merchant inactive”).",
      examples: "Search by code, message or words, typos welcome. For example:",
      examplesLabel: "Example searches",
      exampleQueries: ["4012400", "INVALID_TOKEN", "amount is required", "merchant inactive", "409US00"],
      decoderPrompt: "Have a whole response?",
      decoderLink: "Paste it into the decoder",
      http: "HTTP",
    },
  },
  id: {
    label: "Cari",
    placeholder: "Cari kode",
    hint: "Ketik kode, pesan, atau kata. Panah atas dan bawah memilih hasil, Enter membukanya, Escape menutup hasil.",
    resultsLabel: "Hasil pencarian",
    island: {
      loading: "Memuat pencarian…",
      failed: "Pencarian gagal dimuat. Periksa koneksi Anda lalu coba lagi.",
      results: "{count} hasil",
      oneResult: "1 hasil",
      noResults: "Tidak ada hasil",
      explain: "Jelaskan {code} dari bagian-bagiannya",
      nearest: "Kode terdekat:",
      tryHint: "Coba kode (4012400, INVALID_TOKEN), sebagian pesan (“amount is required”), atau beberapa kata (“saldo tidak cukup”).",
      examples: "Cari berdasarkan kode, pesan, atau kata; salah ketik tidak masalah. Contohnya:",
      examplesLabel: "Contoh pencarian",
      exampleQueries: ["4012400", "INVALID_TOKEN", "saldo tidak cukup", "token kedaluwarsa", "409US00"],
      decoderPrompt: "Punya response lengkap?",
      decoderLink: "Tempel di decoder",
      http: "HTTP",
    },
  },
} satisfies Record<Locale, unknown>;

export function SearchBox({ locale }: { locale: Locale }) {
  const strings = SEARCH_STRINGS[locale];
  return (
    <form
      role="search"
      action={`${basePath}${localePath(locale, "/")}`}
      method="get"
      data-search
      data-strings={JSON.stringify(strings.island)}
      // The language's own index, and the prefix of its pages (the index holds paths without it).
      data-index={`${basePath}${localePath(locale, "/search-index.json")}`}
      data-page-prefix={localePath(locale, "/").slice(0, -1)}
      className="relative w-full"
    >
      <input
        type="search"
        name="q"
        role="combobox"
        aria-label={strings.label}
        aria-expanded="false"
        aria-autocomplete="list"
        aria-controls={LISTBOX_ID}
        aria-describedby={HINT_ID}
        placeholder={strings.placeholder}
        autoComplete="off"
        spellCheck={false}
        maxLength={200}
        className="w-full rounded-md border border-field bg-raised py-1.5 pr-3 pl-3 text-sm sm:pr-8"
      />
      <kbd
        aria-hidden="true"
        className="pointer-events-none absolute top-1/2 right-2 hidden -translate-y-1/2 rounded border border-line-strong px-1.5 font-mono text-xs text-muted sm:block"
      >
        /
      </kbd>
      <span id={HINT_ID} className="sr-only">
        {strings.hint}
      </span>
      <div
        data-search-panel
        hidden
        className="absolute right-0 z-40 mt-2 w-[min(32rem,calc(100vw-2rem))] rounded-lg border border-line bg-raised p-2 text-sm shadow-lg"
      >
        <p role="status" data-search-status className="px-2 py-1 text-xs text-muted" />
        <ul role="listbox" id={LISTBOX_ID} aria-label={strings.resultsLabel} className="space-y-1" />
        <div data-search-extra className="space-y-2 px-2 py-2 text-soft" />
      </div>
    </form>
  );
}
