// Axis arithmetic for the small SVG charts: a "nice" top value and its ticks, and which labels of a
// crowded axis to print.

/** The smallest of 1, 2, 2.5, 5 × 10ⁿ (n ≥ 0) times `ticks` that reaches `max`; at least `ticks`. */
export function niceMax(max: number, ticks = 4): number {
  if (!Number.isFinite(max) || max <= 0) return ticks;
  const raw = max / ticks;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  // Counts: a step below 1 would give ticks like 0.5 dossiers.
  return Math.max(ticks, Math.ceil(step) * ticks);
}

/** Every how many buckets an axis label fits, for about `room` labels. */
export function labelEvery(count: number, room = 12): number {
  return Math.max(1, Math.ceil(count / room));
}
