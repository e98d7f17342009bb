// Runs against the export built with BASE_PATH=/doku-errors, served under that sub-path.
import { expect, test } from "./guards";
import { E2E_BASE_PATH } from "./servers.mjs";

test("under a sub-path, pages, links and assets all resolve inside it", async ({ page }) => {
  const failures: string[] = [];
  page.on("response", (response) => {
    if (response.status() >= 400) failures.push(`${response.status()} ${response.url()}`);
    else if (!new URL(response.url()).pathname.startsWith(`${E2E_BASE_PATH}/`)) failures.push(`outside the sub-path: ${response.url()}`);
  });
  await page.goto("./");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  // The stylesheet applied: the skip link is visually hidden.
  await expect(page.getByRole("link", { name: "Skip to content" })).not.toBeInViewport();
  await page.getByRole("link", { name: "INVALID_TOKEN", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`${E2E_BASE_PATH}/errors/invalid-token/$`));
  await page.getByRole("link", { name: "Home", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`${E2E_BASE_PATH}/$`));
  await page.goto("http/503/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("503");
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", new RegExp(`${E2E_BASE_PATH}/http/503/$`));
  expect(failures).toEqual([]);
});

test("under a sub-path, search loads its index and opens results inside it", async ({ page }) => {
  // A query naming one code exactly (what the address bar sends) opens its page, inside the sub-path.
  await page.goto("./?q=4042412");
  await expect(page).toHaveURL(new RegExp(`${E2E_BASE_PATH}/snap/4042412/$`));
  await expect(page.getByRole("heading", { level: 1 })).toContainText("4042412");
  // Any other query lists results whose links stay inside it.
  await page.goto("./?q=virtual acount not found");
  const first = page.getByRole("listbox", { name: "Search results" }).getByRole("option").first();
  await expect(first).toBeVisible();
  await first.click();
  await expect(page).toHaveURL(new RegExp(`${E2E_BASE_PATH}/[a-z0-9-]+/[^/]+/$`));
  await expect(page.locator('link[rel="search"]')).toHaveAttribute("href", `${E2E_BASE_PATH}/opensearch.xml`);
});

test.describe("offline under a sub-path", () => {
  test.use({ serviceWorkers: "allow" });
  test("the service worker's scope is the sub-path, and an unvisited page opens from its cache", async ({ page, context }) => {
    await page.goto("./");
    const scope = await page.evaluate(() => navigator.serviceWorker.ready.then((registration) => registration.scope));
    expect(new URL(scope).pathname).toBe(`${E2E_BASE_PATH}/`);
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 30_000 }).toBe(true);
    await context.setOffline(true);
    await context.route("**/*", (route) => route.abort("internetdisconnected"));
    await page.goto("snap/4042412/");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("4042412");
    await page.getByRole("combobox", { name: "Search" }).pressSequentially("token expired");
    await expect(page.getByRole("listbox", { name: "Search results" }).getByRole("option").first()).toBeVisible();
  });
});
