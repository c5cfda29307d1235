import { emptyMonth, type MonthFigures } from "../monthly/store.ts";

/**
 * Pure: the monthly figures of a period read as sums, groups, distinct members, stocks and
 * percentiles. Months are `YYYY-MM`; a period is whole months, both ends included.
 */
export interface Period {
  from: string;
  to: string;
}

/** The months from one to another, both included. */
export function monthRange(from: string, to: string): string[] {
  const out: string[] = [];
  let [y, m] = from.split("-").map(Number) as [number, number];
  for (let current = from; current <= to; ) {
    out.push(current);
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
    current = `${y}-${String(m).padStart(2, "0")}`;
  }
  return out;
}

/** A month moved by whole months (negative: back). */
export function addMonths(month: string, months: number): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  const index = y * 12 + (m - 1) + months;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
}

export class Figures {
  readonly months: string[];
  constructor(
    private readonly all: Map<string, MonthFigures>,
    readonly period: Period,
  ) {
    this.months = monthRange(period.from, period.to);
  }

  month(month: string): MonthFigures {
    return this.all.get(month) ?? emptyMonth();
  }

  /** A counter summed over the given months (the period by default). */
  sum(name: string, months: readonly string[] = this.months): number {
    return months.reduce((total, m) => total + (this.month(m).counts.get(name) ?? 0), 0);
  }

  /** Counters `prefix<group>` summed per group over the period, biggest first. */
  groups(prefix: string, months: readonly string[] = this.months): [string, number][] {
    const out = new Map<string, number>();
    for (const m of months) {
      for (const [name, n] of this.month(m).counts) {
        if (name.startsWith(prefix)) {
          const group = name.slice(prefix.length);
          out.set(group, (out.get(group) ?? 0) + n);
        }
      }
    }
    return [...out]
      .filter(([, n]) => n !== 0)
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], "fi"));
  }

  /** How many distinct members a set has over the period. */
  distinct(name: string, months: readonly string[] = this.months): number {
    const union = new Set<string>();
    for (const m of months) for (const x of this.month(m).sets.get(name) ?? []) union.add(x);
    return union.size;
  }

  /** Sets named `prefix<group>`: distinct members per group over the period. */
  distinctGroups(prefix: string): [string, number][] {
    const names = new Set<string>();
    for (const m of this.months) {
      for (const name of this.month(m).sets.keys()) if (name.startsWith(prefix)) names.add(name);
    }
    return [...names].sort().map((name) => [name.slice(prefix.length), this.distinct(name)]);
  }

  /** A stock (changes counted as +1/−1) as it stood at the end of the period. */
  stock(name: string): number {
    let total = 0;
    for (const [m, figures] of this.all) {
      if (m <= this.period.to) total += figures.counts.get(name) ?? 0;
    }
    return total;
  }

  /** Counters `prefix<whole number>` as a histogram over the period. */
  histogram(prefix: string): Map<number, number> {
    const out = new Map<number, number>();
    for (const [group, n] of this.groups(prefix)) {
      const value = Number(group);
      if (Number.isInteger(value)) out.set(value, (out.get(value) ?? 0) + n);
    }
    return out;
  }
}

/**
 * The nearest-rank percentile of a histogram (value → how many): the smallest value with at
 * least `p` of all at or below it; null when empty.
 */
export function percentile(histogram: Map<number, number>, p: number): number | null {
  const entries = [...histogram].filter(([, n]) => n > 0).sort((a, b) => a[0] - b[0]);
  const total = entries.reduce((s, [, n]) => s + n, 0);
  if (total === 0) return null;
  const rank = Math.max(1, Math.ceil(p * total));
  let seen = 0;
  for (const [value, n] of entries) {
    seen += n;
    if (seen >= rank) return value;
  }
  return null;
}

/** A share as a whole percentage; null when there is nothing to share. */
export const percent = (part: number, whole: number): number | null =>
  whole > 0 ? Math.round((100 * part) / whole) : null;

/** The calendar quarters (first month of each) that overlap the period. */
export function quarters(period: Period): string[] {
  const out: string[] = [];
  for (const m of monthRange(period.from, period.to)) {
    const [y, mm] = m.split("-").map(Number) as [number, number];
    const first = `${y}-${String(Math.floor((mm - 1) / 3) * 3 + 1).padStart(2, "0")}`;
    if (!out.includes(first)) out.push(first);
  }
  return out;
}

/**
 * Retention of one cohort (those whose first active day fell in `months`): the share still
 * volunteering `after` months on — everyone minus those who left with a shorter tenure. Known
 * only once the cohort's last month is `after` months behind `asOf`; null before that.
 */
export function retained(
  f: Figures,
  months: readonly string[],
  after: number,
  asOf: string,
): number | null {
  const started = f.sum("vol:new", months);
  const last = months[months.length - 1];
  if (!last || started === 0 || addMonths(last, after) > asOf) return null;
  let left = 0;
  for (let tenure = 0; tenure < after; tenure++) left += f.sum(`cohort:left:${tenure}`, months);
  return percent(started - left, started);
}
