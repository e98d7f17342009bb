// The paste-box's words in each language (/decode/ and /id/decode/): the page, the decoder's labels and buttons, what
// it says about a paste, the share link, the triage note and the code table. Not DOKU's words (the catalogue quotes
// those as published) nor the facts' labels (lib/i18n/labels.ts). Sentences that count or name things are functions,
// so each language builds its own grammar; Indonesian nouns do not take a plural.
import { SECRET_LABELS, type SecretKind } from "../decode/redact/secret-kinds";
import type { Locale } from "./locale";

/** "1 line", "2,091 lines" (English); "2.091 baris" (Indonesian). */
const countEn = (count: number, one: string, many = `${one}s`) => `${count.toLocaleString("en")} ${count === 1 ? one : many}`;
const countId = (count: number, noun: string) => `${count.toLocaleString("id")} ${noun}`;
const mb = (chars: number) => `${(chars / 1_000_000).toFixed(1)} MB`;
const mbId = (chars: number) => `${(chars / 1_000_000).toFixed(1).replace(".", ",")} MB`;

// Fixed-length lists, so a missing Indonesian label fails the type check.
type Five = readonly [string, string, string, string, string];
type Columns = readonly [string, string, string, string, string, string, string];
type Headings = readonly [string, string, string, string, string, string, string, string, string];

const en = {
  /** What the redactor removed, by kind, as the share result, the preview and the triage note count it. */
  secretLabels: SECRET_LABELS as Record<SecretKind, string>,
  /** A size in megabytes, e.g. "5.2 MB". */
  megabytes: mb,
  page: {
    title: "Paste a DOKU response",
    description:
      "Paste a DOKU API response (JSON, raw HTTP, curl -v or a log line) and see what each code means, the likely cause, what to do and who must act. Nothing leaves your browser.",
    /** The lead paragraph; {curl} is the words "curl -v" set as code. */
    intro:
      "Paste what you have: a JSON body, a raw HTTP response with headers, {curl} output, a log line or just a code. Each code is explained as you type, with the identifiers support will ask for. Share it as a link with secrets removed, or copy a note for a ticket.",
  },
  input: {
    label: "API response",
    placeholder: 'Paste a JSON body, a raw HTTP response, curl -v output, a log line, or a code such as 4012400.\n{"responseCode":"4012400","responseMessage":"Unauthorized. [Signature]"}',
    largePaste: (size: string, lines: number, cut: boolean) =>
      `Pasted: ${size}, ${lines.toLocaleString("en")} lines. Kept out of the box above so the page stays fast; ${cut ? "it is read below up to the limit, and the note there says what was not read" : "it is all read below"}. Type in the box or press Clear to start again.`,
    tryExample: "Try an example:",
    examplesLabel: "Example pastes",
    clear: "Clear",
    private: "Everything happens in your browser: nothing you paste is sent anywhere.",
    emptyPrompt: "Paste a DOKU response: a JSON body, a raw HTTP response, curl -v output, a log line or just a code.",
    reading: "Reading…",
    failed: "The decoder could not load. Reload the page to try again.",
    queryWarning:
      "This link carried a response in its query string (after “?”), which is sent to the server that hosts this page. Links made with “Copy share link” keep the response after “#”, which browsers never send.",
  },
  /** The labels of EXAMPLE_PASTES (lib/decode/examples.ts), in its order. */
  examples: ["SNAP body", "Raw HTTP response", "curl -v, non-SNAP", "Glossary envelope", "Log with two responses"] as Five,
  link: {
    tooLarge: (size: string) =>
      `This share link is too large (${size}), so it was not opened. Links made here are a few kilobytes: ask the sender for the link again, or for the response itself.`,
    newerVersion: "This share link was made by a newer version of this page. Reload the page to open it.",
    damaged: "This share link is damaged or cut off: its content could not be read. Ask for the link again.",
    openedWithPaste: "Opened from a share link. It carries the explanation and the sender's paste, redacted as they previewed it.",
    openedExplanation:
      "Opened from a share link. It carries the explanation (codes, HTTP status, messages and identifiers, with secrets masked): the original paste was not included.",
    openedOldPaste: "Opened from a share link made by an earlier version of this page: it carries the sender's paste, with the secrets that version recognised removed.",
    openedCodes: "Opened from a link that carries only codes: the response itself was not included.",
  },
  explanation: {
    region: "Explanation",
    firstOf: (shown: number, total: number) =>
      `The first ${shown} of ${total.toLocaleString("en")} responses are explained below; the table above counts every one, and each row shows its lines.`,
    response: (index?: number) => (index === undefined ? "Response" : `Response ${index}`),
    line: (line: number) => `line ${line}`,
    identifiers: "Identifiers for support",
    environment: "Environment",
    sandbox: "Sandbox (api-sandbox.doku.com)",
    production: "Production (api.doku.com)",
  },
  share: {
    includePaste: "Include the paste",
    withPaste: "The link will carry the explanation and the paste below, exactly as shown.",
    withoutPaste: "The link carries the explanation only: the codes, the HTTP status, the messages and the identifiers, with secrets masked. Your paste stays here.",
    pasteTooLong: (size: string, maxKb: number) =>
      `The paste is ${size} long, more than a link can hold (${maxKb} KB at most before compression): the link will carry the explanation only.`,
    copyLink: "Copy share link",
    copyNote: "Copy triage note",
    noteCopied: "Triage note copied",
    copyFailed: "Copy failed: your browser blocked the clipboard",
    linkCopied: "Share link copied.",
    linkNotCopied: "Copy the link below (your browser blocked the clipboard).",
    codesOnly: "The explanation is too long for a link, so this link carries only the codes.",
    carriesWithPaste: (codes: number, identifiers: number) => `It carries the explanation (${countEn(codes, "code")}${identifiers > 0 ? ` and ${countEn(identifiers, "identifier")}` : ""}) and the paste as previewed above.`,
    carriesExplanation: (codes: number, identifiers: number) => `It carries the explanation (${countEn(codes, "code")}, with messages${identifiers > 0 ? ` and ${countEn(identifiers, "identifier")}` : ""}), not the paste.`,
    pasteLeftOut: " The paste did not fit in a link, so it was left out.",
    leftOut: (items: string[]) => ` Left out to fit a link: ${items.join(", ")}.`,
    leftOutCodes: (missing: number, distinct: number) => `${missing} of the ${distinct} codes (a code-only link holds 20 code-shaped codes at most)`,
    leftOutMore: (count: number, what: "response" | "code" | "identifier") => `${count} more ${what}${count === 1 ? "" : "s"}`,
    removed: (items: string[]) => `Removed before sharing: ${items.join(", ")}.`,
    ownSelection: (count: number) => `${count} × your own selection`,
    nothingRemoved: "Nothing in it was recognised as a secret or personal data.",
    checkBeforeSending: "Automatic redaction can miss things: check what the link carries before you send it.",
    fragmentOnly: "It travels after “#”, so it never reaches a server.",
    linkLabel: "Share link",
  },
  preview: {
    label: "The paste as it will go into the link",
    help: "Highlighted: what was removed. To remove more, select it here (with the mouse, or Shift and the arrow keys) and press “Remove selection” or Delete. The text cannot be edited otherwise.",
    selectFirst: "Select the text to remove in the preview first: with the mouse, or with Shift and the arrow keys.",
    removeSelection: "Remove selection",
    undo: "Undo removal",
    autoRemoved: (items: string[]) => `Removed automatically: ${items.join(", ")}.`,
    nothingRecognised: "Nothing in the paste was recognised as a secret or personal data.",
    bySender: (count: number) => ` Removed by you: ${countEn(count, "selection")}.`,
    readPreview: "Automatic redaction can miss things: read the preview before you share, and remove anything else.",
  },
  finding: {
    code: (code: string) => `Code ${code}`,
    in: "in",
    message: "Message in the response: ",
    signatureCheck: "Check the request’s signature",
    signatureWithPaste: "(in a new tab, with the request in this paste filled in)",
    signatureWithoutPaste: "(paste the request that got this answer)",
    otherProvider: (provider: string, fields: string) =>
      `This looks like a ${provider} response (${fields}), not DOKU’s. Look the code up in ${provider}’s documentation; this site explains DOKU’s codes only.`,
    noStatusPage: (status: string) => `${status}: this reference has no page for this status.`,
    retryAfterStatusCheck: "If the request was a payment, check the payment's status before sending it again: it may have been processed.",
    noCurlPage: (code: string) =>
      `curl failed with exit code ${code} before any HTTP answer. This reference has no page for this code: look it up in curl’s list of exit codes. If the request was a payment and may have been sent, check the payment’s status before sending it again.`,
    report: "Report this code",
    reportNote: "(the report carries the code only, never what you pasted)",
    /** "No page explains 5504, but {guides} mention(s) it." */
    guideMentions: (count: number) => ({ before: "No page explains ", middle: ", but ", after: ` mention${count === 1 ? "s" : ""} it.`, and: " and " }),
    forCase: (code: string) => ` for case ${code}`,
    whatItMeans: "What it means",
    httpStatus: "HTTP status",
    outcome: "Outcome",
    likelyCause: "Likely cause",
    whatToDo: "What to do",
    whoMustAct: "Who must act",
    safeToRetry: "Safe to retry?",
    ourTranslation: "Our translation:",
    readPage: (code: string, isCase: boolean) => (isCase ? `Read the page for case ${code}` : `Read the page for ${code}`),
  },
  answeredBy: {
    sentTo: (host: string) => ` The request went to ${host}.`,
    gateway: (name: string | undefined, sentTo: string) =>
      `Answered by ${name ? `${name}, ` : ""}a web server, CDN or load balancer, not by a DOKU API: DOKU's APIs answer with a JSON body.${sentTo} Whether the request reached DOKU's API is not known from this answer.`,
    emptyBody: (sentTo: string) =>
      `The body is empty, so nothing says whether DOKU or something in between answered (DOKU documents JSON bodies for its errors; a proxy, or a log that drops bodies, gives none).${sentTo}`,
    statusLineOnly: (sentTo: string) => `Only the status line is here: nothing says whether DOKU or something in between answered. Paste the body and headers too, if you have them.${sentTo}`,
  },
  request: {
    heading: "The request in this paste",
    readFrom: (source: string, scheme: string, reason: string) => `Read from ${source}: ${scheme}, because ${reason}.`,
    passes: "Its headers pass the checks that need no secret.",
    check: "Check its signature",
    checkNote: "(opens the signature check in a new tab with this request filled in; it is handed from page to page in memory, never in the address or storage)",
  },
  kinds: {
    documented: "Documented",
    composed: "Composed from the SNAP standard, not documented",
    malformed: "Malformed code",
    unknown: "Not in this reference",
    checkout: "DOKU Checkout",
    "other-provider": "Not a DOKU response",
    "http-status": "HTTP status without a DOKU code",
    network: "No HTTP answer (network failure)",
  },
  /** What the decoder says about a paste (lib/decode/decode.ts) and a share link's limits (shared-explanation.ts). */
  notices: {
    cut: (size: number, read: number, readLines: number, unread: number, unreadLines: number) =>
      `This paste is ${mb(size)}. The first ${mb(read)} (${countEn(readLines, "line")}) were read; the last ${mb(unread)} (${countEn(unreadLines, "line")}) were not. Paste the rest separately.`,
    binary: "This looks like binary data, not a text response. Codes found in it are shown, but check you copied the right thing.",
    repaired: (count: number) =>
      `${count === 1 ? "One JSON body was" : `${count.toLocaleString("en")} JSON bodies were`} not valid JSON (cut off, single quotes or extra commas) and ${count === 1 ? "was" : "were"} read after repair.`,
    unrepairable: (count: number) => `${countEn(count, "piece of broken JSON", "pieces of broken JSON")} longer than 256 KB could not be repaired and ${count === 1 ? "was" : "were"} not read.`,
    abandoned: (count: number) => `${countEn(count, "part")} of the paste held more than 50 "{" that open no JSON; the reader stopped looking for JSON there (codes written as text were still read).`,
    tooDeep: (count: number, depth: number) => `${countEn(count, "JSON value")} nested deeper than ${depth} levels ${count === 1 ? "was" : "were"} not read.`,
    longArrays: (count: number, items: number) => `${countEn(count, "array")} had more than ${items} items; only the first ${items} of each were read.`,
    longNestedJson: (count: number) => `${countEn(count, "JSON string")} longer than 256 KB inside a JSON value ${count === 1 ? "was" : "were"} not read as JSON.`,
    nothingFound: "No DOKU code was found. Paste the whole response body, or type a code such as 4012400, INVALID_TOKEN or 429.",
    moreIdentifiers: (unlisted: number, listed: number) => `${unlisted.toLocaleString("en")} more identifier${unlisted === 1 ? " was" : "s were"} found than the ${listed} listed; each code's lines show them.`,
    sdkNotes: "This answer came with an HTTP status line: the request reached a server, so the code was not made by an SDK before sending.",
    statusMismatch: (status: number, code: string, expected: string) =>
      `The HTTP status is ${status} but ${code} belongs with ${expected}. A proxy or gateway may have answered, or the code was made by an SDK: check which system sent this response.`,
    linkFirstResponses: (shown: number, more: number) => `This link carries the first ${shown} responses: ${more} more were not included.`,
    linkMoreCodes: (count: number) => `${count} more code${count === 1 ? " was" : "s were"} found than this link carries.`,
    linkMoreIdentifiers: (count: number) => `${count} more identifier${count === 1 ? " was" : "s were"} found than this link carries.`,
  },
  /** The cause a SNAP message's bracket names: "Invalid Mandatory Field {partnerServiceId}". */
  reasons: {
    missing: (field: string) => `The field ${field} is missing or empty.`,
    format: (field: string) => `The field ${field} has the wrong format.`,
    given: (reason: string) => `The reason given: ${reason}.`,
    names: (words: string) => `The message names: ${words}.`,
  },
  summary: {
    none: "No DOKU code found in this paste.",
    more: (count: number) => `, and ${count} more`,
    codes: (count: number) => countEn(count, "code"),
    log: (total: number, codes: string, list: string) => `${total.toLocaleString("en")} responses, ${codes}: ${list}.`,
    explained: (codes: string, list: string) => `${codes} explained: ${list}.`,
  },
  /** The "Codes in this paste" table on the page. */
  codeTable: {
    heading: "Codes in this paste",
    copyMarkdown: "Copy as Markdown",
    downloadCsv: "Download CSV",
    copied: "Table copied",
    copyFailed: "Copy failed: your browser blocked the clipboard",
    lead: (total: number, codes: number) =>
      `${total.toLocaleString("en")} responses, ${codes} distinct code${codes === 1 ? "" : "s"}, most frequent first. Each response counts once per code, however many of its fields repeat it.`,
    columns: ["Code", "Count", "First and last seen", "HTTP", "Meaning", "Who acts", "Safe to retry"] as Columns,
    hideLines: "Hide its lines",
    showLines: (count: number) => `Show its line${count === 1 ? "" : "s"}`,
    seenWith: (statuses: string) => `seen with ${statuses}`,
    firstLines: (shown: number, count: number) => `The first ${shown} of its ${count.toLocaleString("en")} responses, secrets masked:`,
    allLines: "Its responses, secrets masked:",
    line: (line: number) => `line ${line}`,
    moreChars: (count: number) => `(${count.toLocaleString("en")} more characters not shown)`,
  },
  table: {
    heading: "Codes in this paste",
    headings: ["Code", "Count", "First seen", "Last seen", "HTTP status", "Meaning", "Who acts", "Safe to retry", "Link"] as Headings,
    seenWith: (status: number) => `seen with ${status}`,
    otherProvider: (provider: string) => `${provider} response, not DOKU's`,
  },
  note: {
    heading: "### DOKU error triage",
    codesHeading: "**Codes in this paste**",
    firstOf: (shown: number, total: number) => `The first ${shown} of ${total} responses follow.`,
    request: "Request",
    response: (index: number) => `**Response ${index}**`,
    httpStatus: "HTTP status",
    nothingFound: "No DOKU code found in the response.",
    identifiers: "**Identifiers**",
    environment: "Environment",
    support: "**Reaching DOKU support**",
    source: "Source",
    code: "Code",
    in: "in",
    message: "Message",
    meaning: "Meaning",
    detail: "Detail",
    whoMustAct: "Who must act",
    nextStep: "Next step",
    safeToRetry: "Safe to retry",
    reference: "Reference",
    problems: "Problems",
    noteLabel: "Note",
    notShown: (count: number) => `(${count} more characters not shown)`,
    masked: (items: string[]) => `Masked automatically: ${items.join(", ")}. `,
    footer: (masked: string) => `_Values from the response are quoted as code. ${masked}Automatic masking can miss things: read the note before you send it._`,
  },
};

export type DecodeStrings = typeof en;

const id: DecodeStrings = {
  secretLabels: {
    authorization: "Header Authorization, kredensial bearer atau Basic",
    signature: "Signature request",
    "client-secret": "Client secret, API key, atau shared key",
    password: "Password",
    "private-key": "Private key",
    token: "Access token, refresh token, ID token, atau cookie sesi",
    otp: "Kata sandi sekali pakai (OTP) atau PIN",
    "random-string": "String panjang yang tampak acak (mungkin secret)",
    "card-number": "Nomor kartu",
    cvv: "Kode keamanan kartu (CVV)",
    "card-expiry": "Tanggal kedaluwarsa kartu",
    "national-id": "Nomor induk kependudukan (NIK)",
    "account-number": "Nomor rekening bank",
    phone: "Nomor telepon",
    email: "Alamat e-mail",
  },
  megabytes: mbId,
  page: {
    title: "Tempel response DOKU",
    description:
      "Tempel response API DOKU (JSON, HTTP mentah, curl -v, atau baris log) dan lihat arti setiap kode, kemungkinan penyebabnya, apa yang harus dilakukan, dan siapa yang harus bertindak. Tidak ada yang keluar dari browser Anda.",
    intro:
      "Tempel apa yang Anda punya: body JSON, response HTTP mentah beserta header-nya, output {curl}, baris log, atau kodenya saja. Setiap kode dijelaskan saat Anda mengetik, beserta identifier yang akan ditanyakan tim support. Bagikan sebagai link tanpa secret, atau salin catatan untuk tiket.",
  },
  input: {
    label: "Response API",
    placeholder:
      'Tempel body JSON, response HTTP mentah, output curl -v, baris log, atau kode seperti 4012400.\n{"responseCode":"4012400","responseMessage":"Unauthorized. [Signature]"}',
    largePaste: (size: string, lines: number, cut: boolean) =>
      `Ditempel: ${size}, ${lines.toLocaleString("id")} baris. Tidak dimasukkan ke kotak di atas agar halaman tetap cepat; ${cut ? "isinya dibaca di bawah sampai batasnya, dan catatan di sana menyebut bagian yang tidak dibaca" : "semuanya tetap dibaca di bawah"}. Ketik di kotak atau tekan Hapus untuk mulai lagi.`,
    tryExample: "Coba contoh:",
    examplesLabel: "Contoh tempelan",
    clear: "Hapus",
    private: "Semuanya terjadi di browser Anda: tidak ada yang Anda tempel dikirim ke mana pun.",
    emptyPrompt: "Tempel response DOKU: body JSON, response HTTP mentah, output curl -v, baris log, atau kodenya saja.",
    reading: "Membaca…",
    failed: "Decoder gagal dimuat. Muat ulang halaman untuk mencoba lagi.",
    queryWarning:
      "Link ini membawa response di query string-nya (setelah “?”), yang dikirim ke server yang meng-host halaman ini. Link yang dibuat dengan “Salin link berbagi” menyimpan response setelah “#”, yang tidak pernah dikirim browser.",
  },
  examples: ["Body SNAP", "Response HTTP mentah", "curl -v, non-SNAP", "Envelope glosarium", "Log dengan dua response"],
  link: {
    tooLarge: (size: string) =>
      `Link berbagi ini terlalu besar (${size}), jadi tidak dibuka. Link yang dibuat di sini hanya beberapa kilobyte: minta link-nya lagi ke pengirim, atau minta response-nya langsung.`,
    newerVersion: "Link berbagi ini dibuat oleh versi halaman yang lebih baru. Muat ulang halaman untuk membukanya.",
    damaged: "Link berbagi ini rusak atau terpotong: isinya tidak bisa dibaca. Minta link-nya lagi.",
    openedWithPaste: "Dibuka dari link berbagi. Link ini membawa penjelasan dan tempelan pengirim, yang sudah disensor seperti yang mereka lihat di pratinjau.",
    openedExplanation:
      "Dibuka dari link berbagi. Link ini membawa penjelasan (kode, HTTP status, pesan, dan identifier, dengan secret disamarkan): tempelan aslinya tidak ikut.",
    openedOldPaste: "Dibuka dari link berbagi yang dibuat oleh versi lama halaman ini: link ini membawa tempelan pengirim, dengan secret yang dikenali versi itu sudah dihapus.",
    openedCodes: "Dibuka dari link yang hanya membawa kode: response-nya sendiri tidak ikut.",
  },
  explanation: {
    region: "Penjelasan",
    firstOf: (shown: number, total: number) =>
      `${shown} response pertama dari ${total.toLocaleString("id")} dijelaskan di bawah; tabel di atas menghitung semuanya, dan setiap baris menampilkan baris-baris log-nya.`,
    response: (index?: number) => (index === undefined ? "Response" : `Response ${index}`),
    line: (line: number) => `baris ${line}`,
    identifiers: "Identifier untuk support",
    environment: "Environment",
    sandbox: "Sandbox (api-sandbox.doku.com)",
    production: "Production (api.doku.com)",
  },
  share: {
    includePaste: "Sertakan tempelan",
    withPaste: "Link akan membawa penjelasan dan tempelan di bawah, persis seperti yang terlihat.",
    withoutPaste: "Link hanya membawa penjelasan: kode, HTTP status, pesan, dan identifier, dengan secret disamarkan. Tempelan Anda tetap di sini.",
    pasteTooLong: (size: string, maxKb: number) =>
      `Tempelan ini berukuran ${size}, lebih dari yang bisa dimuat link (paling banyak ${maxKb} KB sebelum kompresi): link hanya akan membawa penjelasan.`,
    copyLink: "Salin link berbagi",
    copyNote: "Salin catatan triase",
    noteCopied: "Catatan triase disalin",
    copyFailed: "Gagal menyalin: browser Anda memblokir clipboard",
    linkCopied: "Link berbagi disalin.",
    linkNotCopied: "Salin link di bawah (browser Anda memblokir clipboard).",
    codesOnly: "Penjelasannya terlalu panjang untuk sebuah link, jadi link ini hanya membawa kodenya.",
    carriesWithPaste: (codes: number, identifiers: number) =>
      `Link ini membawa penjelasan (${countId(codes, "kode")}${identifiers > 0 ? ` dan ${countId(identifiers, "identifier")}` : ""}) dan tempelan seperti di pratinjau di atas.`,
    carriesExplanation: (codes: number, identifiers: number) =>
      `Link ini membawa penjelasan (${countId(codes, "kode")}, beserta pesannya${identifiers > 0 ? ` dan ${countId(identifiers, "identifier")}` : ""}), tanpa tempelan.`,
    pasteLeftOut: " Tempelan tidak muat di link, jadi tidak disertakan.",
    leftOut: (items: string[]) => ` Tidak disertakan agar muat di link: ${items.join(", ")}.`,
    leftOutCodes: (missing: number, distinct: number) => `${missing} dari ${distinct} kode (link berisi kode saja memuat paling banyak 20 kode)`,
    leftOutMore: (count: number, what: "response" | "code" | "identifier") => `${count} ${what === "code" ? "kode" : what} lagi`,
    removed: (items: string[]) => `Dihapus sebelum dibagikan: ${items.join(", ")}.`,
    ownSelection: (count: number) => `${count} × pilihan Anda sendiri`,
    nothingRemoved: "Tidak ada isinya yang dikenali sebagai secret atau data pribadi.",
    checkBeforeSending: "Sensor otomatis bisa melewatkan sesuatu: periksa isi link sebelum Anda mengirimnya.",
    fragmentOnly: "Isinya berada setelah “#”, jadi tidak pernah sampai ke server.",
    linkLabel: "Link berbagi",
  },
  preview: {
    label: "Tempelan seperti yang akan masuk ke link",
    help: "Yang disorot: bagian yang dihapus. Untuk menghapus lebih banyak, pilih di sini (dengan mouse, atau Shift dan tombol panah) lalu tekan “Hapus pilihan” atau Delete. Teksnya tidak bisa diedit dengan cara lain.",
    selectFirst: "Pilih dulu teks yang mau dihapus di pratinjau: dengan mouse, atau dengan Shift dan tombol panah.",
    removeSelection: "Hapus pilihan",
    undo: "Batalkan penghapusan",
    autoRemoved: (items: string[]) => `Dihapus otomatis: ${items.join(", ")}.`,
    nothingRecognised: "Tidak ada isi tempelan yang dikenali sebagai secret atau data pribadi.",
    bySender: (count: number) => ` Dihapus oleh Anda: ${countId(count, "pilihan")}.`,
    readPreview: "Sensor otomatis bisa melewatkan sesuatu: baca pratinjaunya sebelum membagikan, dan hapus yang lainnya.",
  },
  finding: {
    code: (code: string) => `Kode ${code}`,
    in: "di",
    message: "Pesan di response: ",
    signatureCheck: "Cek signature request-nya",
    signatureWithPaste: "(di tab baru, dengan request dari tempelan ini sudah terisi)",
    signatureWithoutPaste: "(tempel request yang mendapat jawaban ini)",
    otherProvider: (provider: string, fields: string) =>
      `Ini tampaknya response ${provider} (${fields}), bukan response DOKU. Cari kodenya di dokumentasi ${provider}; situs ini hanya menjelaskan kode DOKU.`,
    noStatusPage: (status: string) => `${status}: referensi ini tidak punya halaman untuk status ini.`,
    retryAfterStatusCheck: "Kalau request-nya adalah pembayaran, cek status pembayarannya sebelum mengirimnya lagi: pembayarannya mungkin sudah diproses.",
    noCurlPage: (code: string) =>
      `curl gagal dengan exit code ${code} sebelum ada jawaban HTTP. Referensi ini tidak punya halaman untuk kode ini: cari di daftar exit code curl. Kalau request-nya adalah pembayaran dan mungkin sudah terkirim, cek status pembayarannya sebelum mengirimnya lagi.`,
    report: "Laporkan kode ini",
    reportNote: "(laporan hanya membawa kodenya, tidak pernah apa yang Anda tempel)",
    guideMentions: () => ({ before: "Tidak ada halaman yang menjelaskan ", middle: ", tetapi ", after: " menyebutkannya.", and: " dan " }),
    forCase: (code: string) => ` untuk kasus ${code}`,
    whatItMeans: "Artinya",
    httpStatus: "HTTP status",
    outcome: "Hasil",
    likelyCause: "Kemungkinan penyebab",
    whatToDo: "Yang harus dilakukan",
    whoMustAct: "Siapa yang harus bertindak",
    safeToRetry: "Aman untuk dicoba lagi?",
    ourTranslation: "Terjemahan kami:",
    readPage: (code: string, isCase: boolean) => (isCase ? `Baca halaman untuk kasus ${code}` : `Baca halaman untuk ${code}`),
  },
  answeredBy: {
    sentTo: (host: string) => ` Request-nya dikirim ke ${host}.`,
    gateway: (name: string | undefined, sentTo: string) =>
      `Dijawab oleh ${name ? `${name}, ` : ""}web server, CDN, atau load balancer, bukan oleh API DOKU: API DOKU menjawab dengan body JSON.${sentTo} Dari jawaban ini tidak diketahui apakah request-nya sampai ke API DOKU.`,
    emptyBody: (sentTo: string) =>
      `Body-nya kosong, jadi tidak ada yang menunjukkan apakah DOKU atau sesuatu di antaranya yang menjawab (DOKU mendokumentasikan body JSON untuk error-nya; proxy, atau log yang membuang body, tidak memberikannya).${sentTo}`,
    statusLineOnly: (sentTo: string) =>
      `Hanya ada status line di sini: tidak ada yang menunjukkan apakah DOKU atau sesuatu di antaranya yang menjawab. Tempel juga body dan header-nya, kalau Anda punya.${sentTo}`,
  },
  request: {
    heading: "Request di tempelan ini",
    readFrom: (source: string, scheme: string, reason: string) => `Dibaca dari ${source}: ${scheme}, karena ${reason}.`,
    passes: "Header-nya lolos pemeriksaan yang tidak butuh secret.",
    check: "Cek signature-nya",
    checkNote: "(membuka pemeriksa signature di tab baru dengan request ini sudah terisi; request diteruskan dari halaman ke halaman di memori, tidak pernah lewat alamat atau storage)",
  },
  kinds: {
    documented: "Terdokumentasi",
    composed: "Disusun dari standar SNAP, tidak terdokumentasi",
    malformed: "Kode tidak valid",
    unknown: "Tidak ada di referensi ini",
    checkout: "DOKU Checkout",
    "other-provider": "Bukan response DOKU",
    "http-status": "HTTP status tanpa kode DOKU",
    network: "Tidak ada jawaban HTTP (gangguan jaringan)",
  },
  notices: {
    cut: (size: number, read: number, readLines: number, unread: number, unreadLines: number) =>
      `Tempelan ini berukuran ${mbId(size)}. ${mbId(read)} pertama (${countId(readLines, "baris")}) sudah dibaca; ${mbId(unread)} terakhir (${countId(unreadLines, "baris")}) tidak. Tempel sisanya secara terpisah.`,
    binary: "Ini tampaknya data biner, bukan response teks. Kode yang ditemukan di dalamnya tetap ditampilkan, tetapi pastikan Anda menyalin yang benar.",
    repaired: (count: number) =>
      `${count === 1 ? "Satu body JSON" : `${count.toLocaleString("id")} body JSON`} bukan JSON yang valid (terpotong, kutip tunggal, atau koma berlebih) dan dibaca setelah diperbaiki.`,
    unrepairable: (count: number) => `${countId(count, "potongan JSON rusak")} yang lebih dari 256 KB tidak bisa diperbaiki dan tidak dibaca.`,
    abandoned: (count: number) =>
      `${countId(count, "bagian")} tempelan berisi lebih dari 50 "{" yang tidak membuka JSON; pembaca berhenti mencari JSON di sana (kode yang ditulis sebagai teks tetap dibaca).`,
    tooDeep: (count: number, depth: number) => `${countId(count, "nilai JSON")} yang bersarang lebih dari ${depth} tingkat tidak dibaca.`,
    longArrays: (count: number, items: number) => `${countId(count, "array")} berisi lebih dari ${items} item; hanya ${items} item pertama dari masing-masing yang dibaca.`,
    longNestedJson: (count: number) => `${countId(count, "string JSON")} yang lebih dari 256 KB di dalam nilai JSON tidak dibaca sebagai JSON.`,
    nothingFound: "Tidak ada kode DOKU yang ditemukan. Tempel seluruh body response, atau ketik kode seperti 4012400, INVALID_TOKEN, atau 429.",
    moreIdentifiers: (unlisted: number, listed: number) =>
      `Ditemukan ${unlisted.toLocaleString("id")} identifier lagi selain ${listed} yang tercantum; baris-baris setiap kode menampilkannya.`,
    sdkNotes: "Jawaban ini datang dengan HTTP status line: request-nya sampai ke server, jadi kodenya tidak dibuat oleh SDK sebelum dikirim.",
    statusMismatch: (status: number, code: string, expected: string) =>
      `HTTP status-nya ${status}, padahal ${code} seharusnya datang dengan ${expected}. Mungkin proxy atau gateway yang menjawab, atau kodenya dibuat oleh SDK: cek sistem mana yang mengirim response ini.`,
    linkFirstResponses: (shown: number, more: number) => `Link ini membawa ${shown} response pertama: ${more} response lagi tidak disertakan.`,
    linkMoreCodes: (count: number) => `Ditemukan ${count} kode lagi selain yang dibawa link ini.`,
    linkMoreIdentifiers: (count: number) => `Ditemukan ${count} identifier lagi selain yang dibawa link ini.`,
  },
  reasons: {
    missing: (field: string) => `Field ${field} tidak ada atau kosong.`,
    format: (field: string) => `Format field ${field} salah.`,
    given: (reason: string) => `Alasan yang diberikan: ${reason}.`,
    names: (words: string) => `Pesannya menyebut: ${words}.`,
  },
  summary: {
    none: "Tidak ada kode DOKU di tempelan ini.",
    more: (count: number) => `, dan ${count} lagi`,
    codes: (count: number) => countId(count, "kode"),
    log: (total: number, codes: string, list: string) => `${total.toLocaleString("id")} response, ${codes}: ${list}.`,
    explained: (codes: string, list: string) => `${codes} dijelaskan: ${list}.`,
  },
  codeTable: {
    heading: "Kode di tempelan ini",
    copyMarkdown: "Salin sebagai Markdown",
    downloadCsv: "Unduh CSV",
    copied: "Tabel disalin",
    copyFailed: "Gagal menyalin: browser Anda memblokir clipboard",
    lead: (total: number, codes: number) =>
      `${total.toLocaleString("id")} response, ${codes} kode berbeda, yang paling sering lebih dulu. Setiap response dihitung sekali per kode, berapa pun field-nya yang mengulang kode itu.`,
    columns: ["Kode", "Jumlah", "Pertama dan terakhir terlihat", "HTTP", "Arti", "Siapa yang bertindak", "Aman dicoba lagi"],
    hideLines: "Sembunyikan barisnya",
    showLines: () => "Tampilkan barisnya",
    seenWith: (statuses: string) => `terlihat dengan ${statuses}`,
    firstLines: (shown: number, count: number) => `${shown} response pertama dari ${count.toLocaleString("id")}, dengan secret disamarkan:`,
    allLines: "Response-nya, dengan secret disamarkan:",
    line: (line: number) => `baris ${line}`,
    moreChars: (count: number) => `(${count.toLocaleString("id")} karakter lagi tidak ditampilkan)`,
  },
  table: {
    heading: "Kode di tempelan ini",
    headings: ["Kode", "Jumlah", "Pertama terlihat", "Terakhir terlihat", "HTTP status", "Arti", "Siapa yang bertindak", "Aman dicoba lagi", "Link"],
    seenWith: (status: number) => `terlihat dengan ${status}`,
    otherProvider: (provider: string) => `Response ${provider}, bukan DOKU`,
  },
  note: {
    heading: "### Triase error DOKU",
    codesHeading: "**Kode di tempelan ini**",
    firstOf: (shown: number, total: number) => `Berikut ${shown} response pertama dari ${total}.`,
    request: "Request",
    response: (index: number) => `**Response ${index}**`,
    httpStatus: "HTTP status",
    nothingFound: "Tidak ada kode DOKU di response ini.",
    identifiers: "**Identifier**",
    environment: "Environment",
    support: "**Menghubungi support DOKU**",
    source: "Sumber",
    code: "Kode",
    in: "di",
    message: "Pesan",
    meaning: "Arti",
    detail: "Detail",
    whoMustAct: "Siapa yang harus bertindak",
    nextStep: "Langkah selanjutnya",
    safeToRetry: "Aman dicoba lagi",
    reference: "Referensi",
    problems: "Masalah",
    noteLabel: "Catatan",
    notShown: (count: number) => `(${count} karakter lagi tidak ditampilkan)`,
    masked: (items: string[]) => `Disamarkan otomatis: ${items.join(", ")}. `,
    footer: (masked: string) => `_Nilai dari response dikutip sebagai kode. ${masked}Penyamaran otomatis bisa melewatkan sesuatu: baca catatannya sebelum Anda mengirimnya._`,
  },
};

// A worker built for one language (BUNDLE_LOCALE, set by scripts/postbuild/islands.mjs) holds that language's words
// only: the build folds the test and drops the other. Elsewhere both languages are here.
export const DECODE_STRINGS: Record<Locale, DecodeStrings> = {
  en: process.env.BUNDLE_LOCALE === "id" ? id : en,
  id: process.env.BUNDLE_LOCALE === "en" ? en : id,
};
