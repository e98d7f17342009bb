// The Indonesian signature check (/id/signature/): Indonesian field names, both verdicts and a named mistake in
// Indonesian with its link to the Indonesian guide, hreflang both ways, code pages linking to it, and that nothing
// typed leaves the page (the English spec's checks, e2e/signature.spec.ts).
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { AXE_TAGS } from "../scripts/budget-pages.mjs";
import { expect, test } from "./guards";
import { body, hmac512, path, sha256, snapRequest, stringToSign, timestamp, token } from "./signed-request";

const requestBox = (page: Page) => page.getByRole("textbox", { name: "Request HTTP", exact: true });
const secretField = (page: Page) => page.getByLabel("Client secret", { exact: true });
const output = (page: Page) => page.getByRole("region", { name: "Cek signature" });
const verdict = (page: Page) => output(page).getByRole("status", { name: "Hasil" });

const secret = "sk-sandbox-e2e-id-7c2e9b41";

test("every field has its Indonesian name, and the page names its English twin", async ({ page }) => {
  await page.goto("/id/signature/");
  await expect(page.locator("html")).toHaveAttribute("lang", "id");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Cek signature sebuah request");
  for (const name of ["Request HTTP", "Public key", "String to sign Anda"]) await expect(page.getByRole("textbox", { name, exact: true })).toBeVisible();
  await expect(secretField(page)).toBeVisible();
  await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute("href", /\/signature\/$/);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/id\/signature\/$/);
  await page.goto("/signature/");
  await expect(page.locator('link[rel="alternate"][hreflang="id"]')).toHaveAttribute("href", /\/id\/signature\/$/);
});

test("a signed request: Signature cocok; a body hashed as sent: Signature tidak cocok, the mistake named in Indonesian", async ({ page }) => {
  await page.goto("/id/signature/");
  await requestBox(page).fill(snapRequest(hmac512(secret, stringToSign)));
  const region = output(page);
  await expect(region).toContainText("SNAP simetris");
  await expect(region).toContainText(stringToSign);
  const parts = region.getByLabel("Bagian-bagian string to sign");
  await expect(parts.getByRole("term").filter({ hasText: "Path relatif beserta query" })).toBeVisible();
  await expect(region).toContainText("Ketik client secret");

  await secretField(page).fill(secret);
  await expect(verdict(page)).toContainText(/^Signature cocok/);
  await secretField(page).fill("sk-production-other");
  await expect(verdict(page)).toContainText(/^Signature tidak cocok, dan tidak satu pun dari \d+ kesalahan umum/);

  const prettyHash = `POST:${path}:${token}:${sha256(body)}:${timestamp}`;
  await secretField(page).fill(secret);
  await requestBox(page).fill(snapRequest(hmac512(secret, prettyHash)));
  await expect(verdict(page)).toContainText(/^Signature tidak cocok dengan request yang dikirim\. Satu kesalahan umum menghasilkannya: body di-hash seperti yang dikirim, tidak di-minify/);
  await expect(region.getByRole("link", { name: /Body tidak di-minify/ })).toHaveAttribute("href", "/id/guides/signatures/#body-not-minified");
  await expect(region).toContainText("OK: Semua header yang dibutuhkan resep ini ada");
});

test("nothing typed leaves the page: not the URL, storage or a request; Kosongkan empties every field", async ({ page }) => {
  const requests: string[] = [];
  page.on("request", (request) => requests.push(`${request.url()} ${request.postData() ?? ""}`));
  await page.goto("/id/signature/");
  await requestBox(page).fill(snapRequest(hmac512(secret, stringToSign)));
  await secretField(page).fill(secret);
  await expect(verdict(page)).toContainText(/^Signature cocok/);
  expect(page.url()).not.toContain(secret);
  expect(new URL(page.url()).search + new URL(page.url()).hash).toBe("");
  const stored = await page.evaluate(() => ({ local: JSON.stringify({ ...localStorage }), session: JSON.stringify({ ...sessionStorage }), cookies: document.cookie }));
  for (const value of Object.values(stored)) expect(value).not.toContain(secret);
  expect(requests.filter((request) => request.includes(secret) || request.includes(token))).toEqual([]);
  await page.getByRole("button", { name: "Kosongkan" }).click();
  await expect(requestBox(page)).toHaveValue("");
  await expect(secretField(page)).toHaveValue("");
});

test("a paste that is not a request, or a broken curl command, is explained in Indonesian", async ({ page }) => {
  await page.goto("/id/signature/");
  const region = output(page);
  await requestBox(page).fill("just some words");
  await expect(region).toContainText("Ini bukan request HTTP");
  await requestBox(page).fill("curl -X POST 'https://api.doku.com/x -H 'A: b'");
  await expect(region).toContainText("Perintah curl ini tidak bisa dibaca: Tanda kutip tunggal (') yang dibuka di baris 1 tidak pernah ditutup");
  await page.getByRole("textbox", { name: "Public key", exact: true }).fill('{"kty":"RSA"}');
  await requestBox(page).fill(["POST /authorization/v1/access-token/b2b HTTP/1.1", "Content-Type: application/json", "X-CLIENT-KEY: MCH-1", `X-TIMESTAMP: ${timestamp}`, `X-SIGNATURE: ${"A".repeat(344)}`, "", '{"grantType":"client_credentials"}'].join("\n"));
  await expect(region).toContainText("SNAP asimetris");
  await expect(verdict(page)).toContainText("JSON Web Key, yang tidak dibaca di sini");
});

test("with a mistake named and the checks listed, no axe violations", async ({ page }) => {
  await page.goto("/id/signature/");
  await requestBox(page).fill(snapRequest(hmac512(secret, stringToSign.replace("POST", "post"))).replace("X-EXTERNAL-ID: 41807553358950093184", "X-EXTERNAL-ID: abc"));
  await secretField(page).fill(secret);
  await page.getByRole("textbox", { name: "String to sign Anda", exact: true }).fill("POST:/x");
  await expect(verdict(page)).toContainText("method di-sign dengan huruf kecil (post)");
  const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  expect(violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(" ")).slice(0, 3).join(", ")})`)).toEqual([]);
});

test("Indonesian code pages link to the Indonesian check", async ({ page }) => {
  for (const url of ["/id/snap/401xx00/", "/id/non-snap/invalid-signature/"]) {
    await page.goto(url);
    await expect(page.getByRole("main").locator('a[href="/id/signature/"]').first(), url).toBeVisible();
  }
});
