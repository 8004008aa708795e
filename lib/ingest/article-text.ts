// An article's HTML as the plain text a report keeps: one paragraph per block, paragraphs
// separated by a blank line, a <br> as a line break, and no markup at all.

// Elements that start and end a paragraph of their own.
const blockElements = new Set([
  "address",
  "article",
  "aside",
  "blockquote",
  "dd",
  "details",
  "div",
  "dl",
  "dt",
  "figcaption",
  "figure",
  "footer",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hr",
  "li",
  "main",
  "ol",
  "p",
  "pre",
  "section",
  "summary",
  "table",
  "tr",
  "ul",
]);

// Never text a reader sees.
const hiddenElements = new Set(["script", "style", "noscript", "template", "svg", "iframe", "object", "button", "select", "textarea"]);

// Cells of one table row stay on one line, apart.
const cellElements = new Set(["td", "th"]);

class ParagraphWriter {
  readonly paragraphs: string[] = [];
  private current = "";

  text(content: string): void {
    this.current += content;
  }

  lineBreak(): void {
    this.current += "\n";
  }

  endParagraph(): void {
    const paragraph = this.current
      .split("\n")
      .map((line) => line.replace(/\s+/g, " ").trim())
      .filter(Boolean)
      .join("\n");
    if (paragraph) this.paragraphs.push(paragraph);
    this.current = "";
  }
}

function write(node: Node, writer: ParagraphWriter): void {
  if (node.nodeType === 3) return writer.text(node.textContent ?? "");
  if (node.nodeType !== 1) return;
  const tag = (node as Element).tagName.toLowerCase();
  if (hiddenElements.has(tag)) return;
  if (tag === "br") return writer.lineBreak();
  if (tag === "pre") return writePreformatted(node as Element, writer);
  const block = blockElements.has(tag);
  if (block) writer.endParagraph();
  if (cellElements.has(tag)) writer.text(" ");
  for (const child of node.childNodes) write(child, writer);
  if (cellElements.has(tag)) writer.text(" ");
  if (block) writer.endParagraph();
}

/** Preformatted text keeps its line breaks; each line's spacing is still tidied. */
function writePreformatted(element: Element, writer: ParagraphWriter): void {
  writer.endParagraph();
  for (const line of (element.textContent ?? "").split("\n")) {
    writer.text(line);
    writer.lineBreak();
  }
  writer.endParagraph();
}

/** The visible text under `root`, paragraphs separated by blank lines. */
export function paragraphText(root: Node): string {
  const writer = new ParagraphWriter();
  write(root, writer);
  writer.endParagraph();
  return writer.paragraphs.join("\n\n");
}
