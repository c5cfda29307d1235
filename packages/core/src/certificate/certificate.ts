import { randomBytes } from "node:crypto";
import * as z from "zod";
import * as Actor from "../actor/index.ts";
import { Audit } from "../audit/index.ts";
import { config } from "../config/index.ts";
import { when } from "../db/expr.ts";
import { transactGuarded } from "../db/transact.ts";
import { type Locale, t } from "../i18n/index.ts";
import { Organisation } from "../organisation/index.ts";
import type { Sector } from "../request/index.ts";
import { Progress, TrainingLetters } from "../training/index.ts";
import type { TransactItem } from "../util/db-types.ts";
import { VisibleError } from "../util/errors.ts";
import { fn } from "../util/fn.ts";
import { paragraphs } from "../util/text.ts";
import { helsinkiDate } from "../util/time.ts";
import { Visit } from "../visit/index.ts";
import { Volunteer } from "../volunteer/index.ts";
import {
  type Certificate,
  type CertificateKind,
  Certificates,
  nextSerial,
  ofVolunteer,
  put,
} from "./store.ts";

/**
 * Certificates a volunteer keeps: of the training on completing it, and of service when they
 * leave, drafted from their record and edited by a coordinator before it is issued. Each has a
 * serial and a verification link anyone can open: it shows the name, what was certified, the
 * date, the issuer and whether it still stands, and nothing else.
 */

const Id = z.string().min(1).max(64);

const dateOf = (locale: Locale, iso: string) =>
  new Intl.DateTimeFormat(locale === "fi" ? "fi-FI" : locale === "sv" ? "sv-FI" : "en-GB", {
    day: "numeric",
    month: "numeric",
    year: "numeric",
    timeZone: "Europe/Helsinki",
  }).format(new Date(iso));

const hoursText = (locale: Locale, hours: number) =>
  new Intl.NumberFormat(locale === "fi" ? "fi-FI" : locale === "sv" ? "sv-FI" : "en-GB", {
    maximumFractionDigits: 1,
  }).format(hours);

export const verifyUrl = (id: string) => `${config().SITE_URL}/verify/${id}`;

/** A certificate ready to be written, with its serial; `by` is who issues it. */
async function made(
  kind: CertificateKind,
  v: Volunteer.Volunteer,
  content: { title: string; lines: string[] },
  by: string,
  now: Date,
): Promise<Certificate> {
  const organisation = await Organisation.current();
  return {
    id: randomBytes(16).toString("base64url"),
    serial: await nextSerial(helsinkiDate(now).slice(0, 4)),
    kind,
    volunteerId: v.id,
    name: v.name,
    locale: v.locale,
    ...content,
    issuedAt: now.toISOString(),
    issuer: organisation.name,
    issuedBy: by,
  };
}

/** The training certificate's words, from the sessions the volunteer attended. */
export async function trainingContent(v: Volunteer.Volunteer) {
  const { locale } = v;
  const progress = await Progress.of(v);
  const topics = [
    ...new Map(
      progress.attended
        .filter((a) => a.kind === "course" && a.mark !== "absent")
        .map((a) => [a.n, TrainingLetters.topicName(locale, a)]),
    ),
  ]
    .sort(([a], [b]) => a - b)
    .map(([, name]) => `– ${name}`);
  return {
    title: t(locale, "certificate.training.title"),
    lines: [
      t(locale, "certificate.training.body", { hours: hoursText(locale, progress.hours) }),
      [t(locale, "certificate.training.sessions"), ...topics].join("\n"),
    ],
  };
}

/** The writes that issue the training certificate, for the move that completes the course. */
export async function issueTraining(v: Volunteer.Volunteer, by: string, now: Date) {
  const certificate = await made("training", v, await trainingContent(v), by, now);
  const items: TransactItem[] = [
    put(certificate),
    Audit.entry("certificate.issue", `volunteer#${v.id}`, { serial: certificate.serial }, now),
  ];
  return { certificate, items };
}

/**
 * The certificate of service, drafted from the record: the period (first active to ended), the
 * visits that took place, the kinds of matters, the training hours and the course.
 */
export const draftService = fn(z.object({ id: Id }), async ({ id }, now: Date = new Date()) => {
  Actor.coordinator();
  const v = await Volunteer.get(id);
  if (!v) throw new VisibleError(404, "not_found", "error.notFound");
  const { history } = await Volunteer.detail({ id }, now);
  const { locale } = v;
  const [visits, progress] = await Promise.all([Visit.ofVolunteer(id), Progress.of(v)]);
  // The visits that took place: reported as having happened.
  const took = visits.filter((visit) => visit.status === "reported" && visit.outcome === "yes");
  const from = history.find((h) => h.to === "active")?.at ?? v.createdAt;
  const to = v.endedAt ?? now.toISOString();
  const sectors = [...new Set(took.map((visit) => visit.sector as Sector))]
    .map((s) => t(locale, `sector.${s}`))
    .join(", ");
  const lines = [
    t(locale, "certificate.service.body", { from: dateOf(locale, from), to: dateOf(locale, to) }),
    t(locale, "certificate.service.visits", { count: took.length }),
    ...(sectors ? [t(locale, "certificate.service.sectors", { sectors })] : []),
    t(locale, "certificate.service.training", {
      hours: hoursText(locale, progress.hours),
      course: t(
        locale,
        progress.course.complete
          ? "certificate.service.courseDone"
          : "certificate.service.courseNotDone",
      ),
    }),
    t(locale, "certificate.service.thanks"),
  ];
  return {
    title: t(locale, "certificate.service.title"),
    lines,
    figures: {
      visits: took.length,
      hours: progress.hours,
      sectors: [...new Set(took.map((x) => x.sector))],
    },
  };
});

export const IssueServiceInput = z.object({
  id: Id,
  /** The draft's lines as the coordinator edited them. */
  lines: z.array(paragraphs(1000)).min(1, { error: "error.required" }).max(20),
});

/** The coordinator issues the certificate of service, in the words they settled on. */
export const issueService = fn(IssueServiceInput, async ({ id, lines }, now: Date = new Date()) => {
  const actor = Actor.coordinator();
  const v = await Volunteer.get(id);
  if (!v) throw new VisibleError(404, "not_found", "error.notFound");
  if (v.status !== "ended") throw new VisibleError(409, "not_allowed", "error.notAllowed");
  const certificate = await made(
    "service",
    v,
    { title: t(v.locale, "certificate.service.title"), lines },
    actor.name,
    now,
  );
  await transactGuarded([
    put(certificate),
    Audit.entry("certificate.issue", `volunteer#${id}`, { serial: certificate.serial }, now),
  ]);
  return certificate;
});

/** A coordinator withdraws a certificate; its verification page says so from then on. */
export const revoke = fn(z.object({ id: Id }), async ({ id }, now: Date = new Date()) => {
  const actor = Actor.coordinator();
  const found = await Certificates.get(id);
  if (!found) throw new VisibleError(404, "not_found", "error.notFound");
  if (found.revokedAt) return found;
  await transactGuarded([
    Certificates.update(
      id,
      { set: { revokedAt: now.toISOString(), revokedBy: actor.name } },
      when.notExists("revokedAt"),
    ),
    Audit.entry(
      "certificate.revoke",
      `volunteer#${found.volunteerId}`,
      { serial: found.serial },
      now,
    ),
  ]);
  return { ...found, revokedAt: now.toISOString(), revokedBy: actor.name };
});

/** What anyone with the link may see: enough to trust the paper, nothing more. */
export async function verify(id: string) {
  const found = /^[A-Za-z0-9_-]{10,40}$/.test(id) ? await Certificates.get(id) : undefined;
  if (!found) throw new VisibleError(404, "not_found", "error.certificateUnknown");
  return {
    serial: found.serial,
    name: found.name,
    kind: found.kind,
    title: found.title,
    issuedOn: helsinkiDate(new Date(found.issuedAt)),
    issuer: found.issuer,
    valid: !found.revokedAt,
    ...(found.revokedAt && { revokedOn: helsinkiDate(new Date(found.revokedAt)) }),
  };
}

const listed = (c: Certificate) => ({
  id: c.id,
  serial: c.serial,
  kind: c.kind,
  title: c.title,
  issuedAt: c.issuedAt,
  valid: !c.revokedAt,
  revokedAt: c.revokedAt,
});

/** A volunteer's certificates, for coordinators. */
export const ofVolunteerForCoordinator = fn(z.object({ id: Id }), async ({ id }) => {
  Actor.coordinator();
  return (await ofVolunteer(id)).map(listed);
});

/** The volunteer's own certificates (also after they have ended). */
export async function mine() {
  return (await ofVolunteer(Actor.volunteer().volunteerId)).map(listed);
}

/** A volunteer's own certificate as a PDF; anyone else's is not found. */
export const ownPdf = (id: string) => pdf(id, Actor.volunteer().volunteerId);

/** The PDF of one certificate; with `owner`, only if it is theirs. */
export async function pdf(id: string, owner?: string) {
  if (owner === undefined) Actor.coordinator();
  const found = await Certificates.get(id);
  if (!found || (owner !== undefined && found.volunteerId !== owner)) {
    throw new VisibleError(404, "not_found", "error.notFound");
  }
  // A revoked certificate is not handed out again as if it stood; coordinators keep the copy.
  if (owner !== undefined && found.revokedAt) {
    throw new VisibleError(410, "revoked", "error.certificateRevoked");
  }
  // Loaded only now: pdfkit and its fonts stay off every other request.
  const { render } = await import("./pdf.ts");
  return { serial: found.serial, bytes: await render(found, verifyUrl(found.id)) };
}
