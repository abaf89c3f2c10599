// Horizontal bars with their numbers beside them: the share of a whole for each labelled row.
export type Bar = { label: string; value: number; total: number; note?: string };

export function BarChart({ bars, title }: { bars: Bar[]; title: string }) {
  return (
    <figure>
      <figcaption className="sr-only">{title}</figcaption>
      <ul className="space-y-2">
        {bars.map((bar, index) => {
          const share = bar.total === 0 ? 0 : Math.round((100 * bar.value) / bar.total);
          return (
            <li
              key={`${bar.label}-${index}`}
              className="grid grid-cols-[minmax(8rem,16rem)_1fr_minmax(10rem,16rem)] items-center gap-3 text-sm"
            >
              <span className="truncate" title={bar.label}>
                {bar.label}
              </span>
              <span className="h-4 overflow-hidden rounded bg-zinc-100" aria-hidden="true">
                <span className="block h-full rounded bg-indigo-500" style={{ width: `${share}%` }} />
              </span>
              <span className="whitespace-nowrap text-zinc-700">
                {bar.value}/{bar.total} ({share}%){bar.note ? ` · ${bar.note}` : ""}
              </span>
            </li>
          );
        })}
      </ul>
    </figure>
  );
}

// Stacked shares (e.g. check-in answers) in one bar with a legend.
export function StackedBar({ parts, label }: { parts: { label: string; value: number; color: string }[]; label: string }) {
  const total = parts.reduce((sum, part) => sum + part.value, 0);
  return (
    <div className="text-sm">
      <div className="mb-1 font-medium">{label}</div>
      <div className="flex h-4 overflow-hidden rounded bg-zinc-100" aria-hidden="true">
        {parts.map((part) => (
          <span key={part.label} className={part.color} style={{ width: total === 0 ? 0 : `${(100 * part.value) / total}%` }} />
        ))}
      </div>
      <ul className="mt-1 flex flex-wrap gap-3 text-xs text-zinc-700">
        {parts.map((part) => (
          <li key={part.label}>
            <span className={`mr-1 inline-block h-2 w-2 rounded-full ${part.color}`} />
            {part.label}: {part.value}
          </li>
        ))}
      </ul>
    </div>
  );
}
