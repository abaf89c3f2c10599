// Before sanitizing, every "<" in the HTML marked produced must start a complete, harmless tag; anything
// else is turned into the text "&lt;". This stops markup that would make the sanitizer's parser swallow
// the rest of a tutorial: an unclosed `<iframe src=…` or `<a href="…` (the rest reads as attributes), an
// iframe without its closing tag (dropped with everything after it), and elements whose content is not
// markup (`<style>`, `<math><style>`, `<textarea>`, `<svg>`…). A broken tag shows as plain text; the
// tags of opaque elements are dropped (their content then reads as ordinary text, as for any tag the
// sanitizer does not allow).
const completeTag = /<\/?([a-zA-Z][a-zA-Z0-9-]*)(?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*\s*\/?>/y;
const comment = /<!--[\s\S]*?-->/y;
// Elements whose content the HTML parser does not read as ordinary markup, or that switch it into another
// namespace: never allowed in a tutorial, so never given to the parser as tags.
const opaqueElements = new Set([
  "style",
  "script",
  "textarea",
  "title",
  "xmp",
  "noembed",
  "noframes",
  "noscript",
  "plaintext",
  "template",
  "math",
  "svg",
  "select",
  "option",
  "listing",
]);

export function neutralizeMarkup(html: string): string {
  let out = "";
  let index = 0;
  while (index < html.length) {
    const next = html.indexOf("<", index);
    if (next === -1) {
      out += html.slice(index);
      break;
    }
    out += html.slice(index, next);
    comment.lastIndex = next;
    const commentMatch = comment.exec(html);
    if (commentMatch) {
      index = next + commentMatch[0].length;
      continue; // comments are dropped
    }
    completeTag.lastIndex = next;
    const tag = completeTag.exec(html);
    const name = tag?.[1]?.toLowerCase();
    const iframeUnclosed = name === "iframe" && !tag![0].startsWith("</") && !html.startsWith("</iframe>", next + tag![0].length);
    if (tag && name && opaqueElements.has(name)) {
      index = next + tag[0].length;
      continue;
    }
    if (!tag || !name || iframeUnclosed) {
      out += "&lt;";
      index = next + 1;
      continue;
    }
    out += tag[0];
    index = next + tag[0].length;
  }
  return out;
}

// Markdown's own rule: a line starting with <script, <pre, <style or <textarea opens a raw HTML block
// that runs to its closing tag, i.e. to the end of the tutorial when it has none, so no Markdown after it
// would render. Outside code fences such a line starts with the text "<" instead.
export function escapeRawTextBlocks(markdown: string): string {
  let fence: string | null = null;
  return markdown
    .split("\n")
    .map((line) => {
      const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
      if (marker && (fence === null || marker.startsWith(fence))) {
        fence = fence === null ? marker.slice(0, 3) : null;
        return line;
      }
      if (fence !== null) return line;
      return line.replace(/^( {0,3})<(?=(script|pre|style|textarea)(\s|>|$))/i, "$1&lt;");
    })
    .join("\n");
}
