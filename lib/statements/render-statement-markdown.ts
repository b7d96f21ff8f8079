import { marked } from "marked";
import sanitizeHtml from "sanitize-html";

/**
 * Statement bodies are markdown written by staff. Rendered to HTML, then sanitised
 * to an allow-list, so a pasted script, style, iframe or event handler never reaches
 * a reader (and the CSP stays a second line, not the only one).
 */
export function renderStatementMarkdown(markdown: string): string {
  const html = marked.parse(markdown, { async: false, gfm: true, breaks: false });
  return sanitizeHtml(html, {
    allowedTags: [
      "p",
      "br",
      "h2",
      "h3",
      "h4",
      "blockquote",
      "ul",
      "ol",
      "li",
      "strong",
      "em",
      "a",
      "code",
      "pre",
      "hr",
      "table",
      "thead",
      "tbody",
      "tr",
      "th",
      "td",
    ],
    allowedAttributes: { a: ["href", "title", "rel"] },
    allowedSchemes: ["http", "https", "mailto"],
    transformTags: {
      // Headings inside a body sit below the page's h1.
      h1: "h2",
      a: sanitizeHtml.simpleTransform("a", { rel: "noopener noreferrer" }),
    },
  });
}
