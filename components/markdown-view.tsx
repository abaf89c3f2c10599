import { renderMarkdown } from "@/lib/markdown/render-markdown";

// Shows tutorial Markdown exactly as customers see it (the HTML is sanitized by renderMarkdown).
export function MarkdownView({ markdown, className = "" }: { markdown: string; className?: string }) {
  return <div className={`markdown-body ${className}`} dangerouslySetInnerHTML={{ __html: renderMarkdown(markdown) }} />;
}
