import { describe, expect, it } from "vitest";
import { estimateReadingMinutes, renderMarkdown } from "./render-markdown";

describe("renderMarkdown", () => {
  it("renders headings, lists, code and images", () => {
    const html = renderMarkdown("# Title\n\n- one\n- two\n\n```sql\nSELECT 1;\n```\n\n![chart](https://example.com/a.png)", {
      imageHosts: ["example.com"],
    });
    expect(html).toContain("<h1>Title</h1>");
    expect(html).toContain("<li>one</li>");
    expect(html).toContain('<code class="language-sql">SELECT 1;');
    expect(html).toContain('<img src="https://example.com/a.png" alt="chart"');
  });

  it("embeds YouTube, Vimeo and Loom links that stand on their own line", () => {
    const html = renderMarkdown(
      "https://www.youtube.com/watch?v=dQw4w9WgXcQ\n\nhttps://vimeo.com/76979871\n\nhttps://www.loom.com/share/0123456789abcdef0123456789abcdef",
    );
    expect(html).toContain('src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"');
    expect(html).toContain('src="https://player.vimeo.com/video/76979871"');
    expect(html).toContain('src="https://www.loom.com/embed/0123456789abcdef0123456789abcdef"');
  });

  it("removes scripts, event handlers, javascript: links and foreign iframes", () => {
    const html = renderMarkdown(
      [
        "<script>alert(1)</script>",
        '<img src="x" onerror="alert(1)">',
        "[click](javascript:alert(1))",
        '<svg onload="alert(1)"></svg>',
        '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
        '<iframe src="https://evil.example.com"></iframe>',
        '<a href="JaVaScRiPt:alert(1)">x</a>',
      ].join("\n\n"),
    );
    expect(html).not.toMatch(/<script|onerror|onload|javascript:|srcdoc|evil\.example|<svg/i);
  });

  it("keeps only known safe classes", () => {
    const html = renderMarkdown(
      '<div class="fixed inset-0 z-50 video-embed">over the page</div>\n\n<p class="fixed">x</p>\n\n```js\nx\n```',
    );
    expect(html).toContain('<div class="video-embed">over the page</div>');
    expect(html).not.toMatch(/fixed|inset-0|z-50/);
    expect(html).toContain('class="language-js"');
  });

  it("never lets unclosed or opaque markup swallow the rest of a tutorial", () => {
    for (const opener of [
      '<iframe src="https://www.youtube-nocookie.com/embed/abcdef"',
      "<iframe",
      "<math><style>",
      "<style>",
      '<a href="x',
      "<textarea>",
      "<svg><style>",
    ]) {
      const html = renderMarkdown(`Before\n\n${opener}\n\nAfter the trap\n\n## Still here`);
      expect(html, opener).toContain("After the trap");
      expect(html, opener).toContain("<h2>Still here</h2>");
      expect(html, opener).not.toMatch(/<style|<math|<svg|<textarea/);
    }
  });

  it("shows images only from our own storage or an allowed host", () => {
    const markdown = [
      "![ours](/uploads/org/a.png)",
      "![pixel](https://tracker.example.net/p.gif)",
      "![allowed](https://images.example.com/b.png)",
      "![plain](http://images.example.com/c.png)",
      "![data](data:image/png;base64,AAAA)",
      "![escape](/uploads/../secret.png)",
    ].join("\n\n");
    const html = renderMarkdown(markdown, { imageHosts: ["images.example.com"] });
    expect(html).toContain('src="/uploads/org/a.png"');
    expect(html).toContain('src="https://images.example.com/b.png"');
    expect(html).not.toMatch(/tracker\.example\.net|http:\/\/images|data:image|secret/);
    expect(renderMarkdown("![allowed](https://images.example.com/b.png)")).not.toContain("<img");
  });

  it("marks links as external-safe", () => {
    expect(renderMarkdown("[docs](https://example.com)")).toContain('rel="noopener noreferrer nofollow"');
  });
});

describe("estimateReadingMinutes", () => {
  it("counts about 200 words a minute and never says zero", () => {
    expect(estimateReadingMinutes("word ".repeat(600))).toBe(3);
    expect(estimateReadingMinutes("short")).toBe(1);
  });
});
