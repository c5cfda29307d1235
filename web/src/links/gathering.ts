import { helsinkiToUtc } from "@rinnalla/core/util";
import type { Panel } from "./link.ts";
import { icsFold, icsInstant, icsText } from "./training.ts";
import type { GatheringLinkView, GatheringOutcome } from "./types.ts";

/**
 * Pure: what a gathering invitation's page shows. The email's links open it with an answer
 * chosen (`?answer=yes`); only the page's button sends it. An answer can be changed until the
 * last day to answer.
 */

export const choices = ["yes", "maybe", "no"] as const;
export type Choice = (typeof choices)[number];

const isChoice = (value: string | null | undefined): value is Choice =>
  (choices as readonly string[]).includes(value ?? "");

/** The answer an email link chose (`?answer=maybe`), if it is one of the three. */
export function choiceFromQuery(search: string): Choice | undefined {
  const value = new URLSearchParams(search).get("answer");
  return isChoice(value) ? value : undefined;
}

/** The choice the form starts with: the link's, else the answer given so far, else none. */
export const initialChoice = (fromLink: Choice | undefined, given: string) =>
  fromLink ?? (isChoice(given) ? given : undefined);

/** Where the volunteer stands, in the words the page uses for it. */
export type Standing = "unanswered" | "seat" | "waiting" | "maybe" | "no";

export function standing(
  view: Pick<GatheringLinkView, "answer"> & Partial<Pick<GatheringLinkView, "seat">>,
): Standing {
  if (view.answer === "yes") return view.seat === "waiting" ? "waiting" : "seat";
  if (view.answer === "maybe" || view.answer === "no") return view.answer;
  return "unanswered";
}

/** Dietary and accessibility needs go with a yes or a maybe only. */
export const asksNeeds = (choice: Choice | undefined) => choice === "yes" || choice === "maybe";

/** What is sent: the needs only with a yes or a maybe, empty ones left out. */
export function answerBody(choice: Choice, diet: string, access: string) {
  const needs = asksNeeds(choice)
    ? { diet: diet.trim() || undefined, access: access.trim() || undefined }
    : {};
  return { answer: choice, ...needs };
}

export const panels = {
  seat: { kind: "success", title: "links.gathering.seat.title", body: "links.gathering.seat.body" },
  waiting: {
    kind: "info",
    title: "links.gathering.waiting.title",
    body: "links.gathering.waiting.body",
    more: ["links.gathering.waiting.next"],
  },
  maybe: {
    kind: "success",
    title: "links.gathering.maybe.title",
    body: "links.gathering.maybe.body",
  },
  no: { kind: "info", title: "links.gathering.no.title", body: "links.gathering.no.body" },
  closed: {
    kind: "info",
    title: "links.gathering.closed.title",
    body: "links.gathering.closed.body",
  },
  cancelled: {
    kind: "info",
    title: "links.gathering.cancelled.title",
    body: "links.gathering.cancelled.body",
  },
} as const satisfies Record<string, Panel>;

/**
 * What the page says in its result box: what an answer given here came to, or, on opening, a
 * cancelled gathering or answers closed; else nothing (the invitation itself is shown).
 */
export function panelFor(
  view: Pick<GatheringLinkView, "status" | "open"> | undefined,
  outcome: GatheringOutcome | undefined,
): Panel | undefined {
  if (outcome?.outcome === "answered") {
    if (outcome.answer === "yes") return outcome.place === "waiting" ? panels.waiting : panels.seat;
    return outcome.answer === "invited" ? undefined : panels[outcome.answer];
  }
  if (outcome) return panels[outcome.outcome];
  if (!view) return undefined;
  if (view.status === "cancelled") return panels.cancelled;
  return view.open ? undefined : panels.closed;
}

/** Answers are taken: the gathering is published and its last day to answer has not passed. */
export const canAnswer = (view: Pick<GatheringLinkView, "status" | "open">) =>
  view.status === "published" && view.open;

const TWO_HOURS = 2 * 3_600_000;

/**
 * The gathering as a calendar file (the invitation email attaches the same): two hours long
 * when no end is given. Nothing while the day or time is not set.
 */
export function gatheringCalendar(
  view: Pick<GatheringLinkView, "title"> &
    Partial<Pick<GatheringLinkView, "date" | "startTime" | "endTime" | "place" | "programme">>,
  now: number,
): string | undefined {
  if (!view.date || !view.startTime) return undefined;
  const start = helsinkiToUtc(view.date, view.startTime).getTime();
  const end = view.endTime ? helsinkiToUtc(view.date, view.endTime).getTime() : start + TWO_HOURS;
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Rinnalla//Rinnalla//FI",
    "METHOD:PUBLISH",
    "BEGIN:VEVENT",
    `UID:gathering-${icsInstant(start)}@rinnalla`,
    `DTSTAMP:${icsInstant(now)}`,
    `DTSTART:${icsInstant(start)}`,
    `DTEND:${icsInstant(end)}`,
    `SUMMARY:${icsText(view.title)}`,
    ...(view.place ? [`LOCATION:${icsText(view.place)}`] : []),
    ...(view.programme ? [`DESCRIPTION:${icsText(view.programme)}`] : []),
    "END:VEVENT",
    "END:VCALENDAR",
  ];
  return `${lines.map(icsFold).join("\r\n")}\r\n`;
}
