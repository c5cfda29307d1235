import { GatheringInvite, type GatheringRecord, gatheringItem } from "@rinnalla/core/gathering";
import { Outbox } from "@rinnalla/core/mail";
import { addDays, createId, helsinkiDate, helsinkiToUtc } from "@rinnalla/core/util";
import { Volunteer } from "@rinnalla/core/volunteer";
import { info, note } from "./report.ts";
import { putAll } from "./seed.ts";
import { benchStack } from "./stack.ts";
import { countCalls } from "./throughput.ts";

const VOLUNTEERS = 5_000;

function volunteer(i: number, at: string): Volunteer.Volunteer {
  return {
    id: createId("vol"),
    // Every tenth is paused: invited too. Every twentieth is in training: not ticked, left out.
    status: i % 20 === 0 ? "in_training" : i % 10 === 0 ? "paused" : "active",
    name: `Vapaaehtoinen ${i}`,
    email: `bench+volunteer${i}@example.org`,
    municipality: "Helsinki",
    locale: i % 9 === 0 ? "sv" : i % 13 === 0 ? "en" : "fi",
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

/** The invitation job over 5,000 volunteers: its time, its DynamoDB calls, and a second run. */
export async function invitationJob(): Promise<void> {
  const { stack, documents, stop } = await benchStack("rinnalla-bench-gatherings");
  // The job is measured on its own: the emails it writes stay in the outbox.
  Outbox.setDispatcher(undefined);
  const calls = countCalls();
  try {
    const now = new Date();
    const at = now.toISOString();
    const today = helsinkiDate(now);
    const volunteers = Array.from({ length: VOLUNTEERS }, (_, i) => volunteer(i, at));
    const date = addDays(today, 30);
    const gathering: GatheringRecord = {
      id: createId("gat"),
      season: `${date.slice(0, 4)}-autumn`,
      status: "published",
      title: "Syksyn tapaaminen",
      date,
      startTime: "17:00",
      endTime: "19:30",
      startsAt: helsinkiToUtc(date, "17:00").toISOString(),
      place: "Järjestötalo, Esimerkkikatu 1",
      accessibility: "Katutasossa, esteetön wc",
      programme: "Kuulumiset, vertaistuki ja syksyn koulutustoiveet.",
      capacity: 120,
      answerBy: addDays(today, 20),
      alsoInvite: [],
      seated: 0,
      waiting: 0,
      createdAt: at,
      publishedAt: at,
      version: 2,
    };
    const items = [
      ...volunteers.flatMap((v) => [Volunteer.Volunteers.item(v), Volunteer.cardItem(v)]),
      gatheringItem(gathering),
    ];
    const seeded = performance.now();
    await putAll(documents, stack.tableName, items);
    const expected = volunteers.filter((v) => v.status !== "in_training").length;
    info(
      "seeding",
      `${VOLUNTEERS.toLocaleString("en")} volunteers (${expected.toLocaleString("en")} active or paused), ${items.length.toLocaleString("en")} items in ${((performance.now() - seeded) / 1000).toFixed(1)} s`,
    );

    const run = async () => {
      const before = calls.snapshot();
      const began = performance.now();
      const result = await GatheringInvite.inviteAll(gathering.id, now);
      const ms = performance.now() - began;
      const used = [...calls.since(before)].filter(([, n]) => n > 0);
      return { result, ms, used };
    };
    const show = (used: [string, number][]) => used.map(([name, n]) => `${n} ${name}`).join(", ");
    const first = await run();
    if (first.result.invited !== expected) {
      throw new Error(`invited ${first.result.invited} of ${expected}`);
    }
    info(
      `invitation job, ${expected.toLocaleString("en")} to invite`,
      `${(first.ms / 1000).toFixed(2)} s (${(first.ms / expected).toFixed(2)} ms a volunteer); DynamoDB calls: ${show(first.used)}`,
    );
    if (first.used.some(([name]) => name === "Scan")) throw new Error("the invitation job scanned");
    const second = await run();
    info(
      "the same job run again (everyone invited already)",
      `${second.ms.toFixed(0)} ms, invited ${second.result.invited}; DynamoDB calls: ${show(second.used)}`,
    );
    if (second.result.invited !== 0) throw new Error("the second run invited someone");
    note(
      "Queries of the bank's status index (active, paused) and of the gathering's partition, BatchGetItem of the volunteers (100 a call), then one TransactWriteItems per 33 volunteers (guest, link, email with its calendar file: 99 items); no Scan, no write per volunteer.",
    );
  } finally {
    await stop();
  }
}
