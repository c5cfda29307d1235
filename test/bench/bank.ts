import { type DynamoDBDocumentClient, PutCommand, QueryCommand } from "@aws-sdk/lib-dynamodb";
import * as Actor from "@rinnalla/core/actor";
import { Session } from "@rinnalla/core/auth";
import { config } from "@rinnalla/core/config";
import { Coordinator } from "@rinnalla/core/coordinator";
import { transact } from "@rinnalla/core/db";
import type { Sector } from "@rinnalla/core/request";
import { addDays, helsinkiDate, words } from "@rinnalla/core/util";
import {
  availableOn,
  Volunteer,
  type VolunteerStatus,
  volunteerStatuses,
} from "@rinnalla/core/volunteer";
import { cookieName } from "@rinnalla/functions/api/access.ts";
import { info, median, note, percentile } from "./report.ts";
import { BATCH, IN_FLIGHT, putAll } from "./seed.ts";
import { benchStack } from "./stack.ts";
import { countCalls, jvmCpuMs } from "./throughput.ts";
import { volunteerBank } from "./volunteers.ts";

const VOLUNTEERS = 5_000;
const LIMIT = 50;
const WARMUP = 3;
const TIMED = 20;
const FREE_ON_DAYS_AHEAD = 10;

async function seed(documents: DynamoDBDocumentClient, tableName: string, now: Date) {
  const counts = Object.fromEntries(volunteerStatuses.map((s) => [s, 0])) as Record<
    VolunteerStatus,
    number
  >;
  const cards: Volunteer.Card[] = [];
  const items: Record<string, unknown>[] = [];
  for (const v of volunteerBank(VOLUNTEERS, now)) {
    counts[v.status]++;
    cards.push(Volunteer.card(v));
    items.push(Volunteer.Volunteers.item(v), Volunteer.cardItem(v));
  }
  const { retries, batches } = await putAll(documents, tableName, items);
  // The status counts, as `counts.ts` keeps them; one shard holds them all, the others are empty.
  await documents.send(
    new PutCommand({
      TableName: tableName,
      Item: { pk: "counts#volunteers", sk: "shard#0", ...counts },
    }),
  );
  return { counts, cards, retries, batches };
}

interface Filter {
  status: VolunteerStatus | "all";
  language?: string;
  sector?: Sector;
  area?: string;
  freeOn?: string;
}

/** The bank's filter, written out again from its description, to check the API's answers. */
function expected(cards: Volunteer.Card[], f: Filter): Volunteer.Card[] {
  const area = f.area ? words(f.area).join(" ") : undefined;
  return cards
    .filter(
      (c) =>
        (f.status === "all" || c.status === f.status) &&
        (!f.language || c.languages.some((l) => l.code === f.language)) &&
        (!f.sector || c.sectors.includes(f.sector)) &&
        (!area || [...c.areas, c.municipality].some((a) => words(a).join(" ").startsWith(area))) &&
        (!f.freeOn ||
          availableOn(
            c.availability ? { availability: c.availability } : null,
            f.freeOn,
            c.pausedUntil,
          )),
    )
    .sort((a, b) => a.name.localeCompare(b.name, "fi"));
}

interface BankPage {
  volunteers: Array<{ id: string; name: string; status: VolunteerStatus }>;
  total: number;
  counts: Record<VolunteerStatus, number>;
  cursor?: string;
}

export async function bankSearch(): Promise<void> {
  const { stack, documents, stop } = await benchStack("rinnalla-bench-bank");
  // On the app's own client (which startStack has just built): the bench's seeding is not counted.
  const calls = countCalls();
  try {
    const now = new Date();
    const seedStarted = performance.now();
    const seeded = await seed(documents, stack.tableName, now);
    const seedMs = performance.now() - seedStarted;
    const cardBytes = seeded.cards.map((c) => Buffer.byteLength(JSON.stringify(c)));
    const activeBytes = seeded.cards
      .filter((c) => c.status === "active")
      .reduce((sum, c) => sum + Buffer.byteLength(JSON.stringify(c)), 0);
    info(
      "seeding",
      `${VOLUNTEERS.toLocaleString("en")} volunteers (volunteer + card items, ${(VOLUNTEERS * 2).toLocaleString("en")} in all) in ${(seedMs / 1000).toFixed(1)} s (${seeded.batches} BatchWriteItem of ${BATCH}, ${IN_FLIGHT} in flight, ${seeded.retries} resends of unprocessed items); ${volunteerStatuses.map((s) => `${s} ${seeded.counts[s]}`).join(", ")}`,
    );
    info(
      "card size",
      `${median(cardBytes).toFixed(0)} B median as JSON (max ${Math.max(...cardBytes)} B); the ${seeded.counts.active.toLocaleString("en")} active cards ≈ ${(activeBytes / 1024 / 1024).toFixed(2)} MB`,
    );

    // A fully signed-in coordinator: the session is written directly, as sign-in would after TOTP.
    const coordinator = await Actor.provide({ type: "system", name: "bench" }, () =>
      Coordinator.add({ email: "bench-bank@example.org", name: "Bench Coordinator" }),
    );
    const session = Session.create(coordinator.id, "done", new Date());
    await transact([session.put]);
    const headers = {
      cookie: `${cookieName()}=${encodeURIComponent(session.cookie)}`,
      // Not needed for a GET, sent as the site's own pages would.
      origin: new URL(config().SITE_URL).origin,
    };

    const freeOn = addDays(helsinkiDate(now), FREE_ON_DAYS_AHEAD);
    const cases: Array<{ label: string; filter: Filter }> = [
      { label: "active first page", filter: { status: "active" } },
      {
        label: `active, all filters (so, immigration, espoo, free on ${freeOn})`,
        filter: { status: "active", language: "so", sector: "immigration", area: "espoo", freeOn },
      },
      { label: "all statuses first page", filter: { status: "all" } },
    ];

    for (const { label, filter } of cases) {
      const query = new URLSearchParams(
        Object.entries({ ...filter, limit: String(LIMIT) }).filter(
          (e): e is [string, string] => e[1] !== undefined,
        ),
      );
      const url = `${stack.api}/api/volunteers?${query}`;
      const want = expected(seeded.cards, filter);
      const wantNames = want.slice(0, LIMIT).map((c) => c.name);
      if (want.length === 0) throw new Error(`${label}: the seed has no match; no figure`);

      const page = async (): Promise<{ ms: number; bytes: number }> => {
        const began = performance.now();
        const response = await fetch(url, { headers });
        const text = await response.text();
        const ms = performance.now() - began;
        if (response.status !== 200) throw new Error(`bank answered ${response.status}: ${text}`);
        const body = JSON.parse(text) as BankPage;
        if (body.total !== want.length) {
          throw new Error(`${label}: total ${body.total}, the seed has ${want.length}`);
        }
        const names = body.volunteers.map((v) => v.name);
        if (names.some((n, i) => i > 0 && (names[i - 1] as string).localeCompare(n, "fi") > 0)) {
          throw new Error(`${label}: the page is not sorted by name`);
        }
        if (names.join("|") !== wantNames.join("|")) {
          throw new Error(`${label}: the page is not the seed's first ${LIMIT} by name`);
        }
        const wrong = volunteerStatuses.filter((s) => body.counts[s] !== seeded.counts[s]);
        if (wrong.length > 0) {
          throw new Error(
            `${label}: counts differ from the seed: ${wrong.map((s) => `${s} ${body.counts[s]} ≠ ${seeded.counts[s]}`).join(", ")}`,
          );
        }
        if (Boolean(body.cursor) !== want.length > LIMIT) {
          throw new Error(`${label}: cursor ${body.cursor ?? "absent"} with ${want.length} found`);
        }
        return { ms, bytes: Buffer.byteLength(text) };
      };

      for (let i = 0; i < WARMUP; i++) await page();
      const latencies: number[] = [];
      const before = calls.snapshot();
      const nodeBefore = process.cpuUsage();
      const jvmBefore = jvmCpuMs();
      let bytes = 0;
      for (let i = 0; i < TIMED; i++) {
        const result = await page();
        latencies.push(result.ms);
        bytes = result.bytes;
      }
      const nodeCpu = process.cpuUsage(nodeBefore);
      const jvmAfter = jvmCpuMs();
      const nodeMs = (nodeCpu.user + nodeCpu.system) / 1000 / TIMED;
      const jvmMs =
        jvmBefore === undefined || jvmAfter === undefined
          ? undefined
          : (jvmAfter - jvmBefore) / TIMED;
      const sent = [...calls.since(before)].filter(
        ([name, n]) => n > 0 && name !== "items in transactions",
      );
      const perRequest = (n: number) =>
        Number.isInteger(n / TIMED) ? n / TIMED : (n / TIMED).toFixed(1);
      const total = sent.reduce((sum, [, n]) => sum + n, 0);
      const scope =
        filter.status === "all"
          ? `${VOLUNTEERS.toLocaleString("en")} volunteers, all statuses`
          : `${VOLUNTEERS.toLocaleString("en")} volunteers, ${seeded.counts[filter.status].toLocaleString("en")} ${filter.status}`;
      info(
        `bank, ${label} (${scope}; ${want.length.toLocaleString("en")} found)`,
        `${median(latencies).toFixed(1)} ms median, p90 ${percentile(latencies, 90).toFixed(1)} ms over N=${TIMED}; ${(bytes / 1024).toFixed(1)} KB answer; DynamoDB calls: ${perRequest(total)} (${sent.map(([name, n]) => `${perRequest(n)} ${name}`).join(", ")})`,
      );
      note(
        `cpu per request: node (API + bench) ${nodeMs.toFixed(0)} ms${jvmMs === undefined ? "" : `, DynamoDB Local ${jvmMs.toFixed(0)} ms`}`,
      );
    }

    // Where the time goes: the Query pages alone (same client settings as the app, no HTTP), and
    // the in-process filter + sort of the active cards.
    const queryTimes: number[] = [];
    let pages = 0;
    let scanned = 0;
    for (let i = 0; i < 1 + 5; i++) {
      const began = performance.now();
      let startKey: Record<string, unknown> | undefined;
      pages = 0;
      scanned = 0;
      do {
        const result = await documents.send(
          new QueryCommand({
            TableName: stack.tableName,
            IndexName: "gsi1",
            KeyConditionExpression: "gsi1pk = :pk",
            ExpressionAttributeValues: { ":pk": "bank#active" },
            ExclusiveStartKey: startKey,
          }),
        );
        pages++;
        scanned += result.Items?.length ?? 0;
        startKey = result.LastEvaluatedKey;
      } while (startKey);
      if (i > 0) queryTimes.push(performance.now() - began);
    }
    const sortTimes: number[] = [];
    for (let i = 0; i < 5; i++) {
      const began = performance.now();
      expected(seeded.cards, { status: "active" });
      sortTimes.push(performance.now() - began);
    }
    info(
      "of which",
      `reading bank#active alone: ${median(queryTimes).toFixed(1)} ms median (${pages} Query pages, ${scanned} cards); filtering + sorting ${seeded.counts.active} cards by name (localeCompare "fi") in this process: ${median(sortTimes).toFixed(1)} ms median`,
    );
    note(
      `sequential requests over HTTP to the local API (one Node process with the bench), after ${WARMUP} warm-up requests each; every answer checked: 200, total equal to the seed's count for the filter, the page sorted by name and equal to the seed's first ${LIMIT}, counts equal to the seed`,
    );
  } finally {
    await stop();
  }
}
