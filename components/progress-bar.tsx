// A labelled progress bar; the numbers are also given to screen readers.
export function ProgressBar({ value, label, size = "md" }: { value: number; label: string; size?: "sm" | "md" }) {
  const percent = Math.max(0, Math.min(100, Math.round(value)));
  return (
    <div>
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        className={`w-full overflow-hidden rounded-full bg-zinc-200 ${size === "sm" ? "h-1.5" : "h-2.5"}`}
      >
        <div className="h-full rounded-full bg-indigo-600 transition-all" style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}
