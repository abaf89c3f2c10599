// A terminal progress bar (percent, rate, ETA) for long bench steps. On a TTY it redraws one line; when
// output is piped (CI logs) it prints a line every 10% so logs stay readable.
export type ProgressBar = { tick(units: number, label?: string): void; done(): void };

function formatSeconds(seconds: number): string {
  if (!Number.isFinite(seconds)) return "--";
  if (seconds < 60) return `${Math.ceil(seconds)}s`;
  return `${Math.floor(seconds / 60)}m${String(Math.ceil(seconds % 60)).padStart(2, "0")}s`;
}

export function createProgressBar(title: string, total: number, unit = "rows"): ProgressBar {
  const started = Date.now();
  const tty = process.stderr.isTTY === true;
  let current = 0;
  let lastDecile = -1;
  let lastDraw = 0;
  let label = "";

  const line = () => {
    const fraction = total === 0 ? 1 : Math.min(1, current / total);
    const elapsed = (Date.now() - started) / 1000;
    const rate = elapsed > 0 ? current / elapsed : 0;
    const eta = rate > 0 ? (total - current) / rate : Number.POSITIVE_INFINITY;
    const width = 28;
    const filled = Math.round(fraction * width);
    const bar = `${"█".repeat(filled)}${"░".repeat(width - filled)}`;
    return `${title} ${bar} ${(fraction * 100).toFixed(0).padStart(3)}% ${current.toLocaleString("en-US")}/${total.toLocaleString("en-US")} ${unit} · ${Math.round(rate).toLocaleString("en-US")} ${unit}/s · ETA ${formatSeconds(eta)}${label ? ` · ${label}` : ""}`;
  };

  return {
    tick(units, nextLabel) {
      current += units;
      if (nextLabel !== undefined) label = nextLabel;
      if (tty) {
        if (Date.now() - lastDraw > 100 || current >= total) {
          process.stderr.write(`\r\x1b[2K${line()}`);
          lastDraw = Date.now();
        }
        return;
      }
      const decile = Math.floor((current / Math.max(1, total)) * 10);
      if (decile !== lastDecile) {
        lastDecile = decile;
        process.stderr.write(`${line()}\n`);
      }
    },
    done() {
      current = Math.max(current, total);
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      process.stderr.write(`${tty ? "\r\x1b[2K" : ""}${line().replace(/ · ETA .*$/, "")} · done in ${seconds}s\n`);
    },
  };
}
