import { describe, expect, it } from "vitest";
import { addDays } from "../util/time.ts";
import {
  defaultSeasons,
  isMonthDay,
  nextSeason,
  parseSeasonKey,
  type SeasonKey,
  type SeasonRecord,
  seasonalActions,
  seasonOf,
  settingsProblems,
} from "./season.ts";

const nothing = () => undefined;

describe("seasonalActions", () => {
  it("does nothing before the spring draft day", () => {
    expect(seasonalActions("2027-01-01", defaultSeasons, nothing)).toEqual([]);
    expect(seasonalActions("2027-01-31", defaultSeasons, nothing)).toEqual([]);
  });

  it("drafts spring from its draft day until the day before its deadline", () => {
    expect(seasonalActions("2027-02-01", defaultSeasons, nothing)).toEqual([
      { kind: "draft", season: "2027-spring" },
    ]);
    expect(seasonalActions("2027-04-29", defaultSeasons, nothing)).toEqual([
      { kind: "draft", season: "2027-spring" },
    ]);
  });

  it("calls a season missed on its deadline when nothing was invited, and drafts no more", () => {
    expect(seasonalActions("2027-04-30", defaultSeasons, nothing)).toEqual([
      { kind: "missed", season: "2027-spring" },
    ]);
    const drafted = () => ({ drafted: true, invited: false, missed: false });
    expect(seasonalActions("2027-04-30", defaultSeasons, drafted)).toEqual([
      { kind: "missed", season: "2027-spring" },
    ]);
  });

  it("does not repeat what is recorded", () => {
    const done = () => ({ drafted: true, invited: true, missed: false });
    expect(seasonalActions("2027-03-01", defaultSeasons, done)).toEqual([]);
    expect(seasonalActions("2027-12-31", defaultSeasons, done)).toEqual([]);
    const missed = () => ({ drafted: true, invited: false, missed: true });
    expect(seasonalActions("2027-06-01", defaultSeasons, missed)).toEqual([]);
  });

  it("drafts autumn from 1 August and misses it from 31 October", () => {
    const springDone = (s: SeasonKey) =>
      s.endsWith("spring") ? { drafted: true, invited: true, missed: false } : undefined;
    expect(seasonalActions("2027-07-31", defaultSeasons, springDone)).toEqual([]);
    expect(seasonalActions("2027-08-01", defaultSeasons, springDone)).toEqual([
      { kind: "draft", season: "2027-autumn" },
    ]);
    expect(seasonalActions("2027-10-31", defaultSeasons, springDone)).toEqual([
      { kind: "missed", season: "2027-autumn" },
    ]);
    expect(seasonalActions("2027-12-31", defaultSeasons, springDone)).toEqual([
      { kind: "missed", season: "2027-autumn" },
    ]);
  });

  it("over a whole year run daily, drafts each season once and misses the uninvited one once", () => {
    const records = new Map<SeasonKey, SeasonRecord>();
    const seen: string[] = [];
    for (let date = "2028-01-01"; date <= "2028-12-31"; date = addDays(date, 1)) {
      for (const action of seasonalActions(date, defaultSeasons, (s) => records.get(s))) {
        seen.push(`${date} ${action.kind} ${action.season}`);
        const record = records.get(action.season) ?? {
          drafted: false,
          invited: false,
          missed: false,
        };
        if (action.kind === "draft") {
          // Spring is invited a month after its draft; autumn never is.
          record.drafted = true;
        } else record.missed = true;
        records.set(action.season, record);
      }
      if (date === "2028-03-01") {
        const spring = records.get("2028-spring");
        if (spring) spring.invited = true;
      }
    }
    expect(seen).toEqual([
      "2028-02-01 draft 2028-spring",
      "2028-08-01 draft 2028-autumn",
      "2028-10-31 missed 2028-autumn",
    ]);
  });

  it("follows the association's own days", () => {
    const own = {
      spring: { draftOn: "01-15", inviteBy: "03-01" },
      autumn: { draftOn: "09-01", inviteBy: "12-31" },
    };
    expect(seasonalActions("2027-01-14", own, nothing)).toEqual([]);
    expect(seasonalActions("2027-01-15", own, nothing)).toEqual([
      { kind: "draft", season: "2027-spring" },
    ]);
    // 28 February and 1 March in a leap year and in a common year.
    expect(seasonalActions("2028-02-29", own, nothing)).toEqual([
      { kind: "draft", season: "2028-spring" },
    ]);
    expect(seasonalActions("2027-03-01", own, nothing)).toEqual([
      { kind: "missed", season: "2027-spring" },
    ]);
    expect(
      seasonalActions("2027-12-30", own, (s) =>
        s.endsWith("spring") ? { drafted: true, invited: true, missed: false } : undefined,
      ),
    ).toEqual([{ kind: "draft", season: "2027-autumn" }]);
  });
});

describe("season settings", () => {
  it("accepts only days every year has", () => {
    expect(isMonthDay("02-28")).toBe(true);
    expect(isMonthDay("12-31")).toBe(true);
    expect(isMonthDay("01-01")).toBe(true);
    expect(isMonthDay("02-29")).toBe(false);
    expect(isMonthDay("04-31")).toBe(false);
    expect(isMonthDay("13-01")).toBe(false);
    expect(isMonthDay("00-10")).toBe(false);
    expect(isMonthDay("01-00")).toBe(false);
    expect(isMonthDay("1-01")).toBe(false);
    expect(isMonthDay("2027-01-01")).toBe(false);
  });

  it("says which field is wrong", () => {
    expect(settingsProblems(defaultSeasons)).toEqual({});
    expect(
      settingsProblems({ ...defaultSeasons, spring: { draftOn: "02-29", inviteBy: "04-30" } }),
    ).toEqual({ "spring.draftOn": "error.date" });
    expect(
      settingsProblems({ ...defaultSeasons, spring: { draftOn: "04-30", inviteBy: "04-30" } }),
    ).toEqual({ "spring.inviteBy": "error.inviteBeforeDraft" });
    expect(
      settingsProblems({ ...defaultSeasons, autumn: { draftOn: "04-30", inviteBy: "10-31" } }),
    ).toEqual({ "autumn.draftOn": "error.seasonsOverlap" });
    expect(
      settingsProblems({ ...defaultSeasons, autumn: { draftOn: "05-01", inviteBy: "10-31" } }),
    ).toEqual({});
  });
});

describe("seasons by key and date", () => {
  it("reads a season key back", () => {
    expect(parseSeasonKey("2027-spring")).toEqual({ year: 2027, name: "spring" });
    expect(parseSeasonKey("2027-autumn")).toEqual({ year: 2027, name: "autumn" });
    expect(parseSeasonKey("2027-summer")).toBeUndefined();
    expect(parseSeasonKey("27-spring")).toBeUndefined();
  });

  it("plans for the first season whose deadline is still ahead, next year's spring at the end", () => {
    expect(nextSeason("2027-01-01", defaultSeasons)).toBe("2027-spring");
    expect(nextSeason("2027-04-29", defaultSeasons)).toBe("2027-spring");
    expect(nextSeason("2027-04-30", defaultSeasons)).toBe("2027-autumn");
    expect(nextSeason("2027-10-30", defaultSeasons)).toBe("2027-autumn");
    expect(nextSeason("2027-10-31", defaultSeasons)).toBe("2028-spring");
    expect(nextSeason("2027-12-31", defaultSeasons)).toBe("2028-spring");
  });

  it("puts a gathering in spring until the autumn draft day", () => {
    expect(seasonOf("2027-01-01", defaultSeasons)).toBe("2027-spring");
    expect(seasonOf("2027-07-31", defaultSeasons)).toBe("2027-spring");
    expect(seasonOf("2027-08-01", defaultSeasons)).toBe("2027-autumn");
    expect(seasonOf("2027-12-31", defaultSeasons)).toBe("2027-autumn");
  });
});
