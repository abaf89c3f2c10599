// html-to-text ships no types (@react-email/render imports them from @types/html-to-text, which is not
// installed): the part server/email/render-email.ts uses.
declare module "html-to-text" {
  export type SelectorDefinition = { selector: string; format?: string; options?: Record<string, unknown> };
  export type HtmlToTextOptions = { wordwrap?: number | false | null; selectors?: SelectorDefinition[] };
  export function compile(options?: HtmlToTextOptions): (html: string) => string;
  export function convert(html: string, options?: HtmlToTextOptions): string;
}
