import { type DynamoDBDocumentClient, PutCommand } from "@aws-sdk/lib-dynamodb";
import * as Actor from "@rinnalla/core/actor";
import { Session } from "@rinnalla/core/auth";
import { config } from "@rinnalla/core/config";
import { Coordinator } from "@rinnalla/core/coordinator";
import { transact } from "@rinnalla/core/db";
import { Request, type Status, sectors, statuses } from "@rinnalla/core/request";
import { addDays, createId, helsinkiDate, helsinkiToUtc } from "@rinnalla/core/util";
import { cookieName } from "@rinnalla/functions/api/access.ts";
import { info, median, note, percentile } from "./report.ts";
import { BATCH, IN_FLIGHT, putAll } from "./seed.ts";
import { benchStack } from "./stack.ts";
import { countCalls } from "./throughput.ts";

const REQUESTS = 10_000;
const PAGE = 25;
const WARMUP = 5;
const TIMED = 30;
/** BatchWriteItem takes at most 25 items; this many batches are sent at once. */
const DAYS_AHEAD = 60;

/** Out of every 50 requests: mostly received, the rest spread over the later statuses. */
const MIX: Array<[Status, number]> = [
  ["received", 35],
  ["matching", 5],
  ["offered", 3],
  ["confirmed", 3],
  ["completed", 2],
  ["cancelled", 1],
  ["no_volunteer", 1],
];
const pattern = MIX.flatMap(([status, n]) => Array<Status>(n).fill(status));
const TIMES = ["08:30", "09:00", "10:00", "11:15", "12:30", "13:00", "14:00", "15:30"];
const NAMES = ["Aino Virtanen", "Mikko Korhonen", "Leila Ahmed", "Sanna Nieminen", "Olli Mäkinen"];
const PLACES = ["Sosiaalitoimisto, Toinen linja 4", "Kela, Ratapihantie 11", "Malmin terveysasema"];
const MUNICIPALITIES = ["Helsinki", "Espoo", "Vantaa"];

/** Request `i` of the seed, as `Request.submit` stores it (its keys, gsi1 entry and fields). */
function requestItem(i: number, now: Date) {
  const id = createId("req");
  const year = helsinkiDate(now).slice(0, 4);
  const status = pattern[i % pattern.length] as Status;
  const date = addDays(helsinkiDate(now), 1 + (i % DAYS_AHEAD));
  const startTime = TIMES[i % TIMES.length] as string;
  const startsAt = helsinkiToUtc(date, startTime).toISOString();
  const at = new Date(now.getTime() - (REQUESTS - i) * 60_000).toISOString();
  const request: Request.Request = {
    locale: i % 7 === 0 ? "sv" : "fi",
    requesterRole: "client",
    client: {
      name: NAMES[i % NAMES.length] as string,
      email: `bench+inbox${i}@example.org`,
      phone: "+358 40 123 4567",
      languages: ["fi"],
    },
    preferredContact: "email",
    sector: sectors[i % sectors.length] as Request.Request["sector"],
    description:
      "Vammaispalvelun palvelusuunnitelmapalaveri sosiaalitoimistossa. Tarvitsen tukea siihen, että saan asiani sanottua ja ymmärrän, mitä päätetään.",
    place: PLACES[i % PLACES.length] as string,
    municipality: MUNICIPALITIES[i % MUNICIPALITIES.length] as string,
    date,
    startTime,
    durationMinutes: 60,
    supportNeeds: "Jännittää, tarvitsen tukea puheeseen.",
    id,
    reference: `R-${year}-${String(i + 1).padStart(4, "0")}`,
    status,
    startsAt,
    consentAt: at,
    createdAt: at,
    updatedAt: at,
    version: 1,
  };
  return {
    status,
    item: Request.Requests.item(request),
  };
}

async function seed(documents: DynamoDBDocumentClient, tableName: string) {
  const now = new Date();
  const counts = Object.fromEntries(statuses.map((s) => [s, 0])) as Record<Status, number>;
  const items = Array.from({ length: REQUESTS }, (_, i) => {
    const { status, item } = requestItem(i, now);
    counts[status]++;
    return item;
  });
  const { retries, batches } = await putAll(documents, tableName, items);
  // The status counts, as `counts.ts` keeps them; one shard holds them all, the others are empty.
  await documents.send(
    new PutCommand({
      TableName: tableName,
      Item: { pk: "counts#requests", sk: "shard#0", ...counts },
    }),
  );
  return { counts, retries, batches };
}

interface InboxPage {
  status: Status;
  counts: Record<Status, number>;
  requests: Array<{ status: Status; startsAt: string }>;
  cursor?: string;
}

export async function inboxFirstPage(): Promise<void> {
  const { stack, documents, stop } = await benchStack("rinnalla-bench-inbox");
  // On the app's own client (which startStack has just built): the bench's seeding is not counted.
  const calls = countCalls();
  try {
    const seedStarted = performance.now();
    const seeded = await seed(documents, stack.tableName);
    const seedMs = performance.now() - seedStarted;
    info(
      "seeding",
      `${REQUESTS.toLocaleString("en")} requests in ${(seedMs / 1000).toFixed(1)} s (${seeded.batches} BatchWriteItem of ${BATCH}, ${IN_FLIGHT} in flight, ${seeded.retries} resends of unprocessed items); ${statuses.map((s) => `${s} ${seeded.counts[s]}`).join(", ")}`,
    );

    // A fully signed-in coordinator: the session is written directly, as sign-in would after TOTP.
    const coordinator = await Actor.provide({ type: "system", name: "bench" }, () =>
      Coordinator.add({ email: "bench-inbox@example.org", name: "Bench Coordinator" }),
    );
    const session = Session.create(coordinator.id, "done", new Date());
    await transact([session.put]);
    const headers = {
      cookie: `${cookieName()}=${encodeURIComponent(session.cookie)}`,
      // Not needed for a GET, sent as the site's own pages would.
      origin: new URL(config().SITE_URL).origin,
    };
    const url = `${stack.api}/api/inbox?view=received&limit=${PAGE}`;

    const page = async (): Promise<number> => {
      const began = performance.now();
      const response = await fetch(url, { headers });
      const text = await response.text();
      const ms = performance.now() - began;
      if (response.status !== 200) throw new Error(`inbox answered ${response.status}: ${text}`);
      const body = JSON.parse(text) as InboxPage;
      if (body.requests.length !== PAGE) {
        throw new Error(`inbox page had ${body.requests.length} rows, not ${PAGE}`);
      }
      if (body.requests.some((r) => r.status !== "received")) {
        throw new Error("inbox page holds requests of another status");
      }
      const order = body.requests.map((r) => r.startsAt);
      if (order.some((at, i) => i > 0 && at < (order[i - 1] as string))) {
        throw new Error("inbox page is not soonest appointment first");
      }
      const wrong = statuses.filter((s) => body.counts[s] !== seeded.counts[s]);
      if (wrong.length > 0) {
        throw new Error(
          `inbox counts differ from the seed: ${wrong.map((s) => `${s} ${body.counts[s]} ≠ ${seeded.counts[s]}`).join(", ")}`,
        );
      }
      if (!body.cursor) throw new Error("inbox first page has no cursor to the next");
      return ms;
    };

    for (let i = 0; i < WARMUP; i++) await page();
    const latencies: number[] = [];
    for (let i = 0; i < TIMED; i++) latencies.push(await page());
    info(
      `inbox first page (${REQUESTS.toLocaleString("en")} requests in the table, ${PAGE} per page)`,
      `${median(latencies).toFixed(1)} ms median, p90 ${percentile(latencies, 90).toFixed(1)} ms over N=${TIMED} requests`,
    );

    const before = calls.snapshot();
    await page();
    const sent = [...calls.since(before)].filter(
      ([name, n]) => n > 0 && name !== "items in transactions",
    );
    const total = sent.reduce((sum, [, n]) => sum + n, 0);
    info(
      "DynamoDB calls per inbox page",
      `${total} (${sent.map(([name, n]) => `${n} ${name}`).join(", ")})`,
    );
    note(
      `sequential requests over HTTP to the local API (one Node process with the bench), after ${WARMUP} warm-up requests; each one checked: 200, ${PAGE} received rows soonest first, counts equal to the seed`,
    );
  } finally {
    await stop();
  }
}
