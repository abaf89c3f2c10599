import { renderMarkdown } from "@/lib/markdown/render-markdown";

// Shows tutorial Markdown exactly as customers see it (the HTML is sanitized by renderMarkdown).
// `imageHosts`: the organization's allowed image hosts (images from our own /uploads/ always show).
export function MarkdownView({
  markdown,
  imageHosts = [],
  className = "",
}: {
  markdown: string;
  imageHosts?: readonly string[];
  className?: string;
}) {
  return (
    <div
      className={`markdown-body ${className}`}
      dangerouslySetInnerHTML={{ __html: renderMarkdown(markdown, { imageHosts }) }}
    />
  );
}
