// Renders tutorial Markdown to sanitized HTML. Pure and isomorphic: the customer's tutorial reader (on
// the server) and the admin's live preview (in the browser) use this one function, so the preview looks
// exactly like what customers see. Scripts, event handlers and javascript: URLs never survive.
import { Marked } from "marked";
import sanitizeHtml from "sanitize-html";
import { videoEmbedUrl } from "./video-embeds";

const marked = new Marked({ gfm: true, breaks: false, async: false });

// A video URL alone on its own line becomes an embedded player (YouTube, Vimeo, Loom).
function embedVideos(markdown: string): string {
  return markdown.replace(/^[ \t]*(https:\/\/\S+)[ \t]*$/gm, (line, url: string) => {
    const embed = videoEmbedUrl(url);
    if (!embed) return line;
    return `\n<div class="video-embed"><iframe src="${embed}" title="Embedded video" allow="fullscreen; picture-in-picture" allowfullscreen loading="lazy"></iframe></div>\n`;
  });
}

const sanitizeOptions: sanitizeHtml.IOptions = {
  allowedTags: [
    ...sanitizeHtml.defaults.allowedTags.filter((tag) => tag !== "iframe"),
    "img",
    "h1",
    "h2",
    "del",
    "iframe",
    "input",
  ],
  allowedAttributes: {
    a: ["href", "title", "rel", "target"],
    img: ["src", "alt", "title", "width", "height", "loading"],
    iframe: ["src", "title", "allow", "allowfullscreen", "loading"],
    div: ["class"],
    code: ["class"],
    input: ["type", "checked", "disabled"],
    th: ["align"],
    td: ["align"],
  },
  allowedSchemes: ["https", "http", "mailto"],
  allowedSchemesByTag: { img: ["https", "http", "data"] },
  allowProtocolRelative: false,
  // Only our own embed URLs may be framed; any other iframe is dropped whole.
  exclusiveFilter: (frame) => frame.tag === "iframe" && !videoEmbedUrl(frame.attribs.src ?? "", { alreadyEmbed: true }),
  transformTags: {
    a: (tagName, attribs) => ({ tagName, attribs: { ...attribs, rel: "noopener noreferrer nofollow" } }),
    input: (tagName, attribs) => ({
      tagName,
      attribs: { type: "checkbox", disabled: "", ...(attribs.checked !== undefined ? { checked: "" } : {}) },
    }),
  },
};

export function renderMarkdown(markdown: string): string {
  const html = marked.parse(embedVideos(markdown)) as string;
  return sanitizeHtml(html, sanitizeOptions);
}

// About 200 words a minute, plus a minute per embedded video; never less than one minute.
export function estimateReadingMinutes(markdown: string): number {
  const words = markdown
    .replace(/```[\s\S]*?```/g, " code ")
    .split(/\s+/)
    .filter(Boolean).length;
  const videos = markdown.split("\n").filter((line) => videoEmbedUrl(line.trim())).length;
  return Math.max(1, Math.round(words / 200) + videos);
}
