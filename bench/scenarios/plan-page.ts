// The customer plan page (/portal) as a champion sees it: Lighthouse performance (mobile preset, simulated
// throttling; Debian's Chromium driven through chrome-launcher) and the first-load JavaScript of the
// route: every script the page's HTML loads, sized gzip from the build output (.next/static).
import { launch } from "chrome-launcher";
import lighthouse from "lighthouse";
import { firstLoadJs } from "../lib/first-load-js";
import { percentile } from "../lib/stats";
import { ms, type BenchContext, type Scenario } from "./scenario";

export const planPagePath = "/portal";
const chromePath = process.env.CHROME_PATH ?? "/usr/bin/chromium";
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

async function runLighthouse(url: string, cookie: string, runs: number) {
  const chrome = await launch({
    chromePath,
    chromeFlags: [
      "--headless=new",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-dev-shm-usage",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
  try {
    const results: { score: number; lcp: number; tbt: number; fcp: number }[] = [];
    for (let run = 0; run < runs; run++) {
      const result = await lighthouse(url, {
        port: chrome.port,
        output: "json",
        logLevel: "error",
        onlyCategories: ["performance"],
        extraHeaders: { Cookie: cookie },
      });
      const lhr = result?.lhr;
      if (!lhr) throw new Error("Lighthouse returned no report");
      if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.message}`);
      results.push({
        score: Math.round((lhr.categories.performance?.score ?? 0) * 100),
        lcp: lhr.audits["largest-contentful-paint"]?.numericValue ?? Number.NaN,
        tbt: lhr.audits["total-blocking-time"]?.numericValue ?? Number.NaN,
        fcp: lhr.audits["first-contentful-paint"]?.numericValue ?? Number.NaN,
      });
    }
    const median = (pick: (entry: (typeof results)[number]) => number) => percentile(results.map(pick), 50);
    return {
      score: median((entry) => entry.score),
      lcp: median((entry) => entry.lcp),
      tbt: median((entry) => entry.tbt),
      fcp: median((entry) => entry.fcp),
      runs,
    };
  } finally {
    chrome.kill();
  }
}

async function championCookie(context: BenchContext): Promise<string> {
  const account = await context.pool.query<{ id: string }>(
    `SELECT id FROM "CustomerAccount" WHERE "organizationId" = $1 AND status = 'ONBOARDING' ORDER BY "progressPercent" DESC, id LIMIT 1 OFFSET 100`,
    [context.organizationId],
  );
  const accountId = account.rows[0]?.id;
  if (!accountId) throw new Error("No onboarding account to open the plan page as");
  const cookies = await context.customerCookies([accountId]);
  return cookies.get(accountId)!;
}

export const planPageScenario: Scenario = {
  id: "plan-page",
  title: "Customer plan page (/portal)",
  async run(context) {
    const cookie = await championCookie(context);
    const url = `${context.baseUrl}${planPagePath}`;
    const response = await fetch(url, { headers: { cookie }, redirect: "manual" });
    if (response.status !== 200) throw new Error(`${planPagePath} answered ${response.status} for a signed-in champion`);
    const js = firstLoadJs(await response.text());
    const lighthouseResult = await runLighthouse(url, cookie, context.quick ? 1 : 3);
    return {
      status: "measured",
      measurements: [
        {
          metric: "Lighthouse performance",
          app: String(lighthouseResult.score),
          reference: "—",
          target: "≥ 95",
          met: lighthouseResult.score >= 95,
        },
        {
          metric: "LCP / TBT (median)",
          app: `${ms(lighthouseResult.lcp)} / ${ms(lighthouseResult.tbt)}`,
          reference: "—",
          target: "",
          met: null,
        },
        {
          metric: "first-load JS (gzip)",
          app: `${kb(js.total)} in ${js.files} files`,
          reference: "—",
          target: "≤ 150 KB",
          met: js.total <= 150 * 1024,
        },
      ],
      notes: [
        `First-load JS: ${js.breakdown}.`,
        `Lighthouse ${lighthouseResult.runs} run(s), mobile preset with simulated throttling, median score; Chromium at ${chromePath}.`,
      ],
    };
  },
};
