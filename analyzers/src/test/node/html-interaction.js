// Drives the HTML report in Debian's Chromium through playwright-core: no console message or page error,
// sorting a column (in its tab) reverses the order, typing in a filter narrows the rows. Prints one JSON line.
// Usage: node html-interaction.js <report.html> <screenshot.png>
"use strict";
const { chromium } = require("playwright-core");

async function main(page, screenshot) {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
           "--no-first-run", "--disable-sync"],
  });
  const messages = [];
  const tab = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  tab.on("console", (m) => messages.push(m.type() + ": " + m.text()));
  tab.on("pageerror", (e) => messages.push("pageerror: " + e.message));
  tab.on("request", (r) => { if (!r.url().startsWith("file:")) { messages.push("network: " + r.url()); } });
  await tab.goto("file://" + page);
  const firstColumn = (table) => tab.$$eval("#" + table + " tbody tr td:first-child", (cells) => cells.map((c) => c.textContent));
  await tab.click("#tablink-files");
  const linesDescending = await firstColumn("files-table");
  await tab.click("#files-table th[data-key=lines]");
  const linesAscending = await firstColumn("files-table");
  await tab.click("#tablink-functions");
  await tab.fill("#functions-filter", "Cart");
  const filtered = await firstColumn("functions-table");
  await tab.screenshot({ path: screenshot, fullPage: true });
  await browser.close();
  return { messages, linesDescending, linesAscending, filtered };
}

main(process.argv[2], process.argv[3]).then(
  (result) => console.log(JSON.stringify(result)),
  (error) => { console.error(error); process.exit(1); });
