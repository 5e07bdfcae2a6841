// Opens a page of the HTML report in Debian's Chromium through playwright-core, recording every console
// message, page error and request that leaves the file (the report must make none), for the scripts beside it.
"use strict";
const { chromium } = require("playwright-core");

async function openReport() {
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
  return { browser, tab, messages };
}

module.exports = { openReport };
