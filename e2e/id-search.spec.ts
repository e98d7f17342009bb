// Search and the SNAP pages in Indonesian, on the built site: Indonesian words find the right code first and open its
// /id/ page, English codes and aliases still work there, ?q= on /id/, and /id/snap/ and /id/snap/services/.
import { expect, test } from "./guards";

type Page = import("@playwright/test").Page;
const searchBox = (page: Page) => page.getByRole("combobox", { name: "Cari" });
const results = (page: Page) => page.getByRole("listbox", { name: "Hasil pencarian" });

test("Indonesian words find the right code first, in Indonesian, and Enter opens its /id/ page with the heading focused", async ({ page }) => {
  await page.goto("/id/snap/4012400/");
  await searchBox(page).fill("saldo tidak cukup");
  const first = results(page).getByRole("option").first();
  await expect(first).toContainText("403XX14");
  await expect(first).toContainText("Dana tidak mencukupi");
  await expect(first).toContainText("Kode kasus SNAP · HTTP 403");
  await expect(page.locator("[data-search-status]")).toHaveText(/^\d+ hasil$/);
  await searchBox(page).press("Enter");
  await expect(page).toHaveURL(/\/id\/snap\/403xx14\/$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("403XX14");
  await expect(page.getByRole("heading", { level: 1 })).toBeFocused();
});

test("English codes and aliases work on the Indonesian pages and lead to /id/ pages; clicking a result opens it", async ({ page }) => {
  await page.goto("/id/");
  await searchBox(page).fill("4012400");
  await expect(results(page).getByRole("option").first()).toContainText("4012400");
  await results(page).getByRole("option").first().click();
  await expect(page).toHaveURL(/\/id\/snap\/4012400\/$/);

  await searchBox(page).fill("insufficient funds");
  await expect(results(page).getByRole("option").first()).toContainText("403XX14");
  await searchBox(page).fill("INVALD_TOKN");
  const first = results(page).getByRole("option").first();
  await expect(first).toContainText("INVALID_TOKEN");
  await first.click();
  await expect(page).toHaveURL(/\/id\/errors\/invalid-token\/$/);
});

test("no results, the nearest codes and the offer to explain a code are in Indonesian", async ({ page }) => {
  await page.goto("/id/");
  await searchBox(page).fill("qqqzzzxxx");
  await expect(page.locator("[data-search-status]")).toHaveText(/^Tidak ada hasil/);
  await expect(page.getByText("Coba kode (4012400, INVALID_TOKEN)")).toBeVisible();

  await searchBox(page).fill("409US00");
  const explain = results(page).getByRole("option", { name: /Jelaskan 409US00 dari bagian-bagiannya/ });
  await explain.click();
  await expect(page).toHaveURL(/\/id\/snap\/\?code=409US00$/);
  await expect(page.getByRole("region", { name: "Penjelasan kode" })).toContainText("Disusun dari standar, tidak terdokumentasi");
});

test("?q= on the Indonesian home page: an exact code opens its /id/ page, words show Indonesian results", async ({ page }) => {
  await page.goto("/id/?q=4012400");
  await expect(page).toHaveURL(/\/id\/snap\/4012400\/$/);
  await page.goto("/id/?q=saldo%20tidak%20cukup");
  await expect(searchBox(page)).toHaveValue("saldo tidak cukup");
  await expect(results(page).getByRole("option").first()).toContainText("Dana tidak mencukupi");
});

test("/id/snap/ explains a code in Indonesian and links the parts to /id/ pages", async ({ page }) => {
  await page.goto("/id/snap/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kode response SNAP");
  await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute("href", /[^d]\/snap\/$/);
  await page.getByRole("textbox", { name: "Kode SNAP", exact: true }).fill("409US00");
  const explanation = page.getByRole("region", { name: "Penjelasan kode" });
  await expect(explanation).toContainText("Disusun dari standar, tidak terdokumentasi");
  await expect(explanation).toContainText('Layanan "US" tidak ada di daftar kode layanan standar');
  await expect(page).toHaveURL(/\?code=409US00$/);
  await page.getByRole("textbox", { name: "Kode SNAP", exact: true }).fill("500700");
  await expect(explanation).toContainText("6 karakter");
  await page.getByRole("textbox", { name: "Kode SNAP", exact: true }).fill("4042412");
  await explanation.getByRole("link", { name: /^4042412 / }).click();
  await expect(page).toHaveURL(/\/id\/snap\/4042412\/$/);
});

test("/id/snap/services/ lists every service under ASPI's names, with our family names, and the English page points to it", async ({ page }) => {
  await page.goto("/id/snap/services/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kode layanan SNAP");
  await expect(page.getByRole("row")).toHaveCount(82);
  await expect(page.getByRole("columnheader", { name: "Nama (ASPI)" })).toBeVisible();
  const va = page.locator("#service-24");
  await expect(va).toContainText("API Virtual Account - Inquiry");
  await expect(page.locator("#service-01")).toContainText("Registrasi dan binding");
  await page.goto("/snap/services/");
  await expect(page.locator('link[rel="alternate"][hreflang="id"]')).toHaveAttribute("href", /\/id\/snap\/services\/$/);
});
