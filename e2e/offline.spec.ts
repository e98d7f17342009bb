// Offline and installable: after one visit the service worker (components/islands/service-worker.ts) holds the whole
// site, so with the network gone an unvisited page opens, the search answers, the paste-box decodes and the signature check checks; a new deploy
// is offered with a notice. Other specs block service workers (playwright.config.ts); these allow them.
import crypto from "node:crypto";
import fs from "node:fs";
import type { Server } from "node:http";
import os from "node:os";
import path from "node:path";
import type { BrowserContext, Page } from "@playwright/test";
import { startStaticServer } from "../scripts/static-server.mjs";
import { expect, test } from "./guards";
import { E2E_DEPLOY_PORT } from "./servers.mjs";

test.use({ serviceWorkers: "allow" });

/** The first visit: the page is controlled once the worker has precached every file and claimed it. */
async function visitOnce(page: Page, path = "/") {
  await page.goto(path);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 30_000 }).toBe(true);
}

/** No network at all: the browser is offline, and anything that still reaches for the network fails. */
async function goOffline(context: BrowserContext) {
  await context.setOffline(true);
  await context.route("**/*", (route) => route.abort("internetdisconnected"));
}

test("after one visit, with the network gone, an unvisited page opens, the search answers, the paste-box decodes and the signature check checks", async ({ page, context }) => {
  await visitOnce(page);
  await goOffline(context);

  await page.goto("/snap/4042412/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("4042412");

  const search = page.getByRole("combobox", { name: "Search" });
  await search.pressSequentially("insuficient balance");
  const first = page.getByRole("listbox", { name: "Search results" }).getByRole("option").first();
  await expect(first).toBeVisible();
  await first.click();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(new URL(page.url()).pathname).not.toBe("/snap/4042412/");

  await page.goto("/decode/");
  await page.getByRole("textbox", { name: "API response" }).fill('{"responseCode":"4017300","responseMessage":"Unauthorized. [Signature]"}');
  await expect(page.getByRole("region", { name: "Explanation" })).toContainText("4017300");

  // The signature check: a SNAP request signed with the secret typed in.
  const secret = "sk-sandbox-offline";
  const stringToSign = `POST:/virtual-accounts/bi-snap-va/v1.1/transfer-va/create-va:token:${crypto.createHash("sha256").update("{}").digest("hex")}:2026-11-30T15:04:05+07:00`;
  const request = [
    "POST /virtual-accounts/bi-snap-va/v1.1/transfer-va/create-va HTTP/1.1",
    "Authorization: Bearer token",
    "X-TIMESTAMP: 2026-11-30T15:04:05+07:00",
    `X-SIGNATURE: ${crypto.createHmac("sha512", secret).update(stringToSign).digest("base64")}`,
    "",
    "{}",
  ].join("\n");
  await page.goto("/signature/");
  await page.getByRole("textbox", { name: "HTTP request", exact: true }).fill(request);
  await page.getByLabel("Client secret", { exact: true }).fill(secret);
  await expect(page.getByRole("region", { name: "Signature check" }).getByRole("status", { name: "Verdict" })).toContainText(/^Signature matches/);

  // A shared search link (one naming a code exactly opens its page) and an address without its final slash open
  // from the cache too.
  await page.goto("/?q=token%20expired");
  await expect(page.getByRole("listbox", { name: "Search results" }).getByRole("option").first()).toBeVisible();
  await page.goto("/?q=4012400");
  await expect(page).toHaveURL(/\/snap\/4012400\/$/);
  await page.goto("/http/429");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("429");
});

test.describe("an address the site does not have", () => {
  test.use({ servesNotFound: true });
  test("offline, it gets the site's own 404 page, which still suggests the code", async ({ page, context }) => {
    await visitOnce(page);
    await goOffline(context);
    await page.goto("/snap/4012400x/");
    await expect(page.getByRole("heading", { level: 1 })).toContainText(/not found|no page/i);
  });
});

test.describe("in Indonesian", () => {
  test.use({ servesNotFound: true });
  test("one Indonesian visit keeps the Indonesian pages, not the English ones: offline, an unvisited page and an unknown address answer in Indonesian", async ({ page, context }) => {
    await visitOnce(page, "/id/http/429/");
    // The Indonesian worker holds its own language's pages (and what every page shares), so a phone downloads one language.
    const precached = await page.evaluate(async () => {
      const urls: string[] = [];
      for (const name of await caches.keys()) for (const request of await (await caches.open(name)).keys()) urls.push(new URL(request.url).pathname);
      return urls;
    });
    expect(precached).toContain("/id/snap/401xx00/index.html");
    expect(precached.filter((url) => url.endsWith(".html") && !url.startsWith("/id/"))).toEqual([]);

    await goOffline(context);
    await page.goto("/id/snap/401xx00/");
    await expect(page.locator("html")).toHaveAttribute("lang", "id");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("401XX00");
    await page.goto("/id/snap/4012400x/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Halaman tidak ditemukan");
  });
});

test("the app manifest names the site, its start page and its icons, and every icon loads", async ({ page, request }) => {
  await page.goto("/");
  const href = await page.locator('link[rel="manifest"]').getAttribute("href");
  expect(href).toBe("/manifest.webmanifest");
  const manifest = (await (await request.get(href ?? "")).json()) as { name: string; start_url: string; display: string; icons: { src: string; sizes: string; purpose: string }[] };
  expect(manifest).toMatchObject({ name: "DOKU Error Reference", start_url: "/", display: "standalone" });
  expect(manifest.icons.map((icon) => `${icon.sizes} ${icon.purpose}`)).toEqual(expect.arrayContaining(["192x192 any", "512x512 any", "512x512 maskable"]));
  for (const icon of manifest.icons) expect((await request.get(icon.src)).ok(), icon.src).toBe(true);
});

test.describe("a new deploy", () => {
  // A copy of the site on its own server, so the test can deploy to it without touching out/.
  const root = path.join(os.tmpdir(), `doku-deploy-${process.pid}`);
  let server: Server | undefined;
  test.use({ baseURL: `http://127.0.0.1:${E2E_DEPLOY_PORT}` });
  test.beforeAll(async () => {
    fs.rmSync(root, { recursive: true, force: true });
    fs.cpSync("out", root, { recursive: true });
    server = await startStaticServer({ root, port: E2E_DEPLOY_PORT });
  });
  test.afterAll(async () => {
    await new Promise((resolve) => server?.close(resolve));
    fs.rmSync(root, { recursive: true, force: true });
  });

  test("is fetched in the background and offered with a notice; Reload shows it", async ({ page }) => {
    await visitOnce(page);
    // The next deploy changes a page, and so that page's revision in the service worker's precache list.
    const page429 = path.join(root, "http/429/index.html");
    const changed = fs.readFileSync(page429, "utf8").replace("</h1>", " (deployed again)</h1>");
    fs.writeFileSync(page429, changed);
    const worker = path.join(root, "sw.js");
    const revision = crypto.createHash("md5").update(changed).digest("hex");
    // The page's entry in the precache list, whichever order its keys were written in.
    const entry = /\{"url":"http\/429\/index\.html","revision":"[0-9a-f]+"\}|\{"revision":"[0-9a-f]+","url":"http\/429\/index\.html"\}/;
    const script = fs.readFileSync(worker, "utf8").replace(entry, `{"url":"http/429/index.html","revision":"${revision}"}`);
    expect(script).toContain(revision);
    fs.writeFileSync(worker, script);

    // The next visit still shows what was cached, and offers the new version.
    await page.goto("/http/429/");
    await expect(page.getByRole("heading", { level: 1 })).not.toContainText("deployed again");
    const notice = page.getByRole("status").filter({ hasText: "A newer version of this reference is ready." });
    await expect(notice).toBeVisible({ timeout: 30_000 });
    await Promise.all([page.waitForEvent("load"), notice.getByRole("button", { name: "Reload" }).click()]);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("deployed again");
    await expect(notice).toHaveCount(0);
  });
});
