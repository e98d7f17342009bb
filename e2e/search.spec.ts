// The header search on the built site: typing, keyboard, shortcuts, shared ?q= links, OpenSearch, no JavaScript.
import { expect, test } from "./guards";

const searchBox = (page: import("@playwright/test").Page) => page.getByRole("combobox", { name: "Search" });
const results = (page: import("@playwright/test").Page) => page.getByRole("listbox", { name: "Search results" });

test("typing shows results with code, family, status and meaning, the right code first; opening one focuses its heading", async ({ page }) => {
  await page.goto("/http/429/");
  await searchBox(page).fill("INVALD_TOKN");
  const first = results(page).getByRole("option").first();
  await expect(first).toContainText("INVALID_TOKEN");
  await expect(first).toContainText("Business error codes · HTTP 401");
  await expect(first).toContainText(/token/i);
  await first.click();
  await expect(page).toHaveURL(/\/errors\/invalid-token\/$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("INVALID_TOKEN");
  await expect(page.getByRole("heading", { level: 1 })).toBeFocused();
  await expect(results(page)).toBeHidden();
});

test("the search is a WAI-ARIA combobox: expanded state, a listbox of options, the active option as aria-activedescendant", async ({ page }) => {
  await page.goto("/");
  await expect(searchBox(page)).toHaveAttribute("aria-expanded", "false");
  await searchBox(page).fill("429");
  await expect(results(page).getByRole("option").first()).toBeVisible();
  await expect(searchBox(page)).toHaveAttribute("aria-expanded", "true");
  await expect(searchBox(page)).toHaveAttribute("aria-controls", (await results(page).getAttribute("id")) ?? "missing");
  const active = await searchBox(page).getAttribute("aria-activedescendant");
  await expect(page.locator(`#${active}`)).toHaveAttribute("role", "option");
  await expect(page.locator(`#${active}`)).toHaveAttribute("aria-selected", "true");
});

test("by keyboard alone: / focuses, arrows choose, Enter opens; Esc first closes the results and keeps the query, then clears", async ({ page }) => {
  await page.goto("/");
  await page.locator("body").press("/");
  await expect(searchBox(page)).toBeFocused();
  await page.keyboard.type("401");
  await expect(results(page).getByRole("option").first()).toContainText("401");
  const activeId = () => searchBox(page).getAttribute("aria-activedescendant");
  const firstId = await activeId();
  await page.keyboard.press("ArrowDown");
  expect(await activeId()).not.toBe(firstId);
  await page.keyboard.press("ArrowUp");
  expect(await activeId()).toBe(firstId);
  await page.keyboard.press("Escape");
  await expect(results(page)).toBeHidden();
  await expect(searchBox(page)).toHaveValue("401");
  await expect(searchBox(page)).toHaveAttribute("aria-expanded", "false");
  await page.keyboard.press("Escape");
  await expect(searchBox(page)).toHaveValue("");

  await page.keyboard.type("4012400");
  await expect(results(page).getByRole("option").first()).toContainText("4012400");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/snap\/4012400\/$/);
});

test("Ctrl+K focuses the search from anywhere", async ({ page }) => {
  await page.goto("/snap/");
  await page.locator("body").press("Control+k");
  await expect(searchBox(page)).toBeFocused();
});

test("the query is kept in the URL without flooding history, and a shared link shows results at once", async ({ page }) => {
  await page.goto("/");
  const historyLength = await page.evaluate(() => history.length);
  await searchBox(page).pressSequentially("duplicate");
  await expect(page).toHaveURL(/\?q=duplicate$/);
  expect(await page.evaluate(() => history.length)).toBe(historyLength);

  await page.goto("/?q=merchant%20inactive");
  await expect(searchBox(page)).toHaveValue("merchant inactive");
  await expect(results(page).getByRole("option").first()).toContainText("MERCHANT_NOT_ACTIVE");
});

test("an exact code from the address bar (OpenSearch sends /?q=) opens its page; words and ambiguous codes show results", async ({ page }) => {
  await page.goto("/?q=4012400");
  await expect(page).toHaveURL(/\/snap\/4012400\/$/);
  await page.goto("/?q=invalid_token");
  await expect(page).toHaveURL(/\/errors\/invalid-token\/$/);
  await page.goto("/?q=duplicate");
  await expect(results(page).getByRole("option").first()).toBeVisible();
  await expect(page).toHaveURL(/\?q=duplicate$/);
  // 0000 is both a legacy V1 and a Biller code: the reader chooses.
  await page.goto("/?q=0000");
  await expect(results(page).getByRole("option").first()).toBeVisible();
  await expect(page).toHaveURL(/\?q=0000$/);
});

test("a SNAP code no page documents is offered for explanation", async ({ page }) => {
  await page.goto("/?q=409US00");
  await expect(results(page).getByRole("option").first()).toContainText("409XX00");
  await results(page).getByRole("option", { name: /Explain 409US00/ }).click();
  await expect(page).toHaveURL(/\/snap\/\?code=409US00$/);
  await expect(page.getByRole("region", { name: "Code explanation" })).toContainText("Composed from the standard");
});

test("no match says so and offers the nearest codes", async ({ page }) => {
  await page.goto("/");
  await searchBox(page).fill("INVALID_TOKNE_EXPIRD");
  await expect(page.getByRole("status").filter({ hasText: "No results" })).toBeVisible();
  await expect(results(page).getByRole("option", { name: /INVALID_TOKEN/ })).toBeVisible();
  await page.getByRole("link", { name: "Paste it into the decoder" }).click();
  await expect(page).toHaveURL(/\/decode\/$/);
});

test("hostile input is shown as text and finds nothing dangerous", async ({ page }) => {
  await page.goto("/");
  await searchBox(page).fill('<img src=x onerror="window.__pwned=1">');
  await expect(page.getByRole("status").first()).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});

test("the OpenSearch description is linked from every page and lands on the site's search", async ({ page, request, baseURL }) => {
  await page.goto("/card/05/");
  const href = await page.locator('link[rel="search"][type="application/opensearchdescription+xml"]').getAttribute("href");
  expect(href).toBe("/opensearch.xml");
  const xml = await (await request.get(href ?? "")).text();
  const template = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, "application/xml");
    if (doc.querySelector("parsererror")) return "invalid XML";
    return doc.querySelector('Url[type="text/html"]')?.getAttribute("template");
  }, xml);
  expect(template).toMatch(/\/\?q=\{searchTerms\}$/);
  // The address bar would open the template with the terms filled in.
  await page.goto(new URL(template!.replace("{searchTerms}", "amount%20is%20required")).pathname + "?q=amount%20is%20required");
  await expect(results(page).getByRole("option").first()).toContainText("INVALID_PARAMETER");
  expect(baseURL).toBeTruthy();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the glossary on the home page is still browsable", async ({ page }) => {
    await page.goto("/?q=duplicate");
    await page.getByRole("link", { name: "DUPLICATE_TRANSACTION", exact: true }).click();
    await expect(page).toHaveURL(/\/errors\/duplicate-transaction\/$/);
  });
});

test("an empty, focused search offers example queries and the decoder", async ({ page }) => {
  await page.goto("/http/400/");
  await searchBox(page).focus();
  const examples = page.getByRole("list", { name: "Example searches" });
  await examples.getByRole("button", { name: "amount is required" }).click();
  await expect(searchBox(page)).toHaveValue("amount is required");
  await expect(searchBox(page)).toBeFocused();
  await expect(results(page).getByRole("option").first()).toContainText("INVALID_PARAMETER");
});
