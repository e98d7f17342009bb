// DOKU's code families outside SNAP and the seed glossary: card, Biller, legacy V1, status values, non-SNAP.
import { expect, test } from "./guards";

test("the home page lists every family with its count and leads to its table", async ({ page }) => {
  await page.goto("/");
  const families = page.getByRole("navigation", { name: "Code families" });
  for (const label of ["Transaction status values", "Non-SNAP error codes", "Legacy V1 inquiry codes", "DOKU Biller codes", "Card response codes"]) {
    await expect(families.getByRole("link", { name: new RegExp(`^${label} \\d+$`) })).toBeVisible();
  }
  await families.getByRole("link", { name: /^Card response codes/ }).click();
  await expect(page).toHaveURL(/#card$/);
  const cards = page.getByRole("region", { name: /Card response codes/ });
  await expect(cards.getByRole("columnheader", { name: "Outcome" })).toBeVisible();
  await cards.getByRole("link", { name: "05", exact: true }).click();
  await expect(page).toHaveURL(/\/card\/05\/$/);

  // SNAP's families are counted here and listed on their own index.
  await page.goto("/");
  await page.getByRole("navigation", { name: "Code families" }).getByRole("link", { name: /^SNAP case codes 63$/ }).click();
  await expect(page).toHaveURL(/\/snap\/#snap-case$/);
  await expect(page.getByRole("region", { name: /SNAP case codes/ }).getByRole("row")).toHaveCount(64);
});

test("a card code quotes both DOKU copies and says whether it is an error", async ({ page }) => {
  await page.goto("/card/05/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("05");
  await expect(page.getByRole("region", { name: "In DOKU’s words" })).toContainText("Do not honor");
  await expect(page.getByRole("region", { name: "Sources differ" })).toContainText("Do Not Honor");
  await expect(page.getByRole("main")).toContainText(/Outcome\s*Error/);
});

test("FAILED shows DOKU's two answers on whether it is final", async ({ page }) => {
  await page.goto("/status/failed/");
  const differ = page.getByRole("region", { name: "Sources differ" });
  await expect(differ).toContainText("NO");
  await expect(differ).toContainText("YES");
});

test("a legacy V1 code leads to the SNAP code DOKU's SDKs send instead", async ({ page }) => {
  await page.goto("/legacy-v1/3000/");
  await expect(page.getByRole("region", { name: "In the words of DOKU’s SDKs" })).toContainText("Bill not found");
  await page.getByRole("link", { name: "4042412", exact: true }).first().click();
  await expect(page).toHaveURL(/\/snap\/4042412\/$/);
});

test("the community-observed non-SNAP code says it is not in DOKU's docs, with a copyable body", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/non-snap/invalid-signature/");
  const observed = page.getByRole("region", { name: "As seen in a DOKU response (community-observed)" });
  await expect(observed).toContainText("Not in DOKU’s documentation");
  await expect(observed).toContainText("Invalid Header Signature");
  await page.getByRole("button", { name: /Copy example/ }).click();
  await expect(page.getByRole("button", { name: /Copy example/ })).toContainText("Copied");
  expect(JSON.parse(await page.evaluate(() => navigator.clipboard.readText()))).toEqual({
    error: { code: "invalid_signature", message: "Invalid Header Signature", type: "invalid_request_error" },
  });
});

test("a Biller code in Bahasa Indonesia is quoted as DOKU wrote it", async ({ page }) => {
  await page.goto("/biller/u101/");
  await expect(page.getByRole("region", { name: "In DOKU’s words" })).toContainText("Tagihan Sudah Dibayar melalui CA lain");
});

test("the non-SNAP guide links each family", async ({ page }) => {
  await page.goto("/guides/non-snap-responses/");
  const main = page.getByRole("main");
  for (const href of ["/status/failed/", "/non-snap/invalid-signature/"]) await expect(main.locator(`a[href$="${href}"]`).first()).toBeVisible();
});

test("the declines customers meet most have pages: /card/51/ says DOKU's own wording was not read, and a search for 51 leads there", async ({ page }) => {
  await page.goto("/card/51/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("51");
  await expect(page.getByRole("main")).toContainText("was not read");
  await page.goto("/?q=51");
  await expect(page.getByRole("listbox", { name: "Search results" }).getByRole("option").first()).toContainText("Card response codes");
});

test("a source's words and our reading of them stay apart in the Sources differ box", async ({ page }) => {
  await page.goto("/snap/4017300/");
  const differ = page.getByRole("region", { name: "Sources differ" });
  await expect(differ).toContainText("+07:00");
  await expect(differ).toContainText("Our reading");
});

test("a DOKU fact shown by the paste-box is quoted on its page with its sources", async ({ page }) => {
  await page.goto("/guides/doku-notes/");
  const note = page.getByRole("complementary").filter({ hasText: "6-character code" });
  await expect(note).toContainText("Go and Python SDKs");
  await expect(note.getByRole("link", { name: /doku-golang-library/ })).toBeVisible();
});
