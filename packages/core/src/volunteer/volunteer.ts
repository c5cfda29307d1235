import { GetCommand } from "@aws-sdk/lib-dynamodb";
import * as z from "zod";
import * as Actor from "../actor/index.ts";
import { Audit } from "../audit/index.ts";
import * as Session from "../auth/session.ts";
import { consume, issueLink, LINK_TTL_MS, sendLinkIfKnown } from "../auth/sign-in.ts";
import { Counts } from "../counts/index.ts";
import { db, tableName } from "../db/client.ts";
import { queryAll } from "../db/query.ts";
import { ConditionsFailed, transact, transactGuarded } from "../db/transact.ts";
import { type Locale, locales, t } from "../i18n/index.ts";
import { Outbox, render } from "../mail/index.ts";
import * as RateLimit from "../rate-limit/index.ts";
import type { TransactItem } from "../util/db-types.ts";
import { VisibleError } from "../util/errors.ts";
import { fn } from "../util/fn.ts";
import { createId } from "../util/id.ts";
import { normalisePhone } from "../util/phone.ts";
import { paragraphs, phoneField } from "../util/text.ts";
import { helsinkiDate } from "../util/time.ts";
import { plainWords, words } from "../util/words.ts";
import {
  applicationInput,
  type Interview,
  InterviewInput,
  type Profile,
  ProfileInput,
  StatusChangeInput,
  type VolunteerStatus,
  volunteerStatuses,
  volunteerTransitions,
} from "./schema.ts";

/**
 * The volunteer bank: applications, the interview, the lifecycle with its history, profiles, and
 * volunteers' own self-service. Every change, its history entry, the bank card and the audit
 * entry commit together.
 */

export interface Volunteer {
  id: string;
  status: VolunteerStatus;
  name: string;
  email: string;
  phone?: string;
  municipality: string;
  locale: Locale;
  languages: string[];
  otherLanguage?: string;
  motivation: string;
  heardFrom: string;
  consentAt: string;
  createdAt: string;
  updatedAt: string;
  version: number;
  profile: Profile | null;
  pausedUntil?: string;
  endedAt?: string;
  endReason?: string;
  lastVisitAt?: string;
}

export interface HistoryEntry {
  at: string;
  from: VolunteerStatus | null;
  to: VolunteerStatus;
  reason?: string;
  until?: string;
  endReason?: string;
  actorName: string;
}

export const keys = {
  volunteer: (id: string) => ({ pk: `volunteer#${id}`, sk: "volunteer" }),
  card: (id: string) => ({ pk: `volunteer#${id}`, sk: "card" }),
  interview: (id: string) => ({ pk: `volunteer#${id}`, sk: "interview" }),
  email: (email: string) => ({ pk: `volunteer-email#${email}`, sk: "volunteer-email" }),
  /** gsi1 of the card: the bank by status, by name. */
  bank: (status: VolunteerStatus, name: string, id: string) => ({
    gsi1pk: `bank#${status}`,
    gsi1sk: `${words(name).join(" ")}#${id}`,
  }),
};

const fold = (text: string) => words(text).join(" ");

const normaliseEmail = (email: string) => email.trim().toLowerCase();

/** What the bank lists and filters by: a few hundred bytes per volunteer. */
export function card(v: Volunteer) {
  return {
    id: v.id,
    name: v.name,
    status: v.status,
    municipality: v.municipality,
    languages: v.profile?.languages ?? v.languages.map((code) => ({ code, level: "fluent" })),
    sectors: v.profile?.sectors ?? [],
    areas: v.profile?.areas ?? [v.municipality],
    /** Areas folded for matching (ä → a, lowercase), worked out once per save. */
    areaKeys: [...new Set([...(v.profile?.areas ?? []), v.municipality].map(fold))],
    avoidSectors: v.profile?.avoidSectors ?? [],
    /** Words of their interests (four letters or more), for the matching's "interests" factor. */
    interestWords: plainWords(v.profile?.interests ?? "")
      .filter((w) => w.length >= 4)
      .slice(0, 60),
    availability: v.profile?.availability ?? null,
    pausedUntil: v.pausedUntil,
    lastVisitAt: v.lastVisitAt,
    createdAt: v.createdAt,
  };
}
export type Card = ReturnType<typeof card>;

/**
 * The card as stored: one JSON string rather than nested maps and lists, because reading
 * thousands of cards is dominated by the number of attributes DynamoDB has to serialise.
 */
export function cardItem(v: Volunteer) {
  return {
    ...keys.card(v.id),
    ...keys.bank(v.status, v.name, v.id),
    type: "card",
    card: JSON.stringify(card(v)),
  };
}

function put(v: Volunteer): TransactItem[] {
  return [
    {
      Put: {
        TableName: tableName(),
        Item: { ...keys.volunteer(v.id), type: "volunteer", ...v },
        ConditionExpression: "attribute_not_exists(pk) OR version = :seen",
        ExpressionAttributeValues: { ":seen": v.version - 1 },
      },
    },
    { Put: { TableName: tableName(), Item: cardItem(v) } },
  ];
}

function historyItem(id: string, entry: HistoryEntry): TransactItem {
  return {
    Put: {
      TableName: tableName(),
      Item: {
        pk: `volunteer#${id}`,
        sk: `history#${entry.at}#${createId("evt")}`,
        type: "volunteer-history",
        ...entry,
      },
    },
  };
}

/**
 * A public application. An address that already applied gets the same answer and nothing new
 * is stored (the answer must not tell who is a volunteer).
 */
/** The application as the API takes it: the phone number checked and written in one form. */
export const ApplyInput = applicationInput(phoneField(normalisePhone));

export const apply = fn(
  ApplyInput,
  async (input, context: { clientAddress: string; now?: Date }): Promise<void> => {
    const now = context.now ?? new Date();
    if (input.website) return;
    const email = normaliseEmail(input.email);
    const at = now.toISOString();
    const volunteer: Volunteer = {
      id: createId("vol"),
      status: "applicant",
      name: input.name,
      email,
      phone: input.phone,
      municipality: input.municipality,
      locale: input.locale,
      languages: input.languages,
      otherLanguage: input.otherLanguage,
      motivation: input.motivation,
      heardFrom: input.heardFrom,
      consentAt: at,
      createdAt: at,
      updatedAt: at,
      version: 1,
      profile: null,
    };
    const { locale } = input;
    const mail = Outbox.entry(
      `volunteer#${volunteer.id}`,
      "volunteer-application",
      render(email, {
        locale,
        subject: t(locale, "mail.application.subject"),
        paragraphs: [t(locale, "mail.application.body"), t(locale, "mail.application.next")],
      }),
      now,
    );
    let emailed: boolean;
    try {
      emailed = await Outbox.commitWithConfirmation(
        [
          RateLimit.countAgainst("volunteer-apply", context.clientAddress, 10, 3600, now),
          {
            Put: {
              TableName: tableName(),
              Item: { ...keys.email(email), type: "volunteer-email", volunteerId: volunteer.id },
              ConditionExpression: "attribute_not_exists(pk)",
            },
          },
          ...put(volunteer),
          historyItem(volunteer.id, { at, from: null, to: "applicant", actorName: "" }),
          Counts.change("volunteers", { applicant: 1 }),
        ],
        { to: email, put: mail.put },
        now,
      );
    } catch (error) {
      if (error instanceof ConditionsFailed && error.failed.includes(0)) {
        throw new VisibleError(429, "rate_limited", "error.rateLimited");
      }
      if (error instanceof ConditionsFailed) return; // applied before
      throw error;
    }
    if (emailed) Outbox.dispatch([mail.key]);
  },
);

export async function get(id: string): Promise<Volunteer | undefined> {
  const { Item } = await db().send(
    new GetCommand({ TableName: tableName(), Key: keys.volunteer(id), ConsistentRead: true }),
  );
  if (!Item) return undefined;
  const { pk: _pk, sk: _sk, type: _t, ...volunteer } = Item;
  return volunteer as Volunteer;
}

async function load(id: string): Promise<Volunteer> {
  const volunteer = await get(id);
  if (!volunteer) throw new VisibleError(404, "not_found", "error.notFound");
  return volunteer;
}

async function byEmail(email: string): Promise<Volunteer | undefined> {
  const { Item } = await db().send(
    new GetCommand({ TableName: tableName(), Key: keys.email(email) }),
  );
  return Item ? get(Item.volunteerId as string) : undefined;
}

/** What a volunteer sees of themself: never the interview or coordinators' notes. */
export function selfView(v: Volunteer) {
  return {
    id: v.id,
    name: v.name,
    email: v.email,
    phone: v.phone,
    municipality: v.municipality,
    status: v.status,
    pausedUntil: v.pausedUntil,
    profile: v.profile,
    version: v.version,
  };
}

const IdInput = z.object({ id: z.string().min(1).max(64) });

/** Everything a coordinator needs on a volunteer's page; the read is audited. */
export const detail = fn(IdInput, async ({ id }, now: Date = new Date()) => {
  Actor.coordinator();
  const items = await queryAll({
    TableName: tableName(),
    KeyConditionExpression: "pk = :pk",
    ExpressionAttributeValues: { ":pk": `volunteer#${id}` },
    ConsistentRead: true,
  });
  const raw = items.find((i) => i.sk === "volunteer");
  if (!raw) throw new VisibleError(404, "not_found", "error.notFound");
  await Audit.record("volunteer.read", `volunteer#${id}`, undefined, now);
  const { pk: _pk, sk: _sk, type: _t, ...volunteer } = raw;
  const interview = items.find((i) => i.sk === "interview");
  const pick = <T>(type: string) =>
    items
      .filter((i) => i.type === type)
      .map(({ pk: _p, sk: _s, type: _t2, ...rest }) => rest as T)
      .sort((a, b) =>
        String((a as { at: string }).at).localeCompare(String((b as { at: string }).at)),
      );
  return {
    volunteer: volunteer as unknown as Volunteer,
    interview: interview
      ? (interview.interview as Interview & { at: string; actorName: string })
      : null,
    history: pick<HistoryEntry>("volunteer-history"),
    notes: pick<{ at: string; text: string; actorName: string }>("volunteer-note"),
  };
});

function moveItems(v: Volunteer, to: VolunteerStatus, extra: Partial<Volunteer>, now: Date) {
  const next: Volunteer = {
    ...v,
    ...extra,
    status: to,
    version: v.version + 1,
    updatedAt: now.toISOString(),
  };
  if (to !== "paused") delete next.pausedUntil;
  return {
    next,
    items: [
      ...put(next),
      Counts.change("volunteers", { [v.status]: -1, [to]: 1 }),
    ] as TransactItem[],
  };
}

/** The interview: notes only coordinators see, and the decision that moves the applicant on. */
export const interview = fn(
  z.object({
    id: z.string().min(1).max(64),
    version: z.number().int().min(1),
    interview: InterviewInput,
  }),
  async ({ id, version, interview: input }, now: Date = new Date()) => {
    const actor = Actor.coordinator();
    const v = { ...(await load(id)), version };
    const at = now.toISOString();
    const to: VolunteerStatus =
      input.decision === "to_training"
        ? "in_training"
        : input.decision === "not_now"
          ? "interviewed"
          : "ended";
    const items: TransactItem[] = [
      {
        Put: {
          TableName: tableName(),
          Item: {
            ...keys.interview(id),
            type: "interview",
            interview: { ...input, at, actorName: actor.name },
          },
        },
      },
      Audit.entry("volunteer.interview", `volunteer#${id}`, { decision: input.decision }, now),
    ];
    const languages = input.languages.length ? input.languages.map((l) => l.code) : v.languages;
    if (v.status === "applicant" || (v.status === "interviewed" && to !== "interviewed")) {
      const moved = moveItems(
        v,
        to,
        {
          languages,
          ...(to === "ended" && { endedAt: at, endReason: "not_suitable" }),
        },
        now,
      );
      items.push(
        ...moved.items,
        historyItem(id, { at, from: v.status, to, reason: input.reason, actorName: actor.name }),
      );
    } else {
      items.push(...put({ ...v, languages, version: v.version + 1, updatedAt: at }));
    }
    await transactGuarded(items);
    return detail({ id }, now);
  },
);

/** A lifecycle move by a coordinator, with its history and reason. */
export const changeStatus = fn(
  z.object({
    id: z.string().min(1).max(64),
    version: z.number().int().min(1),
    change: StatusChangeInput,
  }),
  async ({ id, version, change }, now: Date = new Date()) => {
    const actor = Actor.coordinator();
    const v = { ...(await load(id)), version };
    if (!volunteerTransitions[v.status].includes(change.to)) {
      throw new VisibleError(409, "not_allowed", "error.notAllowed");
    }
    const at = now.toISOString();
    const moved = moveItems(
      v,
      change.to,
      {
        ...(change.to === "paused" && { pausedUntil: change.until }),
        ...(change.to === "ended" && { endedAt: at, endReason: change.endReason }),
      },
      now,
    );
    await transactGuarded([
      ...moved.items,
      historyItem(id, {
        at,
        from: v.status,
        to: change.to,
        reason: change.reason,
        until: change.until,
        endReason: change.endReason,
        actorName: actor.name,
      }),
      Audit.entry("volunteer.status", `volunteer#${id}`, { from: v.status, to: change.to }, now),
    ]);
    // Someone who left keeps no way in.
    if (change.to === "ended") await Session.endAll(id);
    return detail({ id }, now);
  },
);

async function saveProfile(v: Volunteer, profile: Profile, now: Date) {
  await transactGuarded([
    ...put({ ...v, profile, version: v.version + 1, updatedAt: now.toISOString() }),
    Audit.entry("volunteer.profile", `volunteer#${v.id}`, undefined, now),
  ]);
}

const ProfileChange = z.object({ version: z.number().int().min(1), profile: ProfileInput });

export const updateProfile = fn(
  ProfileChange.extend({ id: z.string().min(1).max(64) }),
  async ({ id, version, profile }, now: Date = new Date()) => {
    Actor.coordinator();
    await saveProfile({ ...(await load(id)), version }, profile, now);
    return detail({ id }, now);
  },
);

export const addNote = fn(
  z.object({
    id: z.string().min(1).max(64),
    text: paragraphs(4000),
  }),
  async ({ id, text }, now: Date = new Date()) => {
    const actor = Actor.coordinator();
    await load(id);
    const at = now.toISOString();
    await transactGuarded([
      {
        Put: {
          TableName: tableName(),
          Item: {
            pk: `volunteer#${id}`,
            sk: `note#${at}#${createId("not")}`,
            type: "volunteer-note",
            at,
            text,
            actorName: actor.name,
          },
        },
      },
      Audit.entry("volunteer.note", `volunteer#${id}`, undefined, now),
    ]);
  },
);

function selfLink(v: Volunteer, locale: Locale, now: Date) {
  return issueLink(
    { id: v.id, email: v.email, name: v.name, mailOwner: `volunteer#${v.id}` },
    "/volunteer/sign-in",
    {
      locale,
      subject: t(locale, "mail.volunteerLink.subject"),
      body: t(locale, "mail.volunteerLink.body", { minutes: LINK_TTL_MS / 60_000 }),
    },
    now,
  );
}

/** A volunteer asks for a link to their own pages; same answer for every address. */
export const requestSelfLink = fn(
  z.object({
    email: z.email({ error: "error.email" }).max(254),
    locale: z.enum(locales).default("fi"),
  }),
  async (input, context: { clientAddress: string; now?: Date }) => {
    const now = context.now ?? new Date();
    await sendLinkIfKnown(
      normaliseEmail(input.email),
      context.clientAddress,
      now,
      async (email) => {
        const v = await byEmail(email);
        return v && v.status !== "ended" ? selfLink(v, input.locale, now) : undefined;
      },
    );
  },
);

/** A coordinator sends a volunteer the link. */
export const sendSelfLink = fn(IdInput, async ({ id }, now: Date = new Date()) => {
  Actor.coordinator();
  const v = await load(id);
  if (v.status === "ended") throw new VisibleError(409, "not_allowed", "error.notAllowed");
  const link = selfLink(v, v.locale, now);
  await transact(link.writes);
  Outbox.dispatch([link.mail.key]);
});

export const SelfLinkToken = z.object({ token: z.string().min(10).max(200) });

/** Opens a volunteer's self-service session from their link. */
export async function signInWithLink(token: string, now = new Date()) {
  const ownerId = await consume(token, now, "vol_");
  const v = await get(ownerId);
  if (!v || v.status === "ended") throw new VisibleError(400, "link_invalid", "error.linkInvalid");
  const session = Session.create(v.id, "done", now);
  await transact([session.put]);
  return { cookie: session.cookie };
}

export async function me() {
  return selfView(await load(Actor.volunteer().volunteerId));
}

export const updateOwnProfile = fn(
  ProfileChange,
  async ({ version, profile }, now: Date = new Date()) => {
    const actor = Actor.volunteer();
    await saveProfile({ ...(await load(actor.volunteerId)), version }, profile, now);
    return me();
  },
);

/** A volunteer pauses themself until a date, or comes back early. */
export const pauseSelf = fn(
  z.object({ version: z.number().int().min(1), until: z.iso.date({ error: "error.date" }) }),
  async ({ version, until }, now: Date = new Date()) => {
    const actor = Actor.volunteer();
    const v = { ...(await load(actor.volunteerId)), version };
    if (v.status !== "active") throw new VisibleError(409, "not_allowed", "error.notAllowed");
    const at = now.toISOString();
    if (until < helsinkiDate(now)) {
      throw new VisibleError(400, "validation", "error.validation", { until: "error.dateInPast" });
    }
    const moved = moveItems(v, "paused", { pausedUntil: until }, now);
    await transactGuarded([
      ...moved.items,
      historyItem(v.id, { at, from: "active", to: "paused", until, actorName: actor.name }),
      Audit.entry("volunteer.status", `volunteer#${v.id}`, { from: "active", to: "paused" }, now),
    ]);
    return me();
  },
);

export const resumeSelf = fn(
  z.object({ version: z.number().int().min(1) }),
  async ({ version }, now: Date = new Date()) => {
    const actor = Actor.volunteer();
    const v = { ...(await load(actor.volunteerId)), version };
    if (v.status !== "paused") throw new VisibleError(409, "not_allowed", "error.notAllowed");
    const at = now.toISOString();
    const moved = moveItems(v, "active", {}, now);
    await transactGuarded([
      ...moved.items,
      historyItem(v.id, { at, from: "paused", to: "active", actorName: actor.name }),
      Audit.entry("volunteer.status", `volunteer#${v.id}`, { from: "paused", to: "active" }, now),
    ]);
    return me();
  },
);

export { volunteerStatuses };
