// Drives the HTML report in Debian's Chromium through playwright-core: no console message or page error,
// sorting a column (in its tab) reverses the order, typing in a filter narrows the rows. Prints one JSON line.
// Usage: node html-interaction.js <report.html> <screenshot.png>
"use strict";
const { openReport } = require("./browser");

async function main(page, screenshot) {
  const { browser, tab, messages } = await openReport();
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
