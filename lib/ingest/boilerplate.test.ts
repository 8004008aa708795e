import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { foundingReport } from "../demo/founding-report";
import { dropBoilerplate, looksLikeClaim, restoreLines } from "./boilerplate";

const foundingText = readFileSync(new URL(`../../${foundingReport.fixture}`, import.meta.url), "utf8");

describe("the founding report", () => {
  test("loses its last line, 'Exit mobile version', and nothing else", () => {
    const lines = foundingText.split("\n");
    const result = dropBoilerplate(foundingText);
    expect(result.dropped).toEqual([{ line: "Exit mobile version", reason: "site navigation", index: lines.length - 1 }]);
    expect(result.text).toBe(lines.slice(0, -1).join("\n"));
    expect(result.text.endsWith("fighting elsewhere.”\n")).toBe(true);
  });

  test("the dropped line can be put back, giving the report exactly as it was", () => {
    const result = dropBoilerplate(foundingText);
    expect(restoreLines(result, [result.dropped[0]!.index])).toEqual({ text: foundingText, dropped: [] });
  });
});

// An invented page, scraped with its furniture: every line here is made up for the test.
const scraped = [
  "Skip to content", // 0
  "Menu", // 1
  "Invented Harbour Gazette", // 2
  "", // 3
  "Officials in the invented port of Lorem said 300 workers had left.", // 4
  "Advertisement", // 5
  "The harbour master confirmed the figure on Tuesday.", // 6
  "Sign up for our daily newsletter", // 7
  "Share this article", // 8
  "Read more: Lorem port strike enters its second week", // 9
  "We use cookies to improve your experience. Accept all cookies", // 10
  "© 2024 Invented Harbour Gazette. All rights reserved.", // 11
  "Exit mobile version", // 12
].join("\n");

describe("site furniture", () => {
  test("is dropped line by line, each with its reason and original line number", () => {
    const result = dropBoilerplate(scraped);
    expect(result.dropped.map(({ index, reason }) => [index, reason])).toEqual([
      [0, "site navigation"],
      [1, "site navigation"],
      [5, "advertisement"],
      [7, "newsletter prompt"],
      [8, "sharing buttons"],
      [9, "link to another article"],
      [10, "cookie notice"],
      [11, "copyright line"],
      [12, "site navigation"],
    ]);
    expect(result.text).toBe(
      [
        "Invented Harbour Gazette",
        "",
        "Officials in the invented port of Lorem said 300 workers had left.",
        "The harbour master confirmed the figure on Tuesday.",
      ].join("\n"),
    );
  });

  test.each([
    "ADVERTISEMENT",
    "  Advertisement  ",
    "Subscribe",
    "Subscribe now!",
    "Sign up to our free weekly newsletter",
    "Get our newsletter in your inbox",
    "Share",
    "Share on Facebook",
    "Tweet",
    "Related stories",
    "Read more:",
    "This website uses cookies. See our cookie policy",
    "Copyright 2023 Invented Media Ltd",
    "Skip to main content",
    "Toggle navigation",
    "Back to top",
  ])("%s is furniture", (line) => {
    expect(dropBoilerplate(line).dropped).toHaveLength(1);
  });
});

describe("lines that could carry a claim are kept", () => {
  test.each([
    ["a reporting verb after a prompt word", "Subscribe to updates, the ministry said, as 12 ships left"],
    ["a figure in a 'Read more' link", "Read more: Invented ministry says 4,000 troops moved"],
    ["a quotation", "Share “the burden”, the envoy urged"],
    ["a sentence that starts like a share button", "Share prices in the invented port fell sharply"],
    ["a sentence that starts like a sign-up prompt", "Sign up centres opened across the invented province"],
    ["a sentence about copyright", "Copyright lawsuits against the invented outlet multiplied"],
    ["a sentence that mentions cookies", "The invented bakery uses cookies as payment, officials noted"],
    ["a navigation word inside a sentence", "The menu of options before the invented council was short"],
    ["an ordinary sentence", "Officials in the invented port of Lorem counted the ships."],
  ])("%s", (_label, line) => {
    expect(dropBoilerplate(line)).toEqual({ text: line, dropped: [] });
  });

  test("looksLikeClaim: figures count, a bare year does not", () => {
    expect(looksLikeClaim("© 2024 Invented Gazette")).toBe(false);
    expect(looksLikeClaim("Subscribe for 3 months")).toBe(true);
    expect(looksLikeClaim("Up to 1.5 million people")).toBe(true);
  });
});

describe("restoreLines", () => {
  test("puts back only the chosen lines, in their places, and keeps the rest dropped", () => {
    const result = dropBoilerplate(scraped);
    const restored = restoreLines(result, [5, 12]);
    expect(restored.text.split("\n")).toEqual([
      "Invented Harbour Gazette",
      "",
      "Officials in the invented port of Lorem said 300 workers had left.",
      "Advertisement",
      "The harbour master confirmed the figure on Tuesday.",
      "Exit mobile version",
    ]);
    expect(restored.dropped.map((entry) => entry.index)).toEqual([0, 1, 7, 8, 9, 10, 11]);
  });

  test("restoring step by step ends where restoring everything at once does: the original text", () => {
    const result = dropBoilerplate(scraped);
    const stepwise = [12, 0, 9, 5, 1, 11, 7, 10, 8].reduce((current, index) => restoreLines(current, [index]), result);
    expect(stepwise).toEqual({ text: scraped, dropped: [] });
    expect(
      restoreLines(
        result,
        result.dropped.map((entry) => entry.index),
      ),
    ).toEqual({ text: scraped, dropped: [] });
  });

  test("ignores indexes of lines that were not dropped", () => {
    const result = dropBoilerplate(scraped);
    expect(restoreLines(result, [4, 99])).toEqual(result);
  });

  test("works when every line was dropped, or all but an empty one", () => {
    expect(restoreLines(dropBoilerplate("Advertisement\nMenu"), [0, 1]).text).toBe("Advertisement\nMenu");
    expect(restoreLines(dropBoilerplate("\nAdvertisement"), [1]).text).toBe("\nAdvertisement");
    expect(restoreLines(dropBoilerplate("Menu\n\nAdvertisement"), [2]).text).toBe("\nAdvertisement");
  });
});
