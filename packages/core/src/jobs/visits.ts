import { ConditionsFailed } from "../db/transact.ts";
import { Letters } from "../letters/index.ts";
import * as Link from "../link/index.ts";
import { Outbox } from "../mail/index.ts";
import { Reach, shortWhen } from "../reach/index.ts";
import { Request } from "../request/index.ts";
import { REMINDER_HOUR } from "../schedule/index.ts";
import type { TransactItem } from "../util/db-types.ts";
import { inPool } from "../util/pool.ts";
import { addDays, helsinkiDate, helsinkiHour, helsinkiToUtc } from "../util/time.ts";
import { Visit } from "../visit/index.ts";
import { Volunteer } from "../volunteer/index.ts";

/**
 * The visit jobs. Each takes its "now", finds what is due with a Query of the visits' month
 * index, and sends each email in one transaction with a marker on the visit
 * (`attribute_not_exists(remindedAt)` …), so a second run — or two at once — sends nothing twice.
 */

const REPORT_REMINDER_AFTER_MS = 2 * 86_400_000;
/** How far back the report jobs look for unreported visits. */
const REPORT_WINDOW_DAYS = 45;
/** Visits handled at once: each is its own small transaction. */
const IN_FLIGHT = 8;

type Loaded = { visit: Visit.Visit; request: Request.Request; volunteer: Volunteer.Volunteer };

/** The requests and volunteers of many visits, in BatchGets of 100 rather than one by one. */
async function loadAll(visits: Visit.Visit[]): Promise<Loaded[]> {
  const [requests, volunteers] = await Promise.all([
    Request.Requests.getMany(visits.map((v) => v.requestId)),
    Volunteer.Volunteers.getMany(visits.map((v) => v.volunteerId)),
  ]);
  return visits.flatMap((visit) => {
    const request = requests.get(visit.requestId);
    const volunteer = volunteers.get(visit.volunteerId);
    if (!request || !volunteer || request.status !== "confirmed") return [];
    return [{ visit, request, volunteer }];
  });
}

/** What a volunteer's text about a visit says: when and where, in their language. */
const volunteerText = (request: Request.Request, volunteer: Volunteer.Volunteer) => ({
  when: shortWhen(volunteer.locale, request.date, request.startTime),
  municipality: request.municipality,
});

/** Sends one visit's emails with its marker; false when another run got there first. */
async function sendOnce(items: TransactItem[], mails: Outbox.Entry[]): Promise<boolean> {
  try {
    await Outbox.commit(items, mails);
    return true;
  } catch (error) {
    if (error instanceof ConditionsFailed) return false;
    throw error;
  }
}

/**
 * The day before a visit, from 09:00 Helsinki time: the volunteer gets the details again with an
 * "I can't come" link, and the client a reminder when they have an email address.
 */
export async function sendReminders(now = new Date()) {
  if (helsinkiHour(now) < REMINDER_HOUR) return { sent: 0, due: 0, skipped: "before 09:00" };
  const tomorrow = addDays(helsinkiDate(now), 1);
  const from = helsinkiToUtc(tomorrow, "00:00").toISOString();
  const to = helsinkiToUtc(addDays(tomorrow, 1), "00:00").toISOString();
  const due = (await Visit.plannedBetween(from, to)).filter((v) => !v.remindedAt);
  const results = await inPool(
    await loadAll(due),
    IN_FLIGHT,
    async ({ visit, request, volunteer }) => {
      const owner = Request.partitionOf(request.id);
      const page = Link.issue(
        { purpose: "visit", requestId: request.id, volunteerId: volunteer.id },
        new Date(Date.parse(visit.endsAt) + 30 * 86_400_000),
        "/visit",
      );
      const toVolunteer = Reach.forVolunteer(
        owner,
        "visit-reminder",
        volunteer,
        {
          letter: Letters.reminder(request, volunteer, page.url),
          text: volunteerText(request, volunteer),
          link: { url: page.url, validUntil: new Date(Date.parse(visit.endsAt) + 30 * 86_400_000) },
        },
        now,
      );
      // To the client: by email, and by text when they asked with their own number.
      const toClient = Reach.entries(
        owner,
        "client-reminder",
        Request.clientOf(request),
        {
          letter: Letters.clientReminder(request, volunteer.name),
          text: {
            name: volunteer.name,
            reference: request.reference,
            when: Request.shortWhenOf(request),
          },
        },
        now,
      );
      return sendOnce(
        [Visit.mark(visit, "remindedAt", now), page.put],
        [...toVolunteer, ...toClient],
      );
    },
  );
  return { sent: results.filter(Boolean).length, due: due.length };
}

/**
 * After a visit's planned end the volunteer is asked for the report; two days later, if it has
 * not come, once more.
 */
export async function askForReports(now = new Date()) {
  const from = new Date(now.getTime() - REPORT_WINDOW_DAYS * 86_400_000).toISOString();
  const started = await Visit.plannedBetween(from, now.toISOString());
  const ended = started.filter((v) => v.endsAt <= now.toISOString());
  const remindBefore = new Date(now.getTime() - REPORT_REMINDER_AFTER_MS).toISOString();
  const due = ended.filter(
    (v) => !v.reportAskedAt || (!v.reportRemindedAt && v.reportAskedAt <= remindBefore),
  );
  const totals = { asked: 0, reminded: 0 };
  await inPool(await loadAll(due), IN_FLIGHT, async ({ visit, request, volunteer }) => {
    const reminder = Boolean(visit.reportAskedAt);
    const validUntil = new Date(now.getTime() + 30 * 86_400_000);
    const page = Link.issue(
      { purpose: "visit", requestId: request.id, volunteerId: volunteer.id },
      validUntil,
      "/visit",
    );
    const mails = Reach.forVolunteer(
      Request.partitionOf(request.id),
      reminder ? "report-reminder" : "report-ask",
      volunteer,
      {
        letter: Letters.reportAsk(request, volunteer, page.url, reminder),
        text: volunteerText(request, volunteer),
        link: { url: page.url, validUntil },
      },
      now,
    );
    const marker = reminder ? "reportRemindedAt" : "reportAskedAt";
    if (await sendOnce([Visit.mark(visit, marker, now), page.put], mails)) {
      totals[reminder ? "reminded" : "asked"]++;
    }
  });
  return totals;
}
