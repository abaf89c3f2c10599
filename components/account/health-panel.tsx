import { HealthBadge } from "@/components/portfolio/badges";
import type { HealthResult } from "@/lib/success/compute-health";

// The health score with every factor that makes it up, weakest first, so a CSM sees why.
export function HealthPanel({ health }: { health: HealthResult | null }) {
  if (!health) return null;
  const factors = [...health.factors].sort((a, b) => a.score - b.score);
  return (
    <section aria-labelledby="health-heading" className="rounded-lg bg-white p-5 shadow-sm ring-1 ring-zinc-200">
      <div className="flex items-center justify-between">
        <h2 id="health-heading" className="font-semibold">
          Health
        </h2>
        <HealthBadge score={health.score} />
      </div>
      <p className="mt-1 text-sm text-zinc-600">{health.summary}</p>
      <ul className="mt-3 space-y-2" data-testid="health-factors">
        {factors.map((factor) => (
          <li key={factor.key} className="text-sm">
            <div className="flex justify-between gap-2">
              <span className="font-medium">{factor.label}</span>
              <span className="text-zinc-600">
                {factor.score}/100 · weight {factor.weight}
              </span>
            </div>
            <div className="mt-0.5 h-1.5 overflow-hidden rounded bg-zinc-100" aria-hidden="true">
              <div
                className={`h-full ${factor.score >= 70 ? "bg-green-500" : factor.score >= 50 ? "bg-amber-400" : "bg-red-500"}`}
                style={{ width: `${factor.score}%` }}
              />
            </div>
            <p className="text-xs text-zinc-600">{factor.detail}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
