/**
 * Milestones come from what is recorded, never typed in: completed visits, years active since
 * the volunteer first became active, the course completed. Above the last named tier they go
 * on (every 50 visits after 100, every 5 years after 5), as volunteers of many years asked.
 */

export type MilestoneKind = "visits" | "years" | "training";

export interface Milestone {
  /** Stable per volunteer: "visits-10", "years-3", "training". */
  id: string;
  kind: MilestoneKind;
  /** Visits or years; 0 for the course. */
  count: number;
}

const VISIT_TIERS = [1, 10, 25, 50, 100] as const;
const VISITS_BEYOND = 50;
const YEAR_TIERS = [1, 3, 5] as const;
const YEARS_BEYOND = 5;

/** Every tier up to and including `value`, the named ones first, then every `step` on. */
function tiersUpTo(value: number, named: readonly number[], step: number): number[] {
  const reached = named.filter((tier) => tier <= value);
  const last = named[named.length - 1] ?? 0;
  for (let tier = last + step; tier <= value; tier += step) reached.push(tier);
  return reached;
}

export const visitTiers = (visits: number) => tiersUpTo(visits, VISIT_TIERS, VISITS_BEYOND);
export const yearTiers = (years: number) => tiersUpTo(years, YEAR_TIERS, YEARS_BEYOND);

/**
 * Whole years from one Helsinki date to another. An anniversary of 29 February falls on
 * 28 February in a common year.
 */
export function fullYears(from: string, to: string): number {
  if (to < from) return 0;
  const years = Number(to.slice(0, 4)) - Number(from.slice(0, 4));
  const anniversary = anniversaryIn(Number(to.slice(0, 4)), from.slice(5));
  return to >= anniversary ? years : years - 1;
}

function anniversaryIn(year: number, monthDay: string): string {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return `${year}-${monthDay === "02-29" && !leap ? "02-28" : monthDay}`;
}

export interface Record {
  completedVisits: number;
  /** The Helsinki date the volunteer first became active. */
  activeSince?: string;
  trainingCompleted: boolean;
}

/** Every milestone the record has reached on a Helsinki date. */
export function reached(record: Record, today: string): Milestone[] {
  const milestones: Milestone[] = visitTiers(record.completedVisits).map((count) => ({
    id: `visits-${count}`,
    kind: "visits",
    count,
  }));
  if (record.activeSince) {
    for (const count of yearTiers(fullYears(record.activeSince, today))) {
      milestones.push({ id: `years-${count}`, kind: "years", count });
    }
  }
  if (record.trainingCompleted) milestones.push({ id: "training", kind: "training", count: 0 });
  return milestones;
}

/**
 * At most one thank-you a month: another may go once the same day of the next month has come
 * (the month's last day when it is shorter: thanked on 31 January, again from 28 February).
 */
export function mayThankAgain(lastThankedOn: string | undefined, today: string): boolean {
  if (!lastThankedOn) return true;
  return today >= nextThanksOn(lastThankedOn);
}

/** The first day another thank-you may go after one on `date`. */
export function nextThanksOn(date: string): string {
  let year = Number(date.slice(0, 4));
  let month = Number(date.slice(5, 7)) + 1;
  if (month > 12) {
    month = 1;
    year++;
  }
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = Math.min(Number(date.slice(8, 10)), lastDay);
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
