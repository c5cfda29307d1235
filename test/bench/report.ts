/** Printing helpers shared by the benchmark sections. Figures, not assertions. */

export const KB = 1024;

export function kb(bytes: number): string {
  return `${(bytes / KB).toFixed(1)} KB`;
}

export type Direction = "max" | "min";

/** `label: value  (target ≤ x)  OK|MISSED` */
export function figure(
  label: string,
  value: number,
  shown: string,
  target: { limit: number; shown: string; direction: Direction },
): boolean {
  const ok = target.direction === "max" ? value <= target.limit : value >= target.limit;
  const sign = target.direction === "max" ? "≤" : "≥";
  console.log(`${label}: ${shown}  (target ${sign} ${target.shown})  ${ok ? "OK" : "MISSED"}`);
  return ok;
}

export function info(label: string, shown: string): void {
  console.log(`${label}: ${shown}`);
}

export function note(text: string): void {
  console.log(`  note: ${text}`);
}

export function section(title: string): void {
  console.log(`\n== ${title}`);
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** The value below which `p` % of the values lie (nearest rank, no interpolation). */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}
