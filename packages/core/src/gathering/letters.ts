import ical, { ICalCalendarMethod } from "ical-generator";
import { type Locale, t } from "../i18n/index.ts";
import type { Attachment, Letter } from "../mail/index.ts";
import { formatAppointment, formatDay, helsinkiToUtc } from "../util/time.ts";
import type { Gathering } from "./store.ts";

/**
 * The emails of gatherings: the invitation with a calendar file and a link per answer, a place
 * freed from the waiting list, the reminder the day before, and the thank-you.
 */

/** What every gathering email says of it: when, where, and how accessible the place is. */
function details(locale: Locale, g: Gathering): string {
  const when = g.date && g.startTime ? formatAppointment(locale, g.date, g.startTime) : "";
  return [
    t(locale, "mail.gathering.when", { when }),
    g.place && t(locale, "mail.gathering.place", { place: g.place }),
    g.accessibility && t(locale, "mail.gathering.accessibility", { text: g.accessibility }),
  ]
    .filter(Boolean)
    .join("\n");
}

/** The answer links: the page opens with the answer chosen, and only a press gives it. */
export const answerUrl = (base: string, token: string, answer?: "yes" | "maybe" | "no") =>
  `${base}/gathering${answer ? `?answer=${answer}` : ""}#${token}`;

export function invitation(
  locale: Locale,
  name: string,
  g: Gathering,
  links: { base: string; token: string },
): Letter {
  const link = (answer: "yes" | "maybe" | "no") => ({
    link: {
      label: t(locale, `mail.gathering.answer.${answer}`),
      url: answerUrl(links.base, links.token, answer),
    },
  });
  return {
    locale,
    name,
    subject: t(locale, "mail.gathering.invite.subject", { title: g.title }),
    body: [
      t(locale, "mail.gathering.invite.body", { title: g.title }),
      details(locale, g),
      ...(g.programme ? [g.programme] : []),
      t(locale, "mail.gathering.invite.answerBy", {
        date: formatDay(locale, g.answerBy ?? g.date ?? ""),
      }),
      {
        action: {
          label: t(locale, "mail.action.gathering"),
          url: answerUrl(links.base, links.token),
        },
      },
      link("yes"),
      link("maybe"),
      link("no"),
    ],
  };
}

export function movedUp(locale: Locale, name: string, g: Gathering, url: string): Letter {
  return {
    locale,
    name,
    subject: t(locale, "mail.gathering.movedUp.subject", { title: g.title }),
    body: [
      t(locale, "mail.gathering.movedUp.body", { title: g.title }),
      details(locale, g),
      { action: { label: t(locale, "mail.action.gathering"), url } },
    ],
  };
}

export function reminder(locale: Locale, name: string, g: Gathering, url: string): Letter {
  return {
    locale,
    name,
    subject: t(locale, "mail.gathering.reminder.subject", { title: g.title }),
    body: [
      t(locale, "mail.gathering.reminder.body"),
      details(locale, g),
      { link: { label: t(locale, "mail.gathering.reminder.change"), url } },
    ],
  };
}

export function thanks(locale: Locale, name: string, g: Gathering, url: string): Letter {
  return {
    locale,
    name,
    subject: t(locale, "mail.gathering.thanks.subject", { title: g.title }),
    body: [
      t(locale, "mail.gathering.thanks.body", { title: g.title }),
      t(locale, "mail.gathering.thanks.ask"),
      { action: { label: t(locale, "mail.action.feedback"), url } },
    ],
  };
}

export function cancelled(locale: Locale, name: string, g: Gathering): Letter {
  return {
    locale,
    name,
    subject: t(locale, "mail.gathering.cancelled.subject", { title: g.title }),
    body: [t(locale, "mail.gathering.cancelled.body", { title: g.title }), details(locale, g)],
  };
}

/** The gathering as a calendar entry, attached to the invitation. */
export function calendarFile(locale: Locale, g: Gathering, now: Date): Attachment[] {
  if (!g.date || !g.startTime) return [];
  const calendar = ical({
    prodId: { company: "Rinnalla", product: "Rinnalla", language: locale.toUpperCase() },
    method: ICalCalendarMethod.PUBLISH,
  });
  const start = helsinkiToUtc(g.date, g.startTime);
  const end = g.endTime
    ? helsinkiToUtc(g.date, g.endTime)
    : new Date(start.getTime() + 2 * 3_600_000);
  calendar.createEvent({
    id: `${g.id}@rinnalla`,
    stamp: now,
    start,
    end,
    summary: g.title,
    ...(g.place && { location: g.place }),
    ...(g.programme && { description: g.programme }),
  });
  return [
    { filename: "tapaaminen.ics", contentType: "text/calendar", content: calendar.toString() },
  ];
}
