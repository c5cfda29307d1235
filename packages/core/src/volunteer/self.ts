import * as z from "zod";
import * as Actor from "../actor/index.ts";
import { Audit } from "../audit/index.ts";
import * as Session from "../auth/session.ts";
import { consume, issueLink, LINK_TTL_MS, linkLetter, sendLinkIfKnown } from "../auth/sign-in.ts";
import { type Locale, locales, t } from "../i18n/index.ts";
import { Outbox } from "../mail/index.ts";
import { Privacy } from "../privacy/index.ts";
import { VisibleError } from "../util/errors.ts";
import { fn } from "../util/fn.ts";
import { helsinkiDate } from "../util/time.ts";
import { normaliseEmail } from "./application.ts";
import { acknowledge, noticeView } from "./notice.ts";
import { IdInput, load, ProfileChange, saveProfile } from "./profile.ts";
import { moveItems } from "./status.ts";
import { byEmail, get, historyItem, type Volunteer } from "./store.ts";

/** A volunteer's own pages: their link, their profile, a pause they take themself. */

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

export const selfLinkLetter = (locale: Locale, name: string, url: string) =>
  linkLetter(locale, name, url, {
    subject: t(locale, "mail.volunteerLink.subject"),
    body: t(locale, "mail.volunteerLink.body", { minutes: LINK_TTL_MS / 60_000 }),
    action: t(locale, "mail.action.profile"),
  });

function selfLink(v: Volunteer, locale: Locale, now: Date) {
  return issueLink(
    { id: v.id, email: v.email, name: v.name, mailOwner: `volunteer#${v.id}` },
    "/volunteer/sign-in",
    { template: "volunteer-link", write: (url) => selfLinkLetter(locale, v.name, url) },
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
        // Someone who has ended still fetches their certificates this way.
        return v ? selfLink(v, input.locale, now) : undefined;
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
  await Outbox.commit(link.writes, [link.mail]);
});

export const SelfLinkToken = z.object({ token: z.string().min(10).max(200) });

/** Opens a volunteer's self-service session from their link. */
export async function signInWithLink(token: string, now = new Date()) {
  const ownerId = await consume(token, now, "vol_");
  const v = await get(ownerId);
  if (!v) throw new VisibleError(400, "link_invalid", "error.linkInvalid");
  const session = Session.create(v.id, "done", now);
  await Outbox.commit([session.put]);
  return { cookie: session.cookie };
}

export async function me() {
  const [v, notice] = await Promise.all([load(Actor.volunteer().volunteerId), Privacy.current()]);
  return { ...selfView(v), notice: noticeView(v, notice) };
}

/** "I have read the new privacy notice": their page, without the banner. */
export const acknowledgeNotice = fn(acknowledge.schema, async (input, now: Date = new Date()) => {
  await acknowledge(input, now);
  return me();
});

export const updateOwnProfile = fn(
  ProfileChange,
  async ({ version, profile }, now: Date = new Date()) => {
    const actor = Actor.volunteer();
    const v = await load(actor.volunteerId);
    // After ending, the pages show the record and the certificates; nothing is changed there.
    if (v.status === "ended") throw new VisibleError(409, "not_allowed", "error.notAllowed");
    await saveProfile({ ...v, version }, profile, now, "self");
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
    if (until < helsinkiDate(now)) {
      throw new VisibleError(400, "validation", "error.validation", { until: "error.dateInPast" });
    }
    const at = now.toISOString();
    await Outbox.commitGuarded([
      ...moveItems(v, "paused", { pausedUntil: until }, now),
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
    await Outbox.commitGuarded([
      ...moveItems(v, "active", {}, now),
      historyItem(v.id, { at, from: "paused", to: "active", actorName: actor.name }),
      Audit.entry("volunteer.status", `volunteer#${v.id}`, { from: "paused", to: "active" }, now),
    ]);
    return me();
  },
);
