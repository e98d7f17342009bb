// The paste-box in Indonesian (/id/decode/): the catalogue it loads, what the decoder says, the summary line, the code
// table and the triage note. DOKU's words stay as published; facts come from content, in LABELS' words.
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../content/load";
import { LABELS } from "../i18n/labels";
import { toDecodeCatalogue } from "./catalogue";
import { codeTableCsv, codeTableMarkdown, summariseCodes } from "./code-table";
import { decodePaste } from "./decode";
import { mixedLog } from "./fixtures/logs/mixed-log";
import { restoreExplanation, toSharedExplanation } from "./shared-explanation";
import { decodeSummary } from "./summary";
import { triageNote } from "./triage-note";

const content = loadCatalogue();
const english = toDecodeCatalogue(content);
const indonesian = toDecodeCatalogue(content, "id");
const absoluteUrl = (path: string) => `https://errors.example.com${path}`;
const entryOf = (code: string) => indonesian.entries.find((entry) => entry.code === code);

describe("the Indonesian decode catalogue", () => {
  it("says our Indonesian words and links to the /id/ pages, with the same facts as the English one", () => {
    const entry = entryOf("4012400");
    const source = content.entries.find((candidate) => candidate.code === "4012400");
    expect(entry?.url).toBe("/id/snap/4012400/");
    expect(entry?.title).toBe(source?.id_ID.title);
    expect(entry?.summary).toBe(source?.id_ID.summary);
    expect(entry?.retry).toEqual({ safe: source?.retry.safe, label: LABELS.id.retry[source!.retry.safe], reason: source?.id_ID.retryReason });
    expect(entry?.whoActs).toEqual(source?.whoActs.map((actor) => LABELS.id.actors[actor]));
    expect(indonesian.entries.map(({ code, httpStatus, outcome }) => ({ code, httpStatus, outcome }))).toEqual(
      english.entries.map(({ code, httpStatus, outcome }) => ({ code, httpStatus, outcome })),
    );
  });

  it("quotes DOKU's words exactly as published, with our translation beside them", () => {
    const words = entryOf("4012400")?.words ?? [];
    expect(words).toContainEqual(["Deskripsi", "Virtual Account Not Found", "Virtual Account Tidak Ditemukan"]);
    const englishWords = english.entries.find((entry) => entry.code === "4012400")?.words ?? [];
    expect(words.map(([, text]) => text)).toEqual(englishWords.map(([, text]) => text));
  });

  it("finds a first step and the common causes in every Indonesian body where the English one has them", () => {
    const missing = indonesian.entries.filter((entry, index) => {
      const twin = english.entries[index]!;
      return (twin.nextStep !== "" && entry.nextStep === "") || twin.causes.length !== entry.causes.length;
    });
    expect(missing.map((entry) => entry.id)).toEqual([]);
  });

  it("carries the customer sentence in both languages for every code that has one", () => {
    const withSentence = content.entries.filter((entry) => entry.customerMessage);
    expect(withSentence.length).toBeGreaterThan(0);
    for (const catalogue of [english, indonesian]) {
      for (const entry of withSentence) {
        expect(catalogue.entries.find((candidate) => candidate.id === entry.id)?.customerMessage).toEqual({ en: entry.customerMessage, id: entry.id_ID.customerMessage });
      }
    }
  });

  it("names the SNAP parts in Indonesian, leaving their links for the page to prefix, and points guides at /id/", () => {
    const ref = indonesian.snap.cases.find((candidate) => candidate.code === "401XX00");
    expect(ref?.url).toBe("/snap/401xx00/");
    expect(ref?.title).toBe(content.entries.find((entry) => entry.code === "401XX00")?.id_ID.title);
    expect(indonesian.guides.every((guide) => guide.url.startsWith("/id/guides/"))).toBe(true);
    expect(english.guides.some((guide) => guide.url.startsWith("/id/"))).toBe(false);
  });
});

describe("the decoder with the Indonesian catalogue", () => {
  it("explains a SNAP response in Indonesian and names the field its message points at", () => {
    const result = decodePaste('{"responseCode":"4002702","responseMessage":"Invalid Mandatory Field {partnerServiceId}"}', indonesian);
    const finding = result.responses[0]?.findings[0];
    expect(finding && "entry" in finding ? finding.entry?.url : undefined).toBe("/id/snap/400xx02/");
    expect(finding && "detail" in finding ? finding.detail : undefined).toBe("Field partnerServiceId tidak ada atau kosong.");
    expect(finding?.message).toBe("Invalid Mandatory Field {partnerServiceId}");
  });

  it("says in Indonesian when it finds no code, and when it repaired broken JSON", () => {
    expect(decodePaste("halo semua", indonesian).notices).toContain("Tidak ada kode DOKU yang ditemukan. Tempel seluruh body response, atau ketik kode seperti 4012400, INVALID_TOKEN, atau 429.");
    expect(decodePaste("{'responseCode': '4012400', 'responseMessage': 'Unauthorized. [Signature]',}", indonesian).notices).toContain(
      "Satu body JSON bukan JSON yang valid (terpotong, kutip tunggal, atau koma berlebih) dan dibaca setelah diperbaiki.",
    );
  });

  it("warns in Indonesian when the status line and the code disagree", () => {
    const result = decodePaste('HTTP/1.1 200 OK\n\n{"responseCode":"4012400","responseMessage":"Unauthorized. [Signature]"}', indonesian);
    expect(result.responses[0]?.warnings.join(" ")).toMatch(/^HTTP status-nya 200, padahal 4012400 seharusnya datang dengan 401/);
  });

  it("restores a shared explanation in Indonesian, saying what the link left out", () => {
    const { explanation } = toSharedExplanation(decodePaste('{"responseCode":"4012400","responseMessage":"Unauthorized. [Signature]"}', english));
    const restored = restoreExplanation({ ...explanation, omitted: { identifiers: 2 } }, indonesian);
    expect(restored.responses[0]?.findings[0]).toMatchObject({ kind: "documented", entry: { url: "/id/snap/4012400/" } });
    expect(restored.notices).toEqual(["Ditemukan 2 identifier lagi selain yang dibawa link ini."]);
  });
});

describe("the summary line, the code table and the triage note in Indonesian", () => {
  const log = decodePaste(mixedLog(300).text, indonesian);
  const rows = summariseCodes(log, "id");

  it("summarises a log in one Indonesian line", () => {
    expect(decodeSummary(rows, log.responses.length, "id")).toMatch(/^\d+ response, 10 kode: 4017300 ×16, curl 28 ×13, .+, dan 5 lagi\.$/);
    expect(decodeSummary([], 0, "id")).toBe("Tidak ada kode DOKU di tempelan ini.");
  });

  it("heads the Markdown table and the CSV in Indonesian, linking to the /id/ pages", () => {
    const markdown = codeTableMarkdown(rows, absoluteUrl, "id");
    expect(markdown.split("\n")[0]).toBe("| Kode | Jumlah | Pertama terlihat | Terakhir terlihat | HTTP status | Arti | Siapa yang bertindak | Aman dicoba lagi | Link |");
    expect(markdown).toContain("<https://errors.example.com/id/snap/4017300/>");
    expect(codeTableCsv(rows, absoluteUrl, "id").split("\r\n")[0]).toBe("Kode,Jumlah,Pertama terlihat,Terakhir terlihat,HTTP status,Arti,Siapa yang bertindak,Aman dicoba lagi,Link");
  });

  it("writes the triage note in Indonesian, quoting the response's values as they are", () => {
    const result = decodePaste('HTTP/1.1 401 Unauthorized\n\n{"responseCode":"4012400","responseMessage":"Unauthorized. [Signature]"}', indonesian);
    const note = triageNote(result, absoluteUrl, { rows: summariseCodes(result, "id"), total: 1, locale: "id" });
    expect(note.startsWith("### Triase error DOKU\n\n1 kode dijelaskan: 4012400.\n")).toBe(true);
    for (const part of [
      "HTTP status: 401 `Unauthorized`",
      "- **Kode:** `4012400` di `responseCode`",
      "- **Pesan:** `Unauthorized. [Signature]`",
      `- **Arti:** ${entryOf("4012400")?.title}.`,
      "- **Siapa yang harus bertindak:** Developer merchant",
      "- **Aman dicoba lagi:** Tidak.",
      "- **Referensi:** https://errors.example.com/id/snap/4012400/",
    ]) {
      expect(note).toContain(part);
    }
    expect(note.trimEnd().split("\n").at(-1)).toBe("_Nilai dari response dikutip sebagai kode. Penyamaran otomatis bisa melewatkan sesuatu: baca catatannya sebelum Anda mengirimnya._");
  });

  it("counts what it masked in Indonesian", () => {
    const result = decodePaste(JSON.stringify({ responseCode: "4012400", responseMessage: "Unauthorized. [Signature]", virtualAccountData: { customerNo: "081234567890" } }), indonesian);
    expect(triageNote(result, absoluteUrl, { locale: "id" })).toContain("Disamarkan otomatis: 1 × Nomor telepon.");
  });

  it("leaves the English note as it was when no locale is given", () => {
    const result = decodePaste('{"responseCode":"4012400","responseMessage":"Unauthorized. [Signature]"}', english);
    expect(triageNote(result, absoluteUrl)).toBe(triageNote(result, absoluteUrl, { locale: "en" }));
    expect(triageNote(result, absoluteUrl).startsWith("### DOKU error triage\n")).toBe(true);
  });
});
