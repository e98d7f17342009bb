// Draws the app icons the web app manifest names (public/icons/*.png) from app/icon.svg, in Chromium. The PNGs are
// committed; run this again after changing the icon:  node scripts/make-icons.mjs
//   icon-192.png, icon-512.png   the icon as it is (purpose "any")
//   maskable-512.png             on a full-bleed background with the mark inside the safe zone (purpose "maskable"),
//                                so a launcher's circle or squircle crop never cuts it
import fs from "node:fs";
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, chromiumPath, ensureChromium } from "./ensure-chromium.mjs";

const svg = fs.readFileSync("app/icon.svg", "utf8");
const BRAND = /fill="(#[0-9a-f]{6})"/i.exec(svg)?.[1] ?? "#c8102e";

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? (chromiumPath() || ensureChromium()), args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage();
  fs.mkdirSync("public/icons", { recursive: true });
  const draw = async (file, size, html) => {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(`<!doctype html><html><body style="margin:0;background:transparent">${html}</body></html>`);
    await page.screenshot({ path: `public/icons/${file}`, omitBackground: true });
  };
  for (const size of [192, 512]) await draw(`icon-${size}.png`, size, svg.replace("<svg ", `<svg width="${size}" height="${size}" `));
  // The safe zone of a maskable icon is the centre circle of 80 % of its width: the mark takes 60 %.
  await draw(
    "maskable-512.png",
    512,
    `<div style="width:512px;height:512px;background:${BRAND};display:grid;place-items:center">${svg.replace("<svg ", '<svg width="308" height="308" ')}</div>`,
  );
  console.log("make-icons: public/icons/icon-192.png, icon-512.png, maskable-512.png");
} finally {
  await browser.close();
}
