import { ConditionsFailed } from "../db/transact.ts";
import { addressed, Outbox } from "../mail/index.ts";
import { REMINDER_HOUR } from "../schedule/index.ts";
import { Cohort, sessionsBetween, TrainingLetters } from "../training/index.ts";
import { addDays, helsinkiDate, helsinkiHour, helsinkiToUtc } from "../util/time.ts";
import { Volunteer } from "../volunteer/index.ts";

/**
 * The day before a training session, from 09:00 Helsinki time, everyone taking part in it is
 * reminded: those enrolled in its cohort, and those making it up. Each reminder commits with its
 * marker, so a second run, or two at once, sends nothing twice.
 */
export async function sendReminders(now = new Date()) {
  if (helsinkiHour(now) < REMINDER_HOUR) return { sent: 0, due: 0, skipped: "before 09:00" };
  const tomorrow = addDays(helsinkiDate(now), 1);
  const sessions = await sessionsBetween(
    helsinkiToUtc(tomorrow, "00:00").toISOString(),
    helsinkiToUtc(addDays(tomorrow, 1), "00:00").toISOString(),
  );
  let sent = 0;
  let due = 0;
  for (const session of sessions) {
    const { participants, reminded } = await Cohort.taking(session.cohortId, session.n);
    const people = await Volunteer.Volunteers.getMany(
      participants.filter((p) => !reminded.has(p.volunteerId)).map((p) => p.volunteerId),
    );
    for (const v of people.values()) {
      due++;
      const mail = Outbox.entry(
        `volunteer#${v.id}`,
        "training-reminder",
        addressed(v.email, TrainingLetters.reminder(v.locale, v.name, session)),
        now,
      );
      try {
        await Outbox.commit([Cohort.remindedItem(session.cohortId, session.n, v.id)], [mail]);
        sent++;
      } catch (error) {
        if (!(error instanceof ConditionsFailed)) throw error;
      }
    }
  }
  return { sent, due, sessions: sessions.length };
}
