// Seeded randomness and compact unique ids for the bench seed.
export type Random = () => number;

// mulberry32: a small seeded generator, so two seeds of the same size produce the same organization.
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

let counter = 0;
// Unique, compact ids (cuid-like length) without a round trip.
export function newId(prefix: string): string {
  counter++;
  return `${prefix}${Date.now().toString(36)}${counter.toString(36).padStart(6, "0")}${Math.floor(Math.random() * 1e9).toString(36)}`;
}
