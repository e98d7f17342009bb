// The Indonesian paste-box (/id/decode/) on the built site: explanations in Indonesian with DOKU's words as published,
// links to the /id/ pages, the customer sentence in both languages, the triage note and a share link that opens in
// Indonesian, and not one request while decoding or sharing.
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { AXE_TAGS } from "../scripts/budget-pages.mjs";
import { expect, test } from "./guards";
import { countRequests } from "./requests";

const box = (page: Page) => page.getByRole("textbox", { name: "Response API" });
const explanation = (page: Page) => page.getByRole("region", { name: "Penjelasan" });
const SNAP_BODY = '{"responseCode":"4012400","responseMessage":"Unauthorized. [Signature]"}';

/** Loads the decoder and its Indonesian catalogue once, so what follows can be counted. */
async function warmUp(page: Page) {
  await box(page).fill("4012400");
  await expect(explanation(page)).toContainText("Tidak berwenang");
  await page.getByRole("button", { name: "Hapus", exact: true }).click();
  await expect(explanation(page)).toContainText("Tempel response DOKU");
}

test("the Indonesian paste-box is the English one's twin, in Indonesian", async ({ page }) => {
  await page.goto("/id/decode/");
  await expect(page.locator("html")).toHaveAttribute("lang", "id");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tempel response DOKU");
  await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute("href", /\/decode\/$/);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/id\/decode\/$/);
  await page.goto("/decode/");
  await expect(page.locator('link[rel="alternate"][hreflang="id"]')).toHaveAttribute("href", /\/id\/decode\/$/);
});

test("a SNAP response is explained in Indonesian, DOKU's words as published, with a link to the /id/ page and no request", async ({ page }) => {
  await page.goto("/id/decode/");
  await warmUp(page);
  const requests = countRequests(page);
  await page.getByRole("toolbar", { name: "Contoh tempelan" }).getByRole("button", { name: "Body SNAP" }).click();
  await expect(box(page)).toHaveValue(SNAP_BODY);
  const region = explanation(page);
  await expect(region).toContainText("Tidak berwenang pada inquiry virtual account");
  await expect(region).toContainText("Alasan yang diberikan: Signature.");
  for (const heading of ["Artinya", "Kemungkinan penyebab", "Yang harus dilakukan", "Siapa yang harus bertindak", "Aman untuk dicoba lagi?"]) await expect(region).toContainText(heading);
  // DOKU's words as published, our translation beside them, labelled as ours.
  await expect(region).toContainText("Kata-kata SDK DOKU");
  await expect(region).toContainText("Virtual Account Not Found");
  await expect(region).toContainText("Terjemahan kami: Virtual Account Tidak Ditemukan");
  await expect(region).toContainText("Developer merchant");
  // The code's parts link its case to the case's Indonesian page.
  await expect(region.getByLabel("Bagian-bagian kode").getByRole("link", { name: /^401XX00/ })).toHaveAttribute("href", /\/id\/snap\/401xx00\/$/);
  await expect(page.getByRole("status").filter({ hasText: "kode dijelaskan" })).toHaveText("1 kode dijelaskan: 4012400.");
  expect(requests(), "requests while decoding").toEqual([]);
  await region.getByRole("link", { name: "Baca halaman untuk 4012400" }).click();
  await expect(page).toHaveURL(/\/id\/snap\/4012400\/$/);
});

test("a code the customer sees comes with the sentence for the customer in both languages, each copied by its button", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/id/decode/");
  await box(page).fill('{"responseCode":"4032400","responseMessage":"Billing Was Expired"}');
  const customer = explanation(page).getByRole("region", { name: "Untuk pelanggan" });
  const indonesian = "Mohon maaf, nomor pembayaran untuk tagihan ini sudah kedaluwarsa sehingga tidak dapat dibayar lagi. Silakan hubungi kami untuk mendapatkan tagihan baru.";
  const english = "Sorry, the payment number for this bill has expired, so it can no longer be paid. Please contact us to get a new bill.";
  await expect(customer).toContainText(indonesian);
  await expect(customer).toContainText(english);
  await customer.getByRole("button", { name: /^Salin kalimat bahasa Indonesia/ }).click();
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(indonesian);
  await customer.getByRole("button", { name: /^Salin kalimat bahasa Inggris/ }).click();
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(english);
});

test("the triage note is in Indonesian and a share link opens on /id/decode/ in Indonesian, with no request", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/id/decode/");
  await warmUp(page);
  const requests = countRequests(page);
  await box(page).fill(`HTTP/1.1 401 Unauthorized\nX-EXTERNAL-ID: 41807553358950093184\n\n${SNAP_BODY}`);
  await expect(explanation(page)).toContainText("4012400");

  await page.getByRole("button", { name: "Salin catatan triase" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Catatan triase disalin" })).toBeVisible();
  const note = await page.evaluate(() => navigator.clipboard.readText());
  expect(note.startsWith("### Triase error DOKU\n")).toBe(true);
  for (const part of ["- **Kode:** `4012400` di `responseCode`", "- **Siapa yang harus bertindak:** Developer merchant", "- **Aman dicoba lagi:** Tidak.", "/id/snap/4012400/", "`X-EXTERNAL-ID`"]) {
    expect(note).toContain(part);
  }

  await page.getByRole("button", { name: "Salin link berbagi" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Link berbagi disalin." })).toContainText("tanpa tempelan");
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/\/id\/decode\/#v2\./);
  expect(requests(), "requests while decoding, copying and sharing").toEqual([]);

  const colleague = await context.newPage();
  await colleague.goto(link);
  const region = explanation(colleague);
  await expect(region).toContainText("Tidak berwenang pada inquiry virtual account");
  await expect(region).toContainText("41807553358950093184");
  await expect(colleague.getByRole("status").filter({ hasText: "Dibuka dari link berbagi" })).toContainText("tempelan aslinya tidak ikut");
  await expect(region.getByRole("link", { name: "Baca halaman untuk 4012400" })).toHaveAttribute("href", /\/id\/snap\/4012400\/$/);
});

test("bad input gets a clear message in Indonesian", async ({ page }) => {
  await page.goto("/id/decode/");
  await box(page).fill("halo semua");
  await expect(explanation(page)).toContainText("Tidak ada kode DOKU yang ditemukan.");
  await box(page).fill("{'responseCode': '4012400', 'responseMessage': 'Unauthorized. [Signature]',");
  await expect(explanation(page)).toContainText("bukan JSON yang valid");
  await expect(explanation(page)).toContainText("Tidak berwenang");
});

test("with two codes, the table and the customer sentence shown in Indonesian, no axe violations", async ({ page }) => {
  await page.goto("/id/decode/");
  await box(page).fill(`${SNAP_BODY}\n{"responseCode":"4032400","responseMessage":"Billing Was Expired"}`);
  await expect(page.getByRole("region", { name: "Kode di tempelan ini" })).toContainText("Kode");
  await expect(explanation(page).getByRole("region", { name: "Untuk pelanggan" })).toBeVisible();
  const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  expect(violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
});
