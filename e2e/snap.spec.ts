import { expect, test } from "./guards";

test("a SNAP case page quotes the standard exactly, names the parts and marks typos as sic", async ({ page }) => {
  await page.goto("/snap/403xx13/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("403XX13");
  const official = page.getByRole("region", { name: "In the SNAP standard’s words (ASPI)" });
  await expect(official).toContainText("OTP Sent To Cardholer [sic]");
  await expect(official).toContainText("initiates request OTP to the issuer");
  const parts = page.getByRole("region", { name: "Parts of the code" });
  await expect(parts).toContainText("Forbidden");
  await expect(parts).toContainText("Any service");
});

test("the services index names every service with method and path, and marks DOKU's", async ({ page }) => {
  await page.goto("/snap/services/");
  await expect(page.getByRole("row")).toHaveCount(82);
  const va = page.locator("#service-24");
  await expect(va).toContainText("API Virtual Account - Inquiry");
  await expect(va).toContainText("POST …/{version}/transfer-va/inquiry");
  await expect(page.locator("#service-27")).toContainText("/virtual-accounts/bi-snap-va/v1.1/transfer-va/create-va");
});

test("a full code DOKU uses has its own page linking its case and service", async ({ page }) => {
  await page.goto("/snap/4042412/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("4042412");
  const parts = page.getByRole("region", { name: "Parts of the code" });
  await parts.getByRole("link", { name: /API Virtual Account - Inquiry/ }).click();
  await expect(page).toHaveURL(/\/snap\/services\/#service-24$/);
});

test("any well-formed code is explained from its parts, marked as composed, and shareable", async ({ page }) => {
  await page.goto("/snap/?code=409US00");
  const explanation = page.getByRole("region", { name: "Code explanation" });
  await expect(explanation).toContainText("Composed from the standard, not documented");
  await expect(explanation).toContainText("BCA");
  await explanation.getByRole("link", { name: "409XX00" }).first().click();
  await expect(page).toHaveURL(/\/snap\/409xx00\/$/);

  await page.goto("/snap/");
  await page.getByRole("textbox", { name: "SNAP code", exact: true }).fill("500700");
  await expect(page.getByRole("region", { name: "Code explanation" })).toContainText("6 characters");
  await expect(page).toHaveURL(/\?code=500700$/);
});
