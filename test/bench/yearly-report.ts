import { type DynamoDBDocumentClient, QueryCommand } from "@aws-sdk/lib-dynamodb";
import { transact } from "@rinnalla/core/db";
import { Monthly, Tally } from "@rinnalla/core/monthly";
import { requesterRoles, sectors } from "@rinnalla/core/request";
import { Stats } from "@rinnalla/core/stats";
import { helsinkiMonth } from "@rinnalla/core/util";
import { endReasons } from "@rinnalla/core/volunteer";
import { figure, info, kb, median, note, percentile } from "./report.ts";
import { benchStack } from "./stack.ts";
import { countCalls } from "./throughput.ts";

/**
 * The yearly report over five years of history. The counters are written as the live
 * operations write them — `Monthly.count` of the `Tally.*` of each request, confirmation, visit
 * and volunteer move — then the last year's report is timed and its DynamoDB calls counted, at
 * 5,000 and at 50,000 visits of history: the calls should not grow with the visits.
 */

const FIRST_YEAR = 2022;
const MONTHS = 60;
const SMALL = 5_000;
const LARGE = 50_000;
/** One volunteer for every 30 visits; one request closed without a volunteer for every 10. */
const VISITS_PER_VOLUNTEER = 30;
const UNMATCHED_EVERY = 10;
/** Clients come back: a third as many clients as visits. */
const VISITS_PER_CLIENT = 3;
/** Events whose tallies go in one transaction (merged per month, as `Monthly.count` does). */
const EVENTS_PER_TRANSACTION = 25;
const IN_FLIGHT = 8;
const WARMUP = 5;
const TIMED = 20;
const YEAR = { from: `${FIRST_YEAR + 4}-01`, to: `${FIRST_YEAR + 4}-12` };

const pad = (n: number) => String(n).padStart(2, "0");
/** Month index 0–59 → `YYYY-MM`. */
const monthOf = (index: number) =>
  `${FIRST_YEAR + Math.floor(index / 12)}-${pad((index % 12) + 1)}`;
/** An instant in that month, on a day 1–28, in Helsinki office hours. */
const at = (index: number, day: number, hour = 9) =>
  new Date(`${monthOf(index)}-${pad((day % 28) + 1)}T${pad(hour - 2)}:00:00Z`).toISOString();

/** A request id as `createId("req")` makes them: `req_` and 26 characters of a ULID. */
const requestId = (n: number, kind = "B") => `req_01J${kind}${String(n).padStart(22, "0")}`;

/** Visit `i` of the history, spread over the 60 months: its request, match and visit. */
function visitTallies(i: number): Tally.Tally[] {
  const month = i % MONTHS;
  const day = Math.floor(i / MONTHS);
  const createdAt = at(month, day);
  const facts: Tally.RequestFacts = {
    id: requestId(i),
    createdAt,
    startsAt: new Date(Date.parse(createdAt) + 6 * 86_400_000).toISOString(),
    requesterRole: requesterRoles[i % requesterRoles.length] as string,
    sector: sectors[i % sectors.length] as string,
    municipality: ["Helsinki", "Espoo", "Vantaa", "Kauniainen"][i % 4] as string,
    mainLanguage: ["fi", "sv", "so", "ar", "ru"][i % 5] as string,
    organisation: `Kumppani ${i % 25}`,
    // A returning client is linked to their first request: its id is the client's key.
    clientKey: requestId(Math.floor(i / VISITS_PER_CLIENT) * VISITS_PER_CLIENT),
  };
  const confirmedAt = new Date(Date.parse(createdAt) + ((i % 96) + 2) * 3_600_000).toISOString();
  const tallies = [
    Tally.requestReceived(facts),
    Tally.requestConfirmed(facts, confirmedAt),
    Tally.visitDone(facts, 60 + (i % 5) * 30),
  ];
  if (i % UNMATCHED_EVERY === 0) {
    const other = { ...facts, id: requestId(i, "U"), clientKey: undefined };
    tallies.push(Tally.requestReceived(other), Tally.requestClosedUnmatched(confirmedAt, true));
  }
  return tallies;
}

/** Volunteer `j`: applies, trains, starts; some pause, some end with a reason and a tenure. */
function volunteerTallies(j: number): Tally.Tally[] {
  const start = j % (MONTHS - 2);
  const activeSince = at(start + 1, j);
  const tallies = [
    Tally.volunteerApplied(at(start, j)),
    ...Tally.volunteerMoved({ status: "applicant" }, "in_training", at(start, j, 12)),
    ...Tally.volunteerMoved({ status: "in_training" }, "active", activeSince),
  ];
  const since = { status: "active", activeSince: activeSince.slice(0, 10) };
  const later = Math.min(MONTHS - 1, start + 2 + (j % 30));
  if (j % 3 === 0) {
    const reason = endReasons[j % endReasons.length];
    tallies.push(...Tally.volunteerMoved(since, "ended", at(later, j), reason));
  } else if (j % 5 === 0) {
    tallies.push(...Tally.volunteerMoved(since, "paused", at(later, j)));
  }
  return tallies;
}

/** Courses, sessions and gatherings: a few a month, as their marks count them. */
function trainingTallies(month: number): Tally.Tally[] {
  const date = `${monthOf(month)}-10`;
  const cohortId = `coh_bench${Math.floor(month / 6)}`;
  return [
    Tally.sessionMarked(
      { cohortId, kind: "course", n: month % 6, date },
      { there: 0, minutes: 0 },
      { there: 12, minutes: 12 * 180 },
    ),
    Tally.gatheringMarked(
      { id: `gat_bench${month}`, season: month % 12 < 6 ? "spring" : "autumn", date },
      0,
      20,
    ),
    Tally.surveySent("client-after", at(month, 3), 40),
    Tally.surveyAnswered("client-after", at(month, 4)),
  ];
}

/** The tallies of visits [from, to) and their share of volunteers, training and gatherings. */
function history(from: number, to: number): Tally.Tally[][] {
  const events: Tally.Tally[][] = [];
  for (let i = from; i < to; i++) events.push(visitTallies(i));
  const volunteers = (n: number) => Math.floor(n / VISITS_PER_VOLUNTEER);
  for (let j = volunteers(from); j < volunteers(to); j++) events.push(volunteerTallies(j));
  if (from === 0) for (let m = 0; m < MONTHS; m++) events.push(trainingTallies(m));
  return events;
}

/** Writes the events' counters: `EVENTS_PER_TRANSACTION` a transaction, several in flight. */
async function count(events: Tally.Tally[][]) {
  // Grouped by month, so a transaction touches a month or two and parallel ones rarely meet.
  const byMonth = [...events].sort((a, b) => (a[0]?.month ?? "").localeCompare(b[0]?.month ?? ""));
  const chunks: Tally.Tally[][] = [];
  for (let i = 0; i < byMonth.length; i += EVENTS_PER_TRANSACTION) {
    chunks.push(byMonth.slice(i, i + EVENTS_PER_TRANSACTION).flat());
  }
  const stride = Math.ceil(chunks.length / IN_FLIGHT);
  let writes = 0;
  // Each worker takes its own run of months.
  const worker = async (w: number) => {
    for (const tallies of chunks.slice(w * stride, (w + 1) * stride)) {
      const items = Monthly.count(tallies);
      writes += items.length;
      await transact(items);
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, (_, w) => worker(w)));
  return { transactions: chunks.length, writes };
}

/** Visits in the report's year, counted from the seed itself rather than from the counters. */
function visitsInYear(visits: number): number {
  let n = 0;
  for (let i = 0; i < visits; i++) {
    const createdAt = Date.parse(at(i % MONTHS, Math.floor(i / MONTHS)));
    const month = helsinkiMonth(new Date(createdAt + 6 * 86_400_000).toISOString());
    if (month >= YEAR.from && month <= YEAR.to) n++;
  }
  return n;
}

type Calls = ReturnType<typeof countCalls>;

/** The Query a call made, by what it reads: the monthly counters or something else. */
const callLabel = (command: string, input: Record<string, unknown>) => {
  if (command !== "Query") return command;
  const values = Object.values((input.ExpressionAttributeValues ?? {}) as Record<string, unknown>);
  return values.includes("stats") ? "Query (monthly counters)" : "Query (feedback)";
};

/** One report: its time, and the calls it made. */
async function oneReport(calls: Calls) {
  const before = calls.snapshot();
  const began = performance.now();
  const report = await Stats.reportOf(YEAR, "fi");
  const ms = performance.now() - began;
  const sent = [...calls.since(before)].filter(
    ([name, n]) => n > 0 && name !== "items in transactions",
  );
  return { report, ms, sent };
}

/** The report's calls and latency at one size of history, checked against the seed. */
async function measure(calls: Calls, visits: number) {
  const first = await oneReport(calls);
  const shown = first.report.headline.find((f) => f.id === "visits")?.value;
  const expected = visitsInYear(visits);
  if (shown !== expected) {
    throw new Error(
      `the report shows ${shown} visits in ${YEAR.from.slice(0, 4)}, the seed has ${expected}`,
    );
  }
  for (let i = 0; i < WARMUP; i++) await oneReport(calls);
  const times: number[] = [];
  const reads: number[] = [];
  for (let i = 0; i < TIMED; i++) {
    times.push((await oneReport(calls)).ms);
    const began = performance.now();
    await Monthly.read(YEAR.from, YEAR.to);
    reads.push(performance.now() - began);
  }
  const total = first.sent.reduce((sum, [, n]) => sum + n, 0);
  const label = `${visits.toLocaleString("en")} visits of history`;
  info(
    `DynamoDB calls per yearly report, ${label}`,
    `${total} (${first.sent.map(([name, n]) => `${n} ${name}`).join(", ")})`,
  );
  figure(
    `yearly report ${YEAR.from}…${YEAR.to}, ${label}`,
    median(times),
    `${median(times).toFixed(1)} ms median, p90 ${percentile(times, 90).toFixed(1)} ms over N=${TIMED}`,
    { limit: 50, shown: "50 ms median", direction: "max" },
  );
  info(
    "  of which reading the counters alone (Monthly.read)",
    `${median(reads).toFixed(1)} ms median, p90 ${percentile(reads, 90).toFixed(1)} ms`,
  );
  return total;
}

/** The counters as stored: items and bytes (as JSON) in the `stats` partition. */
async function storedCounters(documents: DynamoDBDocumentClient, tableName: string) {
  const size = (value: unknown) =>
    JSON.stringify(value, (_, v) => (v instanceof Set ? [...v] : v)).length;
  let items = 0;
  let bytes = 0;
  let sets = 0;
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await documents.send(
      new QueryCommand({
        TableName: tableName,
        KeyConditionExpression: "pk = :pk",
        ExpressionAttributeValues: { ":pk": "stats" },
        ExclusiveStartKey: startKey,
      }),
    );
    for (const item of page.Items ?? []) {
      items++;
      bytes += size(item);
      sets += Object.values(item)
        .filter((v) => v instanceof Set)
        .reduce((sum, v) => sum + size(v), 0);
    }
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return `${items} month items, ${kb(bytes)} (of which sets of distinct members — clients, courses, sessions, gatherings: ${kb(sets)})`;
}

async function seed(from: number, to: number) {
  const began = performance.now();
  const events = history(from, to);
  const written = await count(events);
  return `${events.length.toLocaleString("en")} events (visits ${from.toLocaleString("en")}–${to.toLocaleString("en")} with their requests, volunteers' moves, training and gatherings) in ${written.transactions.toLocaleString("en")} transactions of ${written.writes.toLocaleString("en")} counter updates, ${((performance.now() - began) / 1000).toFixed(1)} s`;
}

export async function yearlyReport(): Promise<void> {
  const { stack, documents, stop } = await benchStack("rinnalla-bench-yearly-report");
  const calls = countCalls(callLabel);
  try {
    info("seeding", await seed(0, SMALL));
    info("stored counters", await storedCounters(documents, stack.tableName));
    const small = await measure(calls, SMALL);
    info("seeding", await seed(SMALL, LARGE));
    info("stored counters", await storedCounters(documents, stack.tableName));
    const large = await measure(calls, LARGE);
    figure(
      `calls at ${LARGE.toLocaleString("en")} visits against ${SMALL.toLocaleString("en")}`,
      large - small,
      `${large} vs ${small}`,
      { limit: 0, shown: "no more calls", direction: "max" },
    );
    note(
      `${MONTHS} months from ${FIRST_YEAR}-01; the report of ${YEAR.from.slice(0, 4)} reads every month's counters up to its end (stocks start from the first) and its own months' sets (clients, courses, gatherings) in two Queries, plus the feedback answers of its year (none seeded; a questionnaire is read only where someone answered); Stats.reportOf called in process, sequentially, after ${WARMUP} warm-up reports; the first report of each size checked: its visits equal the seed's`,
    );
  } finally {
    await stop();
  }
}
