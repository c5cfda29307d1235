import ical, { ICalCalendarMethod } from "ical-generator";
import { type ClientLocale, intlLocale, type Locale, t } from "../i18n/index.ts";
import type { Attachment, Block, Letter } from "../mail/index.ts";
import type { Request } from "../request/request.ts";
import { formatAppointment, helsinkiDate } from "../util/time.ts";

/**
 * The emails of matching. What each one may carry is the point: an offer tells only what a
 * volunteer needs to decide (first name, matter, municipality, time); the confirmation adds who
 * and how to reach them, but never the description, which may hold health details — that stays
 * on the visit's page behind the link.
 */

export const firstName = (name: string) => name.trim().split(/\s+/)[0] ?? name;

export const dateOf = (locale: ClientLocale, date: string) =>
  new Intl.DateTimeFormat(intlLocale(locale), {
    day: "numeric",
    month: "numeric",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(`${date}T12:00:00Z`));

export const when = (locale: ClientLocale, request: Pick<Request, "date" | "startTime">) =>
  formatAppointment(locale, request.date, request.startTime);

const deadlineText = (locale: Locale, at: Date) => {
  const date = helsinkiDate(at);
  const time = new Intl.DateTimeFormat("sv-SE", {
    timeZone: "Europe/Helsinki",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).format(at);
  return formatAppointment(locale, date, time);
};

export interface Volunteer {
  name: string;
  locale: Locale;
}

export function offer(
  request: Request,
  volunteer: Volunteer,
  url: string,
  expiresAt: Date,
): Letter {
  const { locale } = volunteer;
  return {
    locale,
    name: firstName(volunteer.name),
    subject: t(locale, "mail.offer.subject", { date: dateOf(locale, request.date) }),
    body: [
      t(locale, "mail.offer.body"),
      [
        t(locale, "mail.offer.what", { sector: t(locale, `sector.${request.sector}`) }),
        t(locale, "mail.offer.when", {
          when: when(locale, request),
          minutes: request.durationMinutes,
        }),
        t(locale, "mail.offer.where", { municipality: request.municipality }),
        t(locale, "mail.offer.client", { firstName: firstName(request.client.name) }),
      ].join("\n"),
      t(locale, "mail.offer.answer", { deadline: deadlineText(locale, expiresAt) }),
      { action: { label: t(locale, "mail.action.offer"), url } },
      t(locale, "mail.offer.role"),
    ],
  };
}

export function offerWithdrawn(request: Request, volunteer: Volunteer): Letter {
  const { locale } = volunteer;
  return {
    locale,
    name: firstName(volunteer.name),
    subject: t(locale, "mail.offerWithdrawn.subject", { date: dateOf(locale, request.date) }),
    body: [t(locale, "mail.offerWithdrawn.body", { when: when(locale, request) })],
  };
}

export function contactLines(request: Request): string[] {
  const lines: string[] = [];
  const { client, requester } = request;
  const clientReach = [client.phone, client.email].filter(Boolean).join(", ");
  if (clientReach) lines.push(`${client.name}: ${clientReach}`);
  if (requester?.name && request.requesterRole !== "client") {
    const who = [requester.name, requester.organisation].filter(Boolean).join(", ");
    const reach = [requester.phone, requester.email].filter(Boolean).join(", ");
    lines.push(reach ? `${who}: ${reach}` : who);
  }
  return lines;
}

/** Who, when, where and how to reach them: what a volunteer needs on the day. */
export function visitBlock(request: Request, locale: Locale): string[] {
  const meeting = request.firstMeeting;
  return [
    [
      t(locale, "mail.visitConfirmed.client", { name: request.client.name }),
      t(locale, "mail.visitConfirmed.when", {
        when: when(locale, request),
        minutes: request.durationMinutes,
      }),
      t(locale, "mail.visitConfirmed.where", {
        place: request.place,
        municipality: request.municipality,
      }),
    ].join("\n"),
    [t(locale, "mail.visitConfirmed.contact"), ...contactLines(request)].join("\n"),
    ...(meeting
      ? [
          t(locale, "mail.visitConfirmed.firstMeeting", {
            when: formatAppointment(locale, meeting.date, meeting.time),
            place: meeting.place,
          }),
        ]
      : []),
  ];
}

export function visitConfirmed(request: Request, volunteer: Volunteer, url: string): Letter {
  const { locale } = volunteer;
  return {
    locale,
    name: firstName(volunteer.name),
    subject: t(locale, "mail.visitConfirmed.subject", { date: dateOf(locale, request.date) }),
    body: [
      t(locale, "mail.visitConfirmed.body"),
      ...visitBlock(request, locale),
      t(locale, "mail.visitConfirmed.page"),
      { action: { label: t(locale, "mail.action.visit"), url } },
      t(locale, "mail.offer.role"),
    ],
  };
}

/** The visit as a calendar entry: time and place, the client's first name, no matter. */
export function calendarEntry(
  request: Request,
  locale: Locale,
  url: string,
  now: Date,
): Attachment {
  const calendar = ical({
    prodId: { company: "Rinnalla", product: "Rinnalla", language: locale.toUpperCase() },
    method: ICalCalendarMethod.PUBLISH,
  });
  const start = new Date(request.startsAt);
  calendar.createEvent({
    id: `${request.id}@rinnalla`,
    stamp: now,
    start,
    end: new Date(start.getTime() + request.durationMinutes * 60_000),
    summary: t(locale, "mail.visitConfirmed.calendarName", {
      firstName: firstName(request.client.name),
    }),
    location: `${request.place}, ${request.municipality}`,
    description: `${request.reference}\n${url}`,
  });
  return { filename: "tapaaminen.ics", contentType: "text/calendar", content: calendar.toString() };
}

/**
 * To the requester, or with `greet` to the client when someone else asked on their behalf;
 * `more` ends it (the client's "before" survey).
 */
export function supportFound(
  request: Request,
  volunteerName: string,
  cancelUrl: string,
  greet?: string,
  more: Block[] = [],
): Letter {
  const locale = request.locale;
  const meeting = request.firstMeeting;
  const name =
    greet ?? (request.requesterRole === "client" ? request.client.name : request.requester?.name);
  return {
    locale,
    name,
    subject: t(locale, "mail.found.subject", { reference: request.reference }),
    body: [
      t(locale, "mail.found.body", { firstName: firstName(volunteerName) }),
      [
        t(locale, "mail.found.when", { when: when(locale, request) }),
        t(locale, "mail.found.where", { place: request.place }),
      ].join("\n"),
      ...(meeting
        ? [
            t(locale, "mail.found.firstMeeting", {
              when: formatAppointment(locale, meeting.date, meeting.time),
              place: meeting.place,
            }),
          ]
        : []),
      t(locale, "mail.found.cancel"),
      { link: { label: t(locale, "mail.action.cancel"), url: cancelUrl } },
      ...more,
    ],
  };
}

export function visitCancelled(request: Request, volunteer: Volunteer): Letter {
  const { locale } = volunteer;
  return {
    locale,
    name: firstName(volunteer.name),
    subject: t(locale, "mail.visitCancelled.subject", { date: dateOf(locale, request.date) }),
    body: [t(locale, "mail.visitCancelled.body", { when: when(locale, request) })],
  };
}

/** The day-before reminder: the details again, and the way out if something came up. */
export function reminder(request: Request, volunteer: Volunteer, url: string): Letter {
  const { locale } = volunteer;
  return {
    locale,
    name: firstName(volunteer.name),
    subject: t(locale, "mail.reminder.subject", { date: dateOf(locale, request.date) }),
    body: [
      t(locale, "mail.reminder.body"),
      ...visitBlock(request, locale),
      t(locale, "mail.reminder.cantCome"),
      { link: { label: t(locale, "mail.action.cantCome"), url } },
    ],
  };
}

/** To the client: who is coming, when and where. Nothing about the matter. */
export function clientReminder(request: Request, volunteerName: string): Letter {
  const locale = request.locale;
  return {
    locale,
    name: request.client.name,
    subject: t(locale, "mail.clientReminder.subject", { reference: request.reference }),
    body: [
      t(locale, "mail.clientReminder.body", {
        firstName: firstName(volunteerName),
        when: when(locale, request),
        place: request.place,
      }),
    ],
  };
}

export function reportAsk(
  request: Request,
  volunteer: Volunteer,
  url: string,
  reminder: boolean,
): Letter {
  const { locale } = volunteer;
  const date = dateOf(locale, request.date);
  return {
    locale,
    name: firstName(volunteer.name),
    subject: reminder
      ? t(locale, "mail.reportReminder.subject", { date })
      : t(locale, "mail.reportAsk.subject", { date }),
    body: [
      t(locale, "mail.reportAsk.body"),
      { action: { label: t(locale, "mail.action.report"), url } },
    ],
  };
}
