// HTML and plain text of an email from one React render. `render()` from @react-email/render is the
// reference: the output here is the same, byte for byte (render-email.test.ts compares them), but it is
// about six times cheaper, which matters when the worker sends thousands of check-ins:
// - render() is called twice (HTML, then text) and renders the tree each time; here it is rendered once
//   and the text is converted from that HTML, as render({ plainText: true }) does internally;
// - on Node, render() reads React's output through web streams (renderToReadableStream); here it uses
//   renderToPipeableStream, the path render() itself takes where web streams are missing (same markup);
// - render() builds html-to-text's converter on every call; here it is compiled once, with the same
//   options (`plainTextSelectors`, no word wrap) except for links, below.
// The plain text differs from render()'s in one way, on purpose: every link's address stands on its own line
// after its label. render() writes "label url" inline, so buttons side by side ran together
// ("…mVgSome concerns http://…") and a mail client linkified the glued text into a broken address.
import { createElement, Suspense, type ReactElement } from "react";
import { Writable } from "node:stream";
import { compile } from "html-to-text";
import { plainTextSelectors, render } from "@react-email/render";

export type RenderedEmail = { html: string; text: string };

const doctype =
  '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">';

// html-to-text's formatter interface, the part used here.
type TextBuilder = {
  openBlock(options: { leadingLineBreaks: number }): void;
  closeBlock(options: { trailingLineBreaks: number }): void;
  addInline(text: string, options?: { noWordTransform?: boolean }): void;
  addLineBreak(): void;
};
type Element = { attribs?: Record<string, string>; children?: unknown[] };
type TextNode = { data?: string; children?: TextNode[] };

const textOf = (nodes: TextNode[] = []): string => nodes.map((node) => node.data ?? textOf(node.children)).join("");

// A link as its own block: the label on one line, the address alone on the next (none for mailto or when
// the label is the address already).
function linkOnItsOwnLine(
  element: Element,
  walk: (nodes: unknown[] | undefined, builder: TextBuilder) => void,
  builder: TextBuilder,
) {
  const href = element.attribs?.href ?? "";
  builder.openBlock({ leadingLineBreaks: 1 });
  walk(element.children, builder);
  if (href && !href.startsWith("mailto:") && !textOf(element.children as TextNode[]).includes(href)) {
    builder.addLineBreak();
    builder.addInline(href, { noWordTransform: true });
  }
  builder.closeBlock({ trailingLineBreaks: 1 });
}

let toText: ((html: string) => string) | undefined;
function plainText(html: string): string {
  toText ??= compile({
    wordwrap: false,
    selectors: [...plainTextSelectors, { selector: "a", format: "linkOnItsOwnLine" }],
    formatters: { linkOnItsOwnLine },
  });
  return toText(html);
}

type PipeableRenderer = typeof import("react-dom/server").renderToPipeableStream;
// Imported lazily (like render() does): Next.js must not see react-dom/server in its server-component graph.
let pipeable: Promise<PipeableRenderer | undefined> | undefined;
function pipeableRenderer(): Promise<PipeableRenderer | undefined> {
  pipeable ??= import("react-dom/server").then((module) => {
    const server = ("default" in module ? module.default : module) as typeof import("react-dom/server");
    return typeof server.renderToPipeableStream === "function" ? server.renderToPipeableStream : undefined;
  });
  return pipeable;
}

function renderMarkup(renderer: PipeableRenderer, node: ReactElement): Promise<string> {
  return new Promise((resolve, reject) => {
    // Chunks may split a multi-byte character: decode them as one stream.
    const decoder = new TextDecoder("utf-8");
    let markup = "";
    const stream = renderer(createElement(Suspense, null, node), {
      progressiveChunkSize: Number.POSITIVE_INFINITY,
      onError: reject,
      onAllReady() {
        const sink = new Writable({
          write(chunk: Buffer, _encoding, callback) {
            markup += decoder.decode(chunk, { stream: true });
            callback();
          },
          final(callback) {
            markup += decoder.decode();
            callback();
            resolve(markup.replaceAll("\0", ""));
          },
        });
        sink.on("error", reject);
        stream.pipe(sink);
      },
    });
  });
}

// React adds `<link rel="preload" as="image">` hints for images; mail clients have no use for them.
// Same rule as render(): a <link> whose attributes are exactly rel=preload and as=image goes.
const attributePattern = /([a-z][a-z0-9-]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/gi;
function isImagePreloadLink(tag: string): boolean {
  const attributes: Record<string, string> = {};
  for (const [, name, doubleQuoted, singleQuoted, unquoted] of tag.replace(/^<[a-z][a-z0-9-]*/i, "").matchAll(attributePattern)) {
    attributes[name!.toLowerCase()] = doubleQuoted ?? singleQuoted ?? unquoted ?? "";
  }
  return attributes.rel === "preload" && attributes.as === "image";
}
function stripImagePreloadLinks(html: string): string {
  return html.replace(/<link\b[^>]*\/?>/gi, (tag) => (isImagePreloadLink(tag) ? "" : tag));
}

export async function renderEmail(node: ReactElement): Promise<RenderedEmail> {
  const renderer = await pipeableRenderer();
  if (!renderer) {
    // A runtime without Node streams: the library's own path.
    const html = await render(node);
    return { html, text: plainText(html) };
  }
  const markup = stripImagePreloadLinks(await renderMarkup(renderer, node));
  const html = `${doctype}${markup.replace(/<!DOCTYPE.*?>/, "")}`;
  return { html, text: plainText(markup) };
}
