// html-to-text ships no types (@react-email/render imports them from @types/html-to-text, which is not
// installed): the part server/email/render-email.ts uses.
declare module "html-to-text" {
  export type SelectorDefinition = { selector: string; format?: string; options?: Record<string, unknown> };
  export type HtmlToTextOptions = {
    wordwrap?: number | false | null;
    selectors?: SelectorDefinition[];
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- formatters receive html-to-text's internal builder
    formatters?: Record<string, (element: any, walk: any, builder: any, options: any) => void>;
  };
  export function compile(options?: HtmlToTextOptions): (html: string) => string;
  export function convert(html: string, options?: HtmlToTextOptions): string;
}
