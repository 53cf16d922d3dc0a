/**
 * Shares `total` seats among groups in proportion to their weights (largest remainder), in the
 * order of the given list for ties. Groups that get no seat are left out.
 */
export function allocateSeats(total: number, weights: readonly (readonly [string, number])[]): [string, number][] {
  const sum = weights.reduce((s, [, w]) => s + w, 0);
  if (sum <= 0 || total <= 0) return [];
  const quotas = weights.map(([group, w], order) => {
    const exact = (total * w) / sum;
    return { group, seats: Math.floor(exact), remainder: exact - Math.floor(exact), order };
  });
  let left = total - quotas.reduce((s, q) => s + q.seats, 0);
  for (const q of [...quotas].sort((a, b) => b.remainder - a.remainder || a.order - b.order)) {
    if (left <= 0) break;
    q.seats += 1;
    left -= 1;
  }
  return quotas
    .filter((q) => q.seats > 0)
    .sort((a, b) => b.seats - a.seats || a.order - b.order)
    .map((q) => [q.group, q.seats]);
}
