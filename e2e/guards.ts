// Fixtures shared by the specs: fail a test on any console error or any request that leaves the site's origin.
import { test as base, expect } from "@playwright/test";

export const test = base.extend<{ servesNotFound: boolean; siteGuards: void }>({
  /** Set for tests that open a missing page on purpose: the browser logs that document's 404 as an error. */
  servesNotFound: [false, { option: true }],
  siteGuards: [
    async ({ page, baseURL, servesNotFound }, use) => {
      const origin = new URL(baseURL ?? "http://127.0.0.1").origin;
      const problems: string[] = [];
      page.on("console", (message) => {
        const expected404 = servesNotFound && message.text().includes("status of 404") && message.location().url === page.url();
        if (message.type() === "error" && !expected404) problems.push(`console error: ${message.text()}`);
      });
      page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
      page.on("request", (request) => {
        const url = request.url();
        if (!url.startsWith("data:") && !url.startsWith("blob:") && new URL(url).origin !== origin) {
          problems.push(`request to another origin: ${url}`);
        }
      });
      await use();
      expect(problems, problems.join("\n")).toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
