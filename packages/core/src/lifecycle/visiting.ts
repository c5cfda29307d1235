import * as z from "zod";
import * as zm from "zod/mini";
import * as Actor from "../actor/index.ts";
import * as Alert from "../alert/index.ts";
import { Audit } from "../audit/index.ts";
import { Counts } from "../counts/index.ts";
import { when } from "../db/expr.ts";
import { ConditionsFailed } from "../db/transact.ts";
import { Feedback } from "../feedback/index.ts";
import * as Link from "../link/index.ts";
import { Outbox } from "../mail/index.ts";
import { Monthly, Tally } from "../monthly/index.ts";
import { Offer } from "../offer/index.ts";
import { Recognition } from "../recognition/index.ts";
import { Request } from "../request/index.ts";
import type { TransactItem } from "../util/db-types.ts";
import { VisibleError } from "../util/errors.ts";
import { fn } from "../util/fn.ts";
import { CantComeInput, type Report, ReportInput, Visit } from "../visit/index.ts";
import { Volunteer } from "../volunteer/index.ts";
import { giveBack } from "./release.ts";
import { detailsView, visitView } from "./views.ts";

/**
 * The volunteer's page for one visit, opened from the confirmation or a reminder: the details,
 * "I can't come" before it starts, and the report after it. Reading changes nothing; each button
 * is one transaction guarded by the visit's status, so a second press says what already happened.
 */

const ATTEMPTS = 4;

async function visitOf(token: string, now: Date) {
  const target = await Link.resolve(token, "visit", now);
  const state = await Offer.load(target.requestId);
  const visit = state?.visit;
  if (!state || !visit || visit.volunteerId !== target.volunteerId) {
    throw new VisibleError(404, "link_invalid", "error.linkUnknown");
  }
  return { state, visit };
}

export async function viewByLink(token: string, now = new Date()) {
  const { state, visit } = await visitOf(token, now);
  const { request } = state;
  const planned = visit.status === "planned";
  const mine = request.volunteerId === visit.volunteerId;
  return {
    status: visit.status,
    canCancel: planned && now.toISOString() < visit.startsAt,
    canReport: planned && now.toISOString() >= visit.startsAt,
    visit: visitView(request),
    // The client's details only while the visit is this volunteer's.
    ...(mine && planned && { details: detailsView(request) }),
  };
}

export type CantComeOutcome = "released" | "already_cancelled" | "reported" | "too_late";

/** "I can't come": the request goes back to matching at once and the coordinator is alerted. */
export async function cantCome(
  token: string,
  input: unknown,
  now = new Date(),
): Promise<CantComeOutcome> {
  const { reason } = zm.parse(CantComeInput, input);
  return Link.actingAs(token, "visit", now, () => releaseByVolunteer(token, reason, now));
}

async function releaseByVolunteer(
  token: string,
  reason: string | undefined,
  now: Date,
): Promise<CantComeOutcome> {
  for (let attempt = 1; ; attempt++) {
    const { state, visit } = await visitOf(token, now);
    if (visit.status === "cancelled") return "already_cancelled";
    if (visit.status === "reported") return "reported";
    if (now.toISOString() >= visit.startsAt) return "too_late";
    const name = (await Volunteer.get(visit.volunteerId))?.name ?? "";
    const release = await giveBack(
      state,
      visit,
      { volunteerName: name, actorName: name, by: "volunteer", ...(reason && { reason }) },
      now,
    );
    try {
      await Outbox.commit(release.items, release.mails);
      return "released";
    } catch (error) {
      if (error instanceof ConditionsFailed && attempt < ATTEMPTS) continue;
      throw error;
    }
  }
}

export type ReportOutcome = "reported" | "already_reported" | "cancelled";

type ReportedBy = { kind: "volunteer" } | { kind: "coordinator"; name: string };

/**
 * The report completes the request. What it flags reaches the coordinator as alerts: a safety
 * concern, a follow-up need, a volunteer asking for a talk.
 */
async function complete(
  state: Offer.RequestState,
  { meaningful, ...report }: Report,
  by: ReportedBy,
  now: Date,
) {
  const { request, visit } = state;
  if (!visit) throw new VisibleError(409, "not_allowed", "error.notAllowed");
  const volunteer = await Volunteer.get(visit.volunteerId);
  const actorName = by.kind === "volunteer" ? (volunteer?.name ?? "") : by.name;
  const completed =
    report.happened === "yes" && volunteer
      ? (await completedBefore(volunteer, request.id)) + 1
      : undefined;
  const at = now.toISOString();
  const items: TransactItem[] = [
    Request.change(
      request,
      now,
      { status: "completed", outcome: report.happened },
      { when: when.and(when.eq("status", "confirmed"), when.eq("volunteerId", visit.volunteerId)) },
    ),
    ...Visit.report(visit, { outcome: report.happened, minutes: report.minutes }, now),
    Request.reportItem(request.id, { ...report, at, by: by.kind, actorName }),
    Counts.change("requests", { confirmed: -1, completed: 1 }),
    ...Monthly.count(
      report.happened === "yes"
        ? [Tally.visitDone(Request.figuresOf(request), report.minutes ?? 0)]
        : [],
    ),
    Request.eventItem(request.id, {
      at,
      kind: "report",
      outcome: report.happened,
      ...(report.minutes !== undefined && { minutes: report.minutes }),
      flags: flagsOf(report),
      actorName,
    }),
    Audit.entry(
      "visit.report",
      `request#${request.id}`,
      { by: by.kind, outcome: report.happened },
      now,
    ),
    ...flagsOf(report).map((flag) => Alert.raise(ALERT_OF_FLAG[flag], request, now)),
    // The volunteer's own sense of meaning, kept apart: only when they answered it themselves.
    ...(by.kind === "volunteer" ? await Feedback.fromReport(meaningful, now) : []),
    // The bank's "longest without a visit" ordering counts visits that took place.
    ...(completed !== undefined && volunteer
      ? Volunteer.recordVisit(volunteer, visit.startsAt, completed)
      : []),
  ];
  const urgent = report.safety ? await Alert.urgentMails("safety_concern", request, now) : [];
  const milestone =
    completed !== undefined ? Recognition.visitMilestone(visit.volunteerId, completed, now) : [];
  await commitReport(items, milestone, urgent);
}

/**
 * The report with its milestone. If the milestone was written already (a report of the same
 * count a moment ago), the report itself still goes in, and the milestone stays on the list once.
 */
async function commitReport(
  items: TransactItem[],
  milestone: TransactItem[],
  urgent: Outbox.Entry[],
) {
  try {
    await Outbox.commit([...items, ...milestone], urgent);
  } catch (error) {
    const mine = items.length;
    if (
      !(error instanceof ConditionsFailed) ||
      milestone.length === 0 ||
      !error.failed.every((i) => i >= mine)
    ) {
      throw error;
    }
    await Outbox.commit(items, urgent);
  }
}

/** Visits that took place before this one: the stored count, or the log's for older records. */
async function completedBefore(v: Volunteer.Volunteer, requestId: string) {
  if (v.completedVisits !== undefined) return v.completedVisits;
  const log = await Visit.ofVolunteer(v.id);
  return log.filter(
    (x) => x.requestId !== requestId && x.status === "reported" && x.outcome === "yes",
  ).length;
}

const ALERT_OF_FLAG = {
  safety: "safety_concern",
  followUp: "follow_up",
  wantsTalk: "volunteer_talk",
} as const;

/** What a report flags for the coordinator. */
function flagsOf(report: Report): (keyof typeof ALERT_OF_FLAG)[] {
  return [
    ...(report.safety ? (["safety"] as const) : []),
    ...(report.followUp ? (["followUp"] as const) : []),
    ...(report.wantsTalk ? (["wantsTalk"] as const) : []),
  ];
}

export async function report(
  token: string,
  input: unknown,
  now = new Date(),
): Promise<ReportOutcome> {
  const parsed = zm.parse(ReportInput, input);
  return Link.actingAs(token, "visit", now, async () => {
    for (let attempt = 1; ; attempt++) {
      const { state, visit } = await visitOf(token, now);
      if (visit.status === "reported") return "already_reported";
      if (visit.status === "cancelled") return "cancelled";
      if (now.toISOString() < visit.startsAt) {
        throw new VisibleError(409, "too_early", "error.reportTooEarly");
      }
      try {
        await complete(state, parsed, { kind: "volunteer" }, now);
        return "reported";
      } catch (error) {
        if (error instanceof ConditionsFailed && attempt < ATTEMPTS) continue;
        throw error;
      }
    }
  });
}

/** A coordinator records how the visit went, e.g. after a phone call. */
export const recordOutcome = fn(
  z.object({ id: z.string().min(1).max(64), report: z.unknown() }),
  async ({ id, report: input }, now: Date = new Date()) => {
    const actor = Actor.coordinator();
    const parsed = zm.parse(ReportInput, input);
    const state = await Offer.load(id);
    if (!state) throw new VisibleError(404, "not_found", "error.notFound");
    if (state.request.status !== "confirmed" || state.visit?.status !== "planned") {
      throw new VisibleError(409, "not_allowed", "error.notAllowed");
    }
    // Before the visit there is no outcome yet: a call-off is a cancellation.
    if (now.toISOString() < state.visit.startsAt) {
      throw new VisibleError(409, "too_early", "error.reportTooEarly");
    }
    try {
      await complete(state, parsed, { kind: "coordinator", name: actor.name }, now);
    } catch (error) {
      if (error instanceof ConditionsFailed)
        throw new VisibleError(409, "conflict", "error.conflict");
      throw error;
    }
  },
);

/** The volunteer's own visits and totals, for their page. */
export async function mine() {
  const actor = Actor.volunteer();
  const visits = await Visit.ofVolunteer(actor.volunteerId);
  const done = visits.filter((v) => v.status === "reported" && v.outcome === "yes");
  return {
    visits,
    totals: {
      visits: done.length,
      minutes: done.reduce((sum, v) => sum + (v.minutes ?? 0), 0),
      upcoming: visits.filter((v) => v.status === "planned").length,
    },
  };
}
