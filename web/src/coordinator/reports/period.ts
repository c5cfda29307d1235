/**
 * The reports' periods, pure: a period is two months (YYYY-MM, both included), as the address
 * and the API take it. The form chooses one by kind (a month, a quarter, a year, or a custom
 * range); a period read from the address is shown as the kind it is. A year or a quarter that
 * is still going ends at the current month ("so far").
 */

export const kinds = ["month", "quarter", "year", "custom"] as const;
export type Kind = (typeof kinds)[number];

export interface Period {
  from: string;
  to: string;
}

/** What the form holds: the kind and each kind's input. */
export interface Choice {
  kind: Kind;
  month: string;
  /** "2027-Q1". */
  quarter: string;
  year: string;
  from: string;
  to: string;
}

export type MonthInput = "month" | "from" | "to";

/** The first year the choices offer; a custom range reaches further back. */
export const FIRST_YEAR = 2020;

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const QUARTER = /^(\d{4})-Q([1-4])$/;

export const isMonth = (value: string) => MONTH.test(value);

const pad = (n: number) => String(n).padStart(2, "0");
const yearOf = (month: string) => Number(month.slice(0, 4));

/** The month `n` months after (or before) a month. */
export function addMonths(month: string, n: number): string {
  const index = yearOf(month) * 12 + Number(month.slice(5, 7)) - 1 + n;
  return `${Math.floor(index / 12)}-${pad((index % 12) + 1)}`;
}

const clip = (period: Period, current: string): Period =>
  period.to > current && period.from <= current ? { ...period, to: current } : period;

/** This calendar year so far: the report the page opens with. */
export const defaultPeriod = (current: string): Period => ({
  from: `${yearOf(current)}-01`,
  to: current,
});

export const yearPeriod = (year: number, current: string): Period =>
  clip({ from: `${year}-01`, to: `${year}-12` }, current);

/** "2027-Q1" as its three months (so far, when it is the current quarter). */
export function quarterPeriod(quarter: string, current: string): Period | undefined {
  const match = QUARTER.exec(quarter);
  if (!match) return undefined;
  const from = `${match[1]}-${pad(Number(match[2]) * 3 - 2)}`;
  return clip({ from, to: addMonths(from, 2) }, current);
}

export const quarterOf = (month: string) =>
  `${yearOf(month)}-Q${Math.ceil(Number(month.slice(5, 7)) / 3)}`;

/** The years to choose, newest first. */
export function yearsToChoose(current: string): number[] {
  const last = yearOf(current);
  const first = Math.min(FIRST_YEAR, last);
  return Array.from({ length: last - first + 1 }, (_, i) => last - i);
}

/** The quarters to choose, newest first, from the current one back to the first year's first. */
export function quartersToChoose(current: string): string[] {
  const newest = Number(quarterOf(current).slice(-1));
  return yearsToChoose(current).flatMap((year) =>
    [4, 3, 2, 1].filter((q) => year < yearOf(current) || q <= newest).map((q) => `${year}-Q${q}`),
  );
}

/** The quarter's words: its number and year. */
export const quarterParts = (quarter: string) => ({
  year: quarter.slice(0, 4),
  quarter: quarter.slice(-1),
});

const same = (a: Period | undefined, b: Period) => a?.from === b.from && a?.to === b.to;

/** The kind a period is: a month, a year, a quarter (so far) or else a custom range. */
export function kindOf(period: Period, current: string): Kind {
  if (!isMonth(period.from) || !isMonth(period.to)) return "custom";
  if (period.from === period.to) return "month";
  const year = yearOf(period.from);
  if (yearsToChoose(current).includes(year) && same(yearPeriod(year, current), period)) {
    return "year";
  }
  const quarter = quarterOf(period.from);
  const offered = quartersToChoose(current).includes(quarter);
  return offered && same(quarterPeriod(quarter, current), period) ? "quarter" : "custom";
}

/** The form's values for a period: its kind, and every kind's input starting from it. */
export function choiceOf(period: Period, current: string): Choice {
  const end = isMonth(period.to) ? period.to : current;
  return {
    kind: kindOf(period, current),
    month: end,
    quarter: quartersToChoose(current).includes(quarterOf(end))
      ? quarterOf(end)
      : quarterOf(current),
    year: String(yearOf(end) >= FIRST_YEAR ? yearOf(end) : yearOf(current)),
    from: period.from,
    to: period.to,
  };
}

/** The period a choice makes; the month inputs are sent as typed (the API checks them). */
export function periodOf(choice: Choice, current: string): Period {
  switch (choice.kind) {
    case "month":
      return { from: choice.month, to: choice.month };
    case "quarter":
      return quarterPeriod(choice.quarter, current) ?? defaultPeriod(current);
    case "year":
      return yearPeriod(Number(choice.year), current);
    case "custom":
      return { from: choice.from, to: choice.to };
  }
}

/** The month inputs the kind shows that do not hold a month yet (their ids less `report-`). */
export function unfinished(choice: Choice): MonthInput[] {
  const shown: MonthInput[] =
    choice.kind === "month" ? ["month"] : choice.kind === "custom" ? ["from", "to"] : [];
  return shown.filter((name) => !isMonth(choice[name].trim()));
}

/** The period the address names: both months as given, or this year so far when neither is. */
export function periodInAddress(
  params: { from?: string | undefined; to?: string | undefined },
  current: string,
): Period {
  if (!params.from && !params.to) return defaultPeriod(current);
  return { from: params.from ?? "", to: params.to ?? "" };
}
