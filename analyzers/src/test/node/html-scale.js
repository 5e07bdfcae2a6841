// Opens a large HTML report in Debian's Chromium through playwright-core and measures what a reader meets:
// the time until the page's script has built it, each tab's height, every element whose content overflows
// its box, chart labels that overlap, leave their chart or are not round, the treemap's drill-down, and the findings' rule filter and pages. Keeps a screenshot per tab.
// Prints one JSON line. Usage: node html-scale.js <report.html> <screenshot-prefix>
"use strict";
const { openReport } = require("./browser");

// Runs in the page: the visible elements whose content is wider than their box, and how each copes.
function overflows() {
  const found = [];
  const clipsOnPurpose = (e) => e.matches(".treemap, .tm, .tm .inner");
  for (const e of document.querySelectorAll("header, header *, nav, nav *, main, main *")) {
    if (!(e instanceof HTMLElement) || !e.getClientRects().length || e.clientWidth === 0) { continue; }
    if (e.scrollWidth <= e.clientWidth + 1) { continue; }
    const style = getComputedStyle(e);
    const titled = e.closest("[title]");
    let how;
    if (style.overflowX === "visible") { how = "spills"; }
    else if (style.overflowX === "auto" || style.overflowX === "scroll") { how = "scrolls sideways"; }
    else if (clipsOnPurpose(e)) { continue; }
    else if (style.textOverflow !== "ellipsis") { how = "cut without an ellipsis"; }
    else if (!titled || !titled.getAttribute("title")) { how = "ellipsis without a title"; }
    else { continue; } // an ellipsis, the full text on hover
    found.push(how + ": <" + e.tagName.toLowerCase() + " class=\"" + e.className + "\"> " + e.scrollWidth + " > "
      + e.clientWidth + " px: " + (e.textContent || "").slice(0, 80));
  }
  if (document.documentElement.scrollWidth > window.innerWidth) {
    found.push("page scrolls sideways: " + document.documentElement.scrollWidth + " > " + window.innerWidth + " px");
  }
  return found;
}

// Runs in the page: in each chart, tick and threshold labels that overlap, leave the chart, or are not round.
function chartLabels() {
  const found = [];
  for (const chart of document.querySelectorAll("main svg[viewBox]")) {
    if (!chart.getClientRects().length) { continue; }
    const view = chart.viewBox.baseVal;
    const labels = [...chart.querySelectorAll("text.x-tick, text.y-tick, text.threshold-label, text.bar-count")]
      .map((t) => ({ text: t.textContent, kind: t.getAttribute("class"), box: t.getBBox() }));
    for (const [i, a] of labels.entries()) {
      const where = chart.id + " " + a.kind + " '" + a.text + "'";
      if (a.box.x < 0 || a.box.y < 0 || a.box.x + a.box.width > view.width || a.box.y + a.box.height > view.height) {
        found.push(where + " leaves the chart");
      }
      if ((a.kind === "x-tick" || a.kind === "y-tick") && !/^(0|[1-9][0-9]?0*)$/.test(a.text.replace(/,/g, ""))) {
        found.push(where + " is not a round value");
      }
      for (const b of labels.slice(i + 1)) {
        if (a.box.x < b.box.x + b.box.width && b.box.x < a.box.x + a.box.width
            && a.box.y < b.box.y + b.box.height && b.box.y < a.box.y + a.box.height) {
          found.push(where + " overlaps " + b.kind + " '" + b.text + "'");
        }
      }
    }
  }
  return found;
}

async function main(page, screenshots) {
  const { browser, tab, messages } = await openReport();
  const started = Date.now();
  await tab.goto("file://" + page, { timeout: 120000 });
  await tab.waitForSelector("html[data-rendered-ms]", { state: "attached", timeout: 120000 });
  const loadMs = Date.now() - started;
  const renderedMs = Number(await tab.getAttribute("html", "data-rendered-ms"));

  const tabs = {};
  const names = await tab.$$eval("nav.tabs a", (links) => links.map((a) => a.getAttribute("href").slice(1)));
  for (const name of names) {
    await tab.click("#tablink-" + name);
    await tab.waitForTimeout(100);
    const height = await tab.evaluate(() => document.documentElement.scrollHeight);
    tabs[name] = { height, overflows: await tab.evaluate(overflows), chartLabels: await tab.evaluate(chartLabels) };
    if (["overview", "findings", "recommendations", "files", "functions"].includes(name)) {
      await tab.screenshot({ path: screenshots + "-" + name + ".png", fullPage: true });
    }
  }

  await tab.click("#tablink-overview");
  const crumbs = () => tab.$$eval("#crumbs button, #crumbs .here", (c) => c.map((e) => e.textContent));
  const top = await crumbs();
  const folder = await tab.$("#treemap > .tm[data-folder] > .label");
  let drilled = top;
  let tilesInside = 0;
  if (folder) {
    await folder.click();
    drilled = await crumbs();
    tilesInside = await tab.$$eval("#treemap .tm", (t) => t.length);
    await tab.screenshot({ path: screenshots + "-treemap-drilled.png" });
    await tab.click("#crumbs button");
  }
  const back = await crumbs();

  let findings = null;
  if (await tab.$("#findings-rule")) {
    await tab.click("#tablink-findings");
    const rows = () => tab.$$eval("#findings-table tbody tr", (r) => r.length);
    const note = () => tab.textContent("#findings-note");
    const firstPage = { rows: await rows(), note: await note() };
    let secondPage = null;
    if (await tab.isVisible("#findings-pager .next")) {
      await tab.click("#findings-pager .next");
      secondPage = { rows: await rows(), note: await note(), first: await tab.textContent("#findings-table tbody tr td:first-child") };
    }
    const rule = await tab.$eval("#findings-rule option:nth-child(2)", (o) => o.value);
    await tab.selectOption("#findings-rule", rule);
    const rules = await tab.$$eval("#findings-table tbody tr", (r) => r.map((e) => e.title));
    findings = { firstPage, secondPage, rule, ruleRows: rules.length, ruleNote: await note() };
  }

  await browser.close();
  return { messages, loadMs, renderedMs, tabs, treemap: { top, drilled, back, tilesInside }, findings };
}

main(process.argv[2], process.argv[3]).then(
  (result) => console.log(JSON.stringify(result)),
  (error) => { console.error(error); process.exit(1); });
