import * as z from "zod";
import * as Actor from "../actor/index.ts";
import { Audit } from "../audit/index.ts";
import {
  ConditionsFailed,
  defineItem,
  deleteMany,
  getMany,
  putRaw,
  queryEvery,
  transact,
  transactGuarded,
  when,
} from "../db/index.ts";
import { audiences } from "../feedback/questionnaire.ts";
import * as Link from "../link/index.ts";
import { Outbox } from "../mail/index.ts";
import { Request } from "../request/index.ts";
import { closedStatuses } from "../request/status.ts";
import type { TransactItem } from "../util/db-types.ts";
import { fn } from "../util/fn.ts";
import { addDays, helsinkiDate } from "../util/time.ts";
import * as Erasure from "./erasure.ts";
import {
  addMonths,
  cutoff,
  defaults,
  dueMonths,
  type Kind,
  kinds,
  lastDueMonth,
  type Policy,
  PolicyInput,
  rules,
} from "./policy.ts";
import * as ClientData from "./request.ts";
import * as VolunteerData from "./volunteer.ts";

/**
 * The retention policy as the association set it, and the daily job that applies it. The job
 * first plans — which records are due, by their own clocks, minus those under a legal hold —
 * and then carries the plan out; the workspace's preview is the same plan, not carried out, so
 * what it shows is what the next run does. The job logs how many of each kind it anonymised or
 * deleted, never which.
 */

type Raw = Record<string, unknown>;

/** Nothing in Rinnalla is older than this year: the month-by-month clean-ups start here. */
const FIRST_YEAR = 2024;

const Stored = z.object({
  policy: z.object(
    Object.fromEntries(kinds.map((k) => [k, z.number()])) as Record<Kind, z.ZodNumber>,
  ),
  /** Whether a volunteer's export shows their interview notes (the association decides). */
  exportInterview: z.boolean(),
  version: z.number(),
  updatedAt: z.string().optional(),
});
export type Settings = z.output<typeof Stored>;

const SettingsItem = defineItem({
  type: "retention-settings",
  schema: Stored,
  key: () => ({ pk: "settings#retention", sk: "settings" }),
  id: () => undefined,
});

export async function settings(): Promise<Settings & { rules: typeof rules }> {
  const stored = await SettingsItem.get(undefined);
  // A kind added after the association saved its choices starts at its default.
  return {
    policy: { ...defaults, ...stored?.policy },
    exportInterview: stored?.exportInterview ?? true,
    version: stored?.version ?? 0,
    rules,
  };
}

export const UpdateInput = z.object({
  policy: PolicyInput,
  exportInterview: z.boolean(),
  /** The version the admin saw. */
  version: z.number().int().min(0),
});

export const update = fn(UpdateInput, async (input, now: Date = new Date()) => {
  Actor.admin();
  const next = {
    policy: input.policy,
    exportInterview: input.exportInterview,
    version: input.version + 1,
    updatedAt: now.toISOString(),
  };
  await transactGuarded([
    SettingsItem.put(
      next,
      input.version === 0 ? when.notExists("pk") : when.eq("version", input.version),
    ),
    Audit.entry("settings.retention", "settings#retention", { ...input.policy }, now),
  ]);
  return { ...next, rules };
});

/** Where the month-by-month clean-ups (audit log, delivery records) have got to. */
const Progress = defineItem({
  type: "retention-progress",
  schema: z.object({ kind: z.string(), next: z.string() }),
  key: (kind: string) => ({ pk: "retention", sk: kind }),
  id: (p) => p.kind,
});

export interface Step {
  kind: Kind;
  action: "anonymise" | "delete";
  /** What it acts on: `request#…`, `volunteer#…`, a feedback answer's key, a month. */
  target: string;
  /** How the workspace names it: a request's reference, a month. Never a person's name. */
  label: string;
  /** Entries in a month (audit log, delivery records). */
  count?: number;
}

export interface Plan {
  today: string;
  policy: Policy;
  steps: Step[];
  /** Records that would be due but are under a legal hold. */
  held: { kind: Kind; label: string; target: string }[];
}

async function requestSteps(today: string, policy: Policy, held: Plan["held"]) {
  const due = cutoff(today, policy.request);
  const steps: Step[] = [];
  for (const status of closedStatuses) {
    // Closing comes before the appointment at most a year ahead (the form's limit).
    const found = await queryEvery({
      index: "gsi1",
      partition: `requests#${status}`,
      range: { lt: addDays(due, 367) },
      filter: when.notExists("anonymisedAt"),
      project: ["id", "reference", "closedAt", "updatedAt", "legalHold"],
    });
    for (const r of found) {
      const closed = helsinkiDate(new Date(String(r.closedAt ?? r.updatedAt)));
      if (closed > due) continue;
      const label = String(r.reference);
      if (r.legalHold) held.push({ kind: "request", label, target: `request#${r.id}` });
      else steps.push({ kind: "request", action: "anonymise", target: `request#${r.id}`, label });
    }
  }
  return steps;
}

async function reportSteps(today: string, policy: Policy, anonymising: Set<string>) {
  const due = cutoff(today, policy.visitReport);
  // A report is written after its visit: only visits that started by the cutoff can be due.
  const found = await queryEvery({
    index: "gsi1",
    partition: "requests#completed",
    range: { lt: addDays(due, 1) },
    filter: when.and(when.notExists("anonymisedAt"), when.notExists("reportTextRemovedAt")),
    project: ["id", "reference", "legalHold"],
  });
  const candidates = found.filter((r) => !r.legalHold && !anonymising.has(`request#${r.id}`));
  const reports = await getMany(candidates.map((r) => ({ pk: `request#${r.id}`, sk: "report" })));
  return candidates.flatMap((r): Step[] => {
    const report = reports.get(`request#${r.id}|report`)?.report as Raw | undefined;
    if (!report || helsinkiDate(new Date(String(report.at))) > due) return [];
    const label = String(r.reference);
    return [{ kind: "visitReport", action: "delete", target: `request#${r.id}`, label }];
  });
}

async function volunteerSteps(today: string, policy: Policy, held: Plan["held"]) {
  const cards = await queryEvery({ index: "gsi1", partition: "bank#ended", project: ["card"] });
  const ids = cards
    .map((c) => JSON.parse(String(c.card)) as Raw)
    .filter((c) => c.name !== ClientData.GONE)
    .map((c) => String(c.id));
  const items = await getMany(
    ids.flatMap((id) => [
      { pk: `volunteer#${id}`, sk: "volunteer" },
      { pk: `volunteer#${id}`, sk: "interview" },
    ]),
  );
  const steps: Step[] = [];
  for (const id of ids) {
    const v = items.get(`volunteer#${id}|volunteer`);
    if (!v || v.anonymisedAt) continue;
    const ended = helsinkiDate(new Date(String(v.endedAt ?? v.updatedAt)));
    const target = `volunteer#${id}`;
    const label = id;
    if (ended <= cutoff(today, policy.volunteer)) {
      if (v.legalHold) held.push({ kind: "volunteer", label, target });
      else steps.push({ kind: "volunteer", action: "anonymise", target, label });
    } else if (ended <= cutoff(today, policy.interview) && items.has(`volunteer#${id}|interview`)) {
      if (v.legalHold) held.push({ kind: "interview", label, target });
      else steps.push({ kind: "interview", action: "delete", target, label });
    }
  }
  return steps;
}

async function surveySteps(today: string, policy: Policy) {
  const last = lastDueMonth(today, policy.surveyText);
  const years: number[] = [];
  for (let y = FIRST_YEAR; y <= Number(last.slice(0, 4)); y++) years.push(y);
  const found = (
    await Promise.all(
      audiences.flatMap((audience) =>
        years.map((year) =>
          queryEvery({
            partition: `feedback#${audience}#${year}`,
            range: { beginsWith: "answer#" },
            filter: when.le("month", last),
          }),
        ),
      ),
    )
  ).flat();
  return found
    .filter((a) => Object.values((a.values ?? {}) as Raw).some((v) => typeof v === "string"))
    .map(
      (a): Step => ({
        kind: "surveyText",
        action: "delete",
        target: `${a.pk}|${a.sk}`,
        label: String(a.month),
      }),
    );
}

async function monthSteps(kind: "auditLog" | "emailRecord", today: string, policy: Policy) {
  const first = (await Progress.get(kind))?.next ?? `${FIRST_YEAR}-01`;
  const steps: Step[] = [];
  for (const month of dueMonths(first, policy[kind], today)) {
    const count = (await monthItems(kind, month)).length;
    if (count > 0) steps.push({ kind, action: "delete", target: month, label: month, count });
  }
  return steps;
}

const monthItems = (kind: "auditLog" | "emailRecord", month: string) =>
  kind === "auditLog"
    ? queryEvery({ partition: `audit#${month}`, project: ["pk", "sk"] })
    : queryEvery({ index: "gsi1", partition: `${Outbox.SENT}${month}`, project: ["pk", "sk"] });

/** Answered accessibility feedback whose time has come: its words and contact go. */
async function accessibilitySteps(today: string, policy: Policy) {
  const due = cutoff(today, policy.accessibilityFeedback);
  const found = await queryEvery({
    index: "gsi1",
    partition: "a11y-feedback#answered",
    range: { lt: addDays(due, 1) },
    filter: when.notExists("contentRemovedAt"),
    project: ["id", "answeredAt"],
  });
  return found
    .filter((f) => helsinkiDate(new Date(String(f.answeredAt))) <= due)
    .map(
      (f): Step => ({
        kind: "accessibilityFeedback",
        action: "delete",
        target: `a11y-feedback#${f.id}`,
        label: String(f.answeredAt).slice(0, 10),
      }),
    );
}

/** What the next run does, on `now`'s Helsinki day. */
export async function plan(now: Date): Promise<Plan> {
  const today = helsinkiDate(now);
  const { policy } = await settings();
  const held: Plan["held"] = [];
  const requests = await requestSteps(today, policy, held);
  const anonymising = new Set(requests.map((s) => s.target));
  const steps = [
    ...requests,
    ...(await reportSteps(today, policy, anonymising)),
    ...(await volunteerSteps(today, policy, held)),
    ...(await surveySteps(today, policy)),
    ...(await monthSteps("auditLog", today, policy)),
    ...(await monthSteps("emailRecord", today, policy)),
    ...(await accessibilitySteps(today, policy)),
  ];
  return { today, policy, steps, held };
}

/** Writes in order, 100 to a transaction: the item that marks the work done comes last. */
async function commitInOrder(writes: TransactItem[]) {
  for (let i = 0; i < writes.length; i += 100) await transact(writes.slice(i, i + 100));
}

/** A survey answer without its open words (the scales are anonymous and stay). */
async function withoutWords(target: string): Promise<number> {
  const [pk = "", sk = ""] = target.split("|");
  const [answer] = await queryEvery({ partition: pk, range: { beginsWith: sk } });
  if (!answer) return 0;
  const values = Object.fromEntries(
    Object.entries((answer.values ?? {}) as Raw).filter(([, v]) => typeof v !== "string"),
  );
  await transact([putRaw({ ...answer, values }, when.exists("pk"))]);
  return 1;
}

/** Accessibility feedback without its words and contact; its dates show the 14 days were kept. */
async function emptied(target: string, now: Date): Promise<number> {
  const [item] = await queryEvery({ partition: target, consistent: true });
  if (!item || item.contentRemovedAt) return 0;
  const { email: _e, phone: _p, where: _w, answerNote: _n, ...kept } = item;
  const done = { ...kept, what: ClientData.GONE, contentRemovedAt: now.toISOString() };
  await transact([putRaw(done, when.exists("pk"))]);
  return 1;
}

/**
 * One step, on the records read again consistently: the plan comes from the index, which may
 * lag a moment behind, so a record that turns out done already is left alone (counted 0).
 */
async function carryOut(step: Step, now: Date): Promise<number> {
  const id = step.target.split("#")[1] ?? "";
  const of = (items: Raw[], type: string) => items.find((i) => i.type === type);
  switch (step.kind) {
    case "request": {
      const partition = await Request.partition(id);
      if (of(partition, "request")?.anonymisedAt) return 0;
      await commitInOrder(ClientData.anonymiseWrites(partition, now));
      return 1;
    }
    case "visitReport": {
      const items = await Request.partitionOfTypes(id, ["request", "report"]);
      const request = of(items, "request");
      if (request?.anonymisedAt || request?.reportTextRemovedAt) return 0;
      await commitInOrder(ClientData.reportTextWrites(items, now));
      return 1;
    }
    case "volunteer": {
      const partition = await queryEvery({ partition: step.target, consistent: true });
      const volunteer = of(partition, "volunteer");
      if (!volunteer || volunteer.anonymisedAt) return 0;
      const elsewhere = await VolunteerData.rowsNaming(id, String(volunteer.createdAt), now);
      const visited = await VolunteerData.requestsVisited(partition);
      await commitInOrder([
        ...VolunteerData.namedOnRequests(
          { id, name: String(volunteer.name), email: String(volunteer.email ?? "") },
          visited,
        ),
        ...VolunteerData.anonymiseWrites(partition, elsewhere, now),
      ]);
      await Link.revokeAllOf(id);
      return 1;
    }
    case "interview": {
      const partition = await queryEvery({ partition: step.target, consistent: true });
      if (!of(partition, "interview") || of(partition, "volunteer")?.anonymisedAt) return 0;
      await commitInOrder(VolunteerData.interviewWrites(partition, now));
      return 1;
    }
    case "surveyText":
      return withoutWords(step.target);
    case "accessibilityFeedback":
      return emptied(step.target, now);
    case "auditLog":
    case "emailRecord": {
      const items = await monthItems(step.kind, step.target);
      await deleteMany(items.map((i) => ({ pk: String(i.pk), sk: String(i.sk) })));
      return items.length;
    }
  }
}

export type Counts = Partial<Record<Kind, number>>;

/**
 * The daily run: the plan carried out, step by step. A record changed since it was planned
 * (its version moved) is left for tomorrow's run, which plans again.
 */
export async function run(now: Date = new Date()) {
  const planned = await plan(now);
  const done: Counts = {};
  let skipped = 0;
  for (const step of planned.steps) {
    try {
      const n = await carryOut(step, now);
      done[step.kind] = (done[step.kind] ?? 0) + n;
    } catch (error) {
      if (!(error instanceof ConditionsFailed)) throw error;
      skipped++;
    }
  }
  for (const kind of ["auditLog", "emailRecord"] as const) {
    const months = dueMonths(
      (await Progress.get(kind))?.next ?? `${FIRST_YEAR}-01`,
      planned.policy[kind],
      planned.today,
    );
    const last = months.at(-1);
    if (last) await transact([Progress.put({ kind, next: addMonths(last, 1) })]);
  }
  // How many of what, never which: the log itself must not become a list of people.
  const details = { ...done, held: planned.held.length, skipped };
  await transact([Audit.entry("retention.run", "settings#retention", details, now)]);
  return details;
}

/** The job: the policy applied, and erasures past their 7 days made final. */
export async function applyDaily(now: Date = new Date()) {
  const applied = await run(now);
  return { ...applied, finalised: await Erasure.finalise(now) };
}

/** The preview in the workspace: the plan, with each kind's count. */
export async function preview(now: Date = new Date()) {
  Actor.admin();
  const planned = await plan(now);
  const counts: Counts = {};
  for (const s of planned.steps) counts[s.kind] = (counts[s.kind] ?? 0) + (s.count ?? 1);
  return { ...planned, counts };
}
