import * as z from "zod";
import * as Actor from "../actor/index.ts";
import { Counts } from "../counts/index.ts";
import { clientLanguages, sectors } from "../request/schema.ts";
import { fn } from "../util/fn.ts";
import { optionalLine } from "../util/text.ts";
import { words } from "../util/words.ts";
import { availableOn, volunteerStatuses } from "./schema.ts";
import { cards } from "./store.ts";

/**
 * The bank as coordinators search it. Cards of the chosen status are read with one Query (a few
 * pages even for thousands: a card is a few hundred bytes) and filtered here, where rules such as
 * "free on date X" are easy to get right.
 */
export const BankInput = z.object({
  status: z.enum([...volunteerStatuses, "all"]).default("active"),
  language: z.enum(clientLanguages).optional(),
  sector: z.enum(sectors).optional(),
  area: optionalLine(100),
  freeOn: z.iso.date().optional(),
  sort: z.enum(["name", "lastVisit"]).default("name"),
  cursor: z.string().max(20).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const search = fn(BankInput, async (input) => {
  Actor.coordinator();
  const statuses = input.status === "all" ? volunteerStatuses : [input.status];
  const [lists, counts] = await Promise.all([
    Promise.all(statuses.map(cards)),
    Counts.read("volunteers", volunteerStatuses),
  ]);
  const area = input.area ? words(input.area).join(" ") : undefined;
  let found = lists
    .flat()
    .filter(
      (c) =>
        (!input.language || c.languages.some((l) => l.code === input.language)) &&
        (!input.sector || c.sectors.includes(input.sector)) &&
        (!area || [...c.areas, c.municipality].some((a) => words(a).join(" ").startsWith(area))) &&
        (!input.freeOn ||
          availableOn(
            c.availability ? { availability: c.availability } : null,
            input.freeOn,
            c.pausedUntil,
          )),
    );
  found = found.sort((a, b) =>
    input.sort === "lastVisit"
      ? // Longest without a visit first: fairness when choosing.
        (a.lastVisitAt ?? "").localeCompare(b.lastVisitAt ?? "") ||
        a.name.localeCompare(b.name, "fi")
      : a.name.localeCompare(b.name, "fi"),
  );
  const offset = Number(input.cursor ?? 0) || 0;
  const page = found.slice(offset, offset + input.limit);
  return {
    volunteers: page,
    total: found.length,
    counts,
    cursor: offset + input.limit < found.length ? String(offset + input.limit) : undefined,
  };
});
