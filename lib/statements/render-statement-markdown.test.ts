import { describe, expect, it } from "vitest";
import { renderStatementMarkdown } from "./render-statement-markdown";

describe("renderStatementMarkdown", () => {
  it("renders markdown headings, emphasis and links", () => {
    const html = renderStatementMarkdown("## Heading\n\nSome *text* and [a link](https://example.org).");
    expect(html).toContain("<h2>Heading</h2>");
    expect(html).toContain("<em>text</em>");
    expect(html).toContain('<a href="https://example.org" rel="noopener noreferrer">a link</a>');
  });

  it("removes scripts, event handlers, javascript: links and raw iframes", () => {
    const html = renderStatementMarkdown(
      'Hi <script>alert(1)</script><img src=x onerror="alert(2)"> <iframe src="https://evil.example"></iframe> [x](javascript:alert(3))',
    );
    expect(html).not.toMatch(/script|onerror|iframe|javascript:|<img/i);
  });

  it("turns a level-one heading into a level-two one below the page title", () => {
    expect(renderStatementMarkdown("# Title").trim()).toBe("<h2>Title</h2>");
  });
});
