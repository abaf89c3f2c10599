// Renders tutorial Markdown to sanitized HTML. Pure and isomorphic: the customer's tutorial reader (on
// the server) and the admin's live preview (in the browser) use this one function, so the preview looks
// exactly like what customers see. Scripts, event handlers and javascript: URLs never survive; classes
// only from a known safe set (no app classes such as `fixed` to lay content over the page); images only
// from the app's own storage (/uploads/…) or the hosts an admin allowed (no tracking pixels).
import { Marked } from "marked";
import sanitizeHtml from "sanitize-html";
import { escapeRawTextBlocks, neutralizeMarkup } from "./neutralize-markup";
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

// An image is kept only from our own storage or an allowed host, over https.
function isAllowedImageSource(src: string, imageHosts: readonly string[]): boolean {
  if (/^\/uploads\/[\w./-]+$/.test(src) && !src.includes("..")) return true;
  try {
    const url = new URL(src);
    return url.protocol === "https:" && imageHosts.includes(url.hostname.toLowerCase());
  } catch {
    return false;
  }
}

const baseOptions: sanitizeHtml.IOptions = {
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
    input: ["type", "checked", "disabled"],
    th: ["align"],
    td: ["align"],
  },
  allowedClasses: { div: ["video-embed"], code: ["language-*"], pre: ["language-*"] },
  allowedSchemes: ["https", "http", "mailto"],
  allowedSchemesByTag: { img: ["https"] },
  allowProtocolRelative: false,

  transformTags: {
    a: (tagName, attribs) => ({ tagName, attribs: { ...attribs, rel: "noopener noreferrer nofollow" } }),
    input: (tagName, attribs) => ({
      tagName,
      attribs: { type: "checkbox", disabled: "", ...(attribs.checked !== undefined ? { checked: "" } : {}) },
    }),
  },
};

type RenderOptions = { imageHosts?: readonly string[] };

export function renderMarkdown(markdown: string, options: RenderOptions = {}): string {
  const imageHosts = options.imageHosts ?? [];
  const html = neutralizeMarkup(marked.parse(embedVideos(escapeRawTextBlocks(markdown))) as string);
  return sanitizeHtml(html, {
    ...baseOptions,
    // Only our own embed URLs may be framed (any other iframe is dropped whole), and only allowed images shown.
    exclusiveFilter: (frame) =>
      (frame.tag === "iframe" && !videoEmbedUrl(frame.attribs.src ?? "", { alreadyEmbed: true })) ||
      (frame.tag === "img" && !isAllowedImageSource(frame.attribs.src ?? "", imageHosts)),
  });
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
