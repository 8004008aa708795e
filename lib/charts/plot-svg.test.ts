import { parseHTML } from "linkedom";
import { expect, test } from "vitest";
import { independentOrigins } from "../domain/origins";
import { hop, testFigure } from "./test-figures";
import { timeChartData } from "./time-chart-data";
import { renderTimeChart } from "./time-chart";
import { renderValueChart } from "./value-chart";
import { valueChartData } from "./value-chart-data";
import { renderTimeSummary } from "./time-summary";
import { timeSummaryData } from "./time-summary-data";
import { renderValueSummary } from "./value-summary";
import { valueSummaryData } from "./value-summary-data";

// A source's name is data an editor typed: it must reach the page as text, never as markup.
const hostile = `Evil "quote" <script>alert(1)</script>`;
/** The markup as a browser would read it: no script element, the name shown as written (a cut label's whole text is its title). */
function parsed(markup: string) {
  const { document } = parseHTML(`<!DOCTYPE html><html><body>${markup}</body></html>`);
  return {
    scripts: document.querySelectorAll("script").length,
    texts: [...document.querySelectorAll("text, tspan, span, title")].map((node) => node.textContent),
  };
}

const origins = independentOrigins([
  testFigure("a", { value: 12000, modality: "planned", chain: [hop(hostile), hop("Yonhap News Agency", "relay")] }),
  testFigure("b", { value: 10000, qualifier: "approx", modality: "preparing", chain: [hop("Ukrainian intelligence")] }),
  testFigure("c", { value: 1500, modality: "completed", claimedAt: new Date("2024-10-20T00:00:00Z"), chain: [hop(hostile)] }),
]);

test("the value chart is an SVG with its description, each figure labelled, names escaped", () => {
  const svg = renderValueChart(valueChartData(origins), "wide", "2 figures from 2 independent origins")!;
  expect(svg.startsWith("<svg")).toBe(true);
  expect(svg).toContain('aria-label="Figures on one value axis, one row per independent origin"');
  expect(svg).toContain("2 figures from 2 independent origins");
  expect(svg).toContain("<title>about 10,000 (being prepared, Ukrainian intelligence)</title>");
  expect(svg).toContain("via Yonhap News Agency");
  expect(parsed(svg).scripts).toBe(0);
  expect(parsed(svg).texts).toContain(hostile);
  expect(renderValueChart(valueChartData([]), "wide", "")).toBeNull();
});

test("the chart over time comes with a legend of the originators' symbols", () => {
  const chart = renderTimeChart(timeChartData(origins)!, "narrow", "2 figures claimed on 18 Oct 2024");
  expect(chart.svg).toContain('aria-label="Figures over time, by the day each was claimed"');
  expect(chart.svg).toContain("claimed 18 Oct 2024</title>");
  expect(chart.legend).toContain("Ukrainian intelligence");
  expect(parsed(chart.svg + chart.legend).scripts).toBe(0);
});

test("the summarised charts label each summary, with names escaped", () => {
  const summary = renderValueSummary(valueSummaryData(origins), "3 figures")!;
  expect(summary).toContain("&lt;/script&gt;, planned: 1 figure, all 12,000</title>");
  expect(parsed(summary).scripts).toBe(0);
  expect(parsed(summary).texts).toContain(hostile);
  const overTime = renderTimeSummary(timeSummaryData(origins)!, "3 figures claimed between 18 Oct 2024 and 20 Oct 2024");
  expect(overTime).toContain('aria-label="Figures over time, summarised by day and modality"');
  expect(overTime).toContain("<title>18 Oct 2024, being prepared: 1 figure, all 10,000</title>");
});

/** The accessible names of a chart's marks: an element's aria-label, else its <title> child (SVG-AAM). */
function markNames(markup: string) {
  const { document } = parseHTML(`<!DOCTYPE html><html><body>${markup}</body></html>`);
  const titled = [...document.querySelectorAll("title")].map((title) => title.parentNode as Element);
  return { titled: titled.length, alsoLabelled: titled.filter((element) => element.hasAttribute("aria-label")).length };
}

test("each mark is named once, by its <title>, never also by an aria-label", () => {
  const charts = [
    renderValueChart(valueChartData(origins), "wide", "")!,
    renderTimeChart(timeChartData(origins)!, "wide", "").svg,
    renderValueSummary(valueSummaryData(origins), "")!,
    renderTimeSummary(timeSummaryData(origins)!, ""),
  ];
  for (const svg of charts) {
    const names = markNames(svg);
    expect(names.titled).toBeGreaterThanOrEqual(3);
    expect(names.alsoLabelled).toBe(0);
  }
});
