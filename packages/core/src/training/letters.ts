import ical, { ICalCalendarMethod } from "ical-generator";
import { type Locale, type ServerKey, t } from "../i18n/index.ts";
import type { Attachment, Letter } from "../mail/index.ts";
import { formatAppointment } from "../util/time.ts";
import { courseTopics } from "./course.ts";
import type { Session } from "./store.ts";

/** The emails of training: what, when and where; the sessions as calendar entries. */

const topicKeys: Record<(typeof courseTopics)[number], ServerKey> = {
  role: "mail.training.topic.role",
  serviceSystem: "mail.training.topic.serviceSystem",
  communication: "mail.training.topic.communication",
  practice: "mail.training.topic.practice",
};

export function topicName(locale: Locale, session: Pick<Session, "topic" | "title">): string {
  const known = courseTopics.find((c) => c === session.topic);
  return session.title ?? (known ? t(locale, topicKeys[known]) : session.topic);
}

const line = (locale: Locale, s: Session) =>
  t(locale, "mail.training.session", {
    n: s.n,
    topic: topicName(locale, s),
    when: formatAppointment(locale, s.date, s.startTime),
    place: s.place,
  });

export function invitation(
  locale: Locale,
  name: string,
  cohort: { name: string; sessions: Session[] },
  url: string,
): Letter {
  return {
    locale,
    name,
    subject: t(locale, "mail.training.invite.subject", { name: cohort.name }),
    body: [
      t(locale, "mail.training.invite.body", { name: cohort.name }),
      cohort.sessions.map((s) => line(locale, s)).join("\n"),
      t(locale, "mail.training.invite.answer"),
      { action: { label: t(locale, "mail.action.training"), url } },
    ],
  };
}

export function reminder(locale: Locale, name: string, session: Session): Letter {
  return {
    locale,
    name,
    subject: t(locale, "mail.training.reminder.subject", { topic: topicName(locale, session) }),
    body: [t(locale, "mail.training.reminder.body"), line(locale, session)],
  };
}

export function feedbackAsk(locale: Locale, name: string, cohortName: string, url: string): Letter {
  return {
    locale,
    name,
    subject: t(locale, "mail.training.feedback.subject", { name: cohortName }),
    body: [
      t(locale, "mail.training.feedback.body"),
      t(locale, "mail.training.feedback.anonymous"),
      { action: { label: t(locale, "mail.action.feedback"), url } },
    ],
  };
}

/** Every session as a calendar entry: a volunteer adds the whole course at once. */
export function sessionsCalendar(
  locale: Locale,
  cohort: { id: string; name: string; sessions: Session[] },
  now: Date,
): Attachment {
  const calendar = ical({
    prodId: { company: "Rinnalla", product: "Rinnalla", language: locale.toUpperCase() },
    method: ICalCalendarMethod.PUBLISH,
  });
  for (const s of cohort.sessions) {
    const start = new Date(s.startsAt);
    calendar.createEvent({
      id: `${cohort.id}-${s.n}@rinnalla`,
      stamp: now,
      start,
      end: new Date(start.getTime() + s.minutes * 60_000),
      summary: `${cohort.name}: ${topicName(locale, s)}`,
      location: s.place,
    });
  }
  return { filename: "koulutus.ics", contentType: "text/calendar", content: calendar.toString() };
}
