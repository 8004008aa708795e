import { describe, expect, test } from "vitest";
import { AppError } from "../errors";
import { extractArticle } from "./extract-article";
import { toIsoDay } from "./page-metadata";

// Invented pages: outlets, people and figures here are made up for the tests.
const filler = "The invented council met again in the afternoon to review the harbour figures. ";

function page({ head = "", lang = "en", body }: { head?: string; lang?: string; body: string }): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
}

const newsArticle = page({
  lang: "en-GB",
  head: `<title>Lorem port strike | Invented Gazette</title>
    <meta property="og:title" content="Lorem port strike: 300 workers walk out">
    <meta property="og:site_name" content="Invented Gazette">
    <meta property="article:published_time" content="2024-10-18T23:30:00-05:00">
    <meta name="author" content="By Jane Placeholder">`,
  body: `<nav><a href="/">Home</a> <a href="/world">World</a></nav>
    <article>
      <h1>Lorem port strike: 300 workers walk out</h1>
      <p>Officials in the invented port of Lorem said <b>300 workers</b> had left their posts on Friday.</p>
      <p>The harbour master confirmed the figure.<br>He added that ships were waiting.</p>
      <blockquote>“We will not return,” a union spokesperson said.</blockquote>
      <ul><li>First demand: pay</li><li>Second demand: hours</li></ul>
      <p>${filler.repeat(6)}</p>
      <script>window.tracking = "<p>not text</p>";</script>
    </article>
    <footer>© 2024 Invented Gazette</footer>`,
});

describe("extractArticle on a news page", () => {
  const article = extractArticle(newsArticle);

  test("takes the main text as plain paragraphs separated by blank lines", () => {
    const paragraphs = article.text.split("\n\n");
    expect(paragraphs).toContain("Officials in the invented port of Lorem said 300 workers had left their posts on Friday.");
    expect(paragraphs).toContain("The harbour master confirmed the figure.\nHe added that ships were waiting.");
    expect(paragraphs).toContain("“We will not return,” a union spokesperson said.");
    expect(paragraphs).toEqual(expect.arrayContaining(["First demand: pay", "Second demand: hours"]));
  });

  test("leaves out markup, scripts, navigation and the footer", () => {
    expect(article.text).not.toMatch(/[<>]/);
    expect(article.text).not.toContain("tracking");
    expect(article.text).not.toContain("Home");
    expect(article.text).not.toContain("© 2024");
  });

  test("fills the title, date, outlet, author and language from the page", () => {
    expect(article).toMatchObject({
      title: "Lorem port strike: 300 workers walk out",
      publishedAt: "2024-10-18",
      outlet: "Invented Gazette",
      author: "Jane Placeholder",
      language: "en-GB",
    });
  });
});

describe("extractArticle's metadata sources", () => {
  const body = `<article><p>The invented ministry said 40 boats were seen.</p><p>${filler.repeat(6)}</p></article>`;

  test("JSON-LD: datePublished, publisher and author, inside an @graph", () => {
    const jsonLd = {
      "@context": "https://schema.org",
      "@graph": [
        { "@type": "WebSite", name: "Not the outlet" },
        {
          "@type": "NewsArticle",
          datePublished: "2023-03-09T08:00:00Z",
          publisher: { "@type": "Organization", name: "Invented Wire" },
          author: [{ name: "A. Placeholder" }, { name: "B. Example" }],
        },
      ],
    };
    const article = extractArticle(page({ head: `<title>Boats</title><script type="application/ld+json">${JSON.stringify(jsonLd)}</script>`, body }));
    expect(article).toMatchObject({ publishedAt: "2023-03-09", outlet: "Invented Wire", author: "A. Placeholder, B. Example" });
  });

  test("a broken JSON-LD block is skipped; <time datetime> gives the date", () => {
    const article = extractArticle(
      page({ head: `<title>Boats</title><script type="application/ld+json">{ not json</script>`, body: `<time datetime="2022-12-01">1 Dec</time>${body}` }),
    );
    expect(article).toMatchObject({ title: "Boats", publishedAt: "2022-12-01", outlet: null, author: null });
  });

  test("og:published_time, and an article:author that is a profile URL is not a byline", () => {
    const head = `<meta property="og:published_time" content="2021-07-04"><meta property="article:author" content="https://social.example/jane">`;
    expect(extractArticle(page({ head, body }))).toMatchObject({ publishedAt: "2021-07-04", author: null });
  });

  test("no <html lang> gives og:locale, or no language at all", () => {
    const withLocale = page({ head: `<meta property="og:locale" content="fr_FR">`, body }).replace(' lang="en"', "");
    expect(extractArticle(withLocale).language).toBe("fr-FR");
    expect(extractArticle(page({ body }).replace(' lang="en"', "")).language).toBeNull();
    expect(extractArticle(page({ lang: "not a language!", body })).language).toBeNull();
  });

  test("a page with neither <title> nor og:title is titled by its first line", () => {
    const article = extractArticle(`<html><body><div>${body}</div></body></html>`);
    expect(article.title).toBe("The invented ministry said 40 boats were seen.");
  });

  test("a short page without an <article> still gives its text", () => {
    const article = extractArticle(page({ head: "<title>Note</title>", body: "<div><p>The invented mayor said 12 roads were closed.</p></div>" }));
    expect(article.text).toBe("The invented mayor said 12 roads were closed.");
  });

  test("a page with no text at all is refused, naming the problem", () => {
    const error = (() => {
      try {
        extractArticle(page({ head: "<title>Empty</title>", body: "<nav>Home</nav><script>1</script>" }));
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).message).toBe("No article text was found on the page; paste its text instead");
  });
});

describe("toIsoDay", () => {
  test.each([
    ["2024-10-18", "2024-10-18"],
    ["2024-10-18T23:30:00-05:00", "2024-10-18"],
    ["18 October 2024", "2024-10-18"],
    ["Friday, October 18, 2024 10:00 GMT", "2024-10-18"],
    ["2024-02-30", null],
    ["October 2024", null],
    ["last Friday", null],
    ["", null],
    [null, null],
  ])("%s → %s", (input, expected) => {
    expect(toIsoDay(input)).toBe(expected);
  });
});
