import { VisitJobs } from "@rinnalla/core/jobs";
import { Outbox } from "@rinnalla/core/mail";
import { Request, sectors } from "@rinnalla/core/request";
import { addDays, createId, helsinkiDate, helsinkiToUtc } from "@rinnalla/core/util";
import { Visit } from "@rinnalla/core/visit";
import { Volunteer } from "@rinnalla/core/volunteer";
import { info, note } from "./report.ts";
import { putAll } from "./seed.ts";
import { benchStack } from "./stack.ts";
import { countCalls } from "./throughput.ts";

const VISITS = 10_000;
const VOLUNTEERS = 1_000;
const DAYS = 30;
const TIMES = ["08:30", "09:00", "10:00", "11:15", "12:30", "13:00", "14:00", "15:30"];

function volunteer(i: number, at: string): Volunteer.Volunteer {
  return {
    id: createId("vol"),
    status: "active",
    name: `Vapaaehtoinen ${i}`,
    email: `bench+volunteer${i}@example.org`,
    municipality: "Helsinki",
    locale: i % 9 === 0 ? "sv" : "fi",
    languages: [{ code: "fi", level: "native" }],
    motivation: "Haluan auttaa.",
    heardFrom: "friend",
    consentAt: at,
    createdAt: at,
    updatedAt: at,
    version: 1,
    profile: null,
  };
}

/** 10,000 confirmed visits over the next 30 days, with their requests and volunteers. */
function seedItems(today: string, now: Date) {
  const at = now.toISOString();
  const volunteers = Array.from({ length: VOLUNTEERS }, (_, i) => volunteer(i, at));
  const items: Record<string, unknown>[] = volunteers.map((v) => Volunteer.Volunteers.item(v));
  let tomorrow = 0;
  for (let i = 0; i < VISITS; i++) {
    const id = createId("req");
    const v = volunteers[i % VOLUNTEERS] as Volunteer.Volunteer;
    const date = addDays(today, 1 + (i % DAYS));
    if (date === addDays(today, 1)) tomorrow++;
    const startTime = TIMES[i % TIMES.length] as string;
    const startsAt = helsinkiToUtc(date, startTime).toISOString();
    const endsAt = new Date(Date.parse(startsAt) + 60 * 60_000).toISOString();
    const request: Request.Request = {
      locale: "fi",
      requesterRole: "client",
      client: {
        name: "Aino Virtanen",
        // Every third client gave an email address and gets a reminder of their own.
        ...(i % 3 === 0 && { email: `bench+client${i}@example.org` }),
        phone: "+358 40 123 4567",
        languages: ["fi"],
      },
      preferredContact: "phone",
      sector: sectors[i % sectors.length] as Request.Request["sector"],
      description: "Palvelusuunnitelmapalaveri",
      place: "Sosiaalitoimisto, Toinen linja 4",
      municipality: "Helsinki",
      date,
      startTime,
      durationMinutes: 60,
      id,
      reference: `R-2026-${String(i + 1).padStart(5, "0")}`,
      status: "confirmed",
      startsAt,
      consentAt: at,
      createdAt: at,
      updatedAt: at,
      version: 3,
      volunteerId: v.id,
      volunteerName: v.name,
    };
    items.push(
      Request.Requests.item(request),
      Visit.visitItem({ requestId: id, volunteerId: v.id, startsAt, endsAt, status: "planned" }),
    );
  }
  return { items, tomorrow };
}

/** The day-before reminder job over 10,000 upcoming visits: its time and its DynamoDB calls. */
export async function reminderJob(): Promise<void> {
  const { stack, documents, stop } = await benchStack("rinnalla-bench-reminders");
  // The job is measured on its own: the emails it writes are left in the outbox, not delivered.
  Outbox.setDispatcher(undefined);
  const calls = countCalls();
  try {
    const now = new Date();
    const today = helsinkiDate(now);
    const { items, tomorrow } = seedItems(today, now);
    const seeded = performance.now();
    await putAll(documents, stack.tableName, items);
    info(
      "seeding",
      `${VISITS.toLocaleString("en")} visits over ${DAYS} days (${tomorrow} tomorrow), ${VOLUNTEERS.toLocaleString("en")} volunteers, ${items.length.toLocaleString("en")} items in ${((performance.now() - seeded) / 1000).toFixed(1)} s`,
    );

    // The job's hour: 09:05 in Helsinki today, whatever the real clock says.
    const at = helsinkiToUtc(today, "09:05");
    const run = async () => {
      const before = calls.snapshot();
      const began = performance.now();
      const result = await VisitJobs.sendReminders(at);
      const ms = performance.now() - began;
      const sent = [...calls.since(before)].filter(([, n]) => n > 0);
      return { result, ms, sent };
    };
    const first = await run();
    if (first.result.sent !== tomorrow) {
      throw new Error(`sent ${first.result.sent} reminders for ${tomorrow} visits tomorrow`);
    }
    const show = (sent: [string, number][]) => sent.map(([name, n]) => `${n} ${name}`).join(", ");
    info(
      `daily reminder job, ${VISITS.toLocaleString("en")} upcoming visits`,
      `${(first.ms / 1000).toFixed(2)} s for ${first.result.sent} visits tomorrow (${(first.ms / tomorrow).toFixed(1)} ms a visit); DynamoDB calls: ${show(first.sent)}`,
    );
    if (first.sent.some(([name]) => name === "Scan")) throw new Error("the reminder job scanned");
    const second = await run();
    info(
      "the same job run again (nothing left to send)",
      `${second.ms.toFixed(0)} ms, sent ${second.result.sent}; DynamoDB calls: ${show(second.sent)}`,
    );
    note(
      "one Query per month that tomorrow touches (gsi1 visits#<month>, gsi1sk range), BatchGetItem of requests and volunteers (100 keys a call), then one TransactWriteItems per visit (marker + link + emails); no Scan. Emails are left in the outbox (delivery is measured elsewhere).",
    );
  } finally {
    await stop();
  }
}
