/**
 * Volunteers meet at least twice a year, in spring and autumn (DOMAIN.md part 4). Each season
 * has a day its gathering is drafted for the coordinators to complete, and a day by which it
 * must have been invited; a season with nothing invited by then is missed, and reports say so.
 * Days are month-days in Helsinki time, the same every year; both seasons fall within one
 * calendar year, so a year's seasons never depend on the year before.
 */

export const seasonNames = ["spring", "autumn"] as const;
export type SeasonName = (typeof seasonNames)[number];

/** A day of the year as MM-DD. */
export type MonthDay = string;

export interface SeasonDays {
  draftOn: MonthDay;
  inviteBy: MonthDay;
}
export type SeasonSettings = Record<SeasonName, SeasonDays>;

export const defaultSeasons: SeasonSettings = {
  spring: { draftOn: "02-01", inviteBy: "04-30" },
  autumn: { draftOn: "08-01", inviteBy: "10-31" },
};

/** Days every year has: 29 February is refused, as most years would skip it. */
export function isMonthDay(value: string): boolean {
  const match = /^(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const month = Number(match[1]);
  const day = Number(match[2]);
  const days = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return days !== undefined && day >= 1 && day <= days;
}

/** Why settings can't be used, per field, or nothing when they can. */
export function settingsProblems(
  settings: SeasonSettings,
): Record<string, "error.date" | "error.inviteBeforeDraft" | "error.seasonsOverlap"> {
  const problems: Record<
    string,
    "error.date" | "error.inviteBeforeDraft" | "error.seasonsOverlap"
  > = {};
  for (const name of seasonNames) {
    const { draftOn, inviteBy } = settings[name];
    if (!isMonthDay(draftOn)) problems[`${name}.draftOn`] = "error.date";
    if (!isMonthDay(inviteBy)) problems[`${name}.inviteBy`] = "error.date";
    else if (isMonthDay(draftOn) && inviteBy <= draftOn) {
      problems[`${name}.inviteBy`] = "error.inviteBeforeDraft";
    }
  }
  if (!problems["spring.inviteBy"] && !problems["autumn.draftOn"]) {
    if (settings.autumn.draftOn <= settings.spring.inviteBy) {
      problems["autumn.draftOn"] = "error.seasonsOverlap";
    }
  }
  return problems;
}

/** A season of a year: "2027-spring". */
export type SeasonKey = `${number}-${SeasonName}`;
export const seasonKey = (year: number, name: SeasonName): SeasonKey => `${year}-${name}`;

export function parseSeasonKey(key: string): { year: number; name: SeasonName } | undefined {
  const match = /^(\d{4})-(spring|autumn)$/.exec(key);
  return match ? { year: Number(match[1]), name: match[2] as SeasonName } : undefined;
}

/** What is recorded of a season so far. */
export interface SeasonRecord {
  drafted: boolean;
  invited: boolean;
  missed: boolean;
}

export type SeasonAction =
  | { kind: "draft"; season: SeasonKey }
  | { kind: "missed"; season: SeasonKey };

/**
 * What the seasonal job has to do on a Helsinki date. A season is drafted from its draft day
 * until its deadline (a system set up after the deadline drafts nothing it could not still
 * invite); it is missed from its deadline on when nothing was invited. Done things are not done
 * again, so the job may run any number of times a day.
 */
export function seasonalActions(
  date: string,
  settings: SeasonSettings,
  recorded: (season: SeasonKey) => SeasonRecord | undefined,
): SeasonAction[] {
  const year = Number(date.slice(0, 4));
  const day = date.slice(5);
  const actions: SeasonAction[] = [];
  for (const name of seasonNames) {
    const season = seasonKey(year, name);
    const record = recorded(season) ?? { drafted: false, invited: false, missed: false };
    const { draftOn, inviteBy } = settings[name];
    if (day >= draftOn && day < inviteBy && !record.drafted) {
      actions.push({ kind: "draft", season });
    }
    if (day >= inviteBy && !record.invited && !record.missed) {
      actions.push({ kind: "missed", season });
    }
  }
  return actions;
}

/** The first season whose invitation deadline is still ahead on a date: the one to plan for. */
export function nextSeason(date: string, settings: SeasonSettings): SeasonKey {
  const year = Number(date.slice(0, 4));
  const day = date.slice(5);
  if (day < settings.spring.inviteBy) return seasonKey(year, "spring");
  if (day < settings.autumn.inviteBy) return seasonKey(year, "autumn");
  return seasonKey(year + 1, "spring");
}

/** The season a gathering on this date belongs to, by which deadline it comes before. */
export function seasonOf(date: string, settings: SeasonSettings): SeasonKey {
  const year = Number(date.slice(0, 4));
  return seasonKey(year, date.slice(5) < settings.autumn.draftOn ? "spring" : "autumn");
}
