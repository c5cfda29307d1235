import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient, PutCommand, QueryCommand } from "@aws-sdk/lib-dynamodb";
import * as Actor from "@rinnalla/core/actor/index.ts";
import { Session } from "@rinnalla/core/auth/index.ts";
import { config } from "@rinnalla/core/config.ts";
import { Coordinator } from "@rinnalla/core/coordinator/index.ts";
import { transact } from "@rinnalla/core/db/transact.ts";
import { type Sector, sectors } from "@rinnalla/core/request/schema.ts";
import { words } from "@rinnalla/core/request/search.ts";
import { createId } from "@rinnalla/core/util/id.ts";
import { addDays, helsinkiDate } from "@rinnalla/core/util/time.ts";
import {
  availableOn,
  heardFromOptions,
  type Profile,
  type VolunteerStatus,
  volunteerStatuses,
} from "@rinnalla/core/volunteer/schema.ts";
import {
  type Card,
  card,
  cardItem,
  keys,
  type Volunteer,
} from "@rinnalla/core/volunteer/volunteer.ts";
import { cookieName } from "@rinnalla/functions/api/access.ts";
import { startStack } from "@rinnalla/local/stack.ts";
import { info, median, note, percentile } from "./report.ts";
import { BATCH, IN_FLIGHT, putAll } from "./seed.ts";
import { countCalls, jvmCpuMs } from "./throughput.ts";

const VOLUNTEERS = 5_000;
const LIMIT = 50;
const WARMUP = 3;
const TIMED = 20;
/** BatchWriteItem takes at most 25 items; this many batches are sent at once. */
const FREE_ON_DAYS_AHEAD = 10;

/** Out of every 100 volunteers: mostly active, the rest spread over the other statuses. */
const MIX: Array<[VolunteerStatus, number]> = [
  ["active", 80],
  ["applicant", 5],
  ["interviewed", 3],
  ["in_training", 4],
  ["paused", 5],
  ["ended", 3],
];
const pattern = MIX.flatMap(([status, n]) => Array<VolunteerStatus>(n).fill(status));

const FIRST = [
  "Aino",
  "Mikko",
  "Leila",
  "Sanna",
  "Olli",
  "Äijö",
  "Øystein",
  "Åsa",
  "Ülle",
  "Eeva",
  "Juha",
  "Hamid",
  "Fatima",
  "Abdi",
  "Hodan",
  "Olena",
  "Taras",
  "Irina",
  "Sergei",
  "Maria",
  "Emma",
  "Jussi",
  "Päivi",
  "Tuomas",
  "Kaisa",
  "Yusuf",
  "Amina",
  "Zahra",
  "Liisa",
  "Ville",
];
const LAST = [
  "Virtanen",
  "Korhonen",
  "Ahmed",
  "Nieminen",
  "Mäkinen",
  "Hämäläinen",
  "Öhman",
  "Åberg",
  "Laine",
  "Heikkinen",
  "Koskinen",
  "Järvinen",
  "Lehtonen",
  "Saarinen",
  "Warsame",
  "Hussein",
  "Shevchenko",
  "Kovalenko",
  "Ivanova",
  "Petrov",
  "Lindqvist",
  "Sjöberg",
  "Al-Sayed",
  "Mohamud",
  "Rantanen",
  "Salo",
  "Tuominen",
  "Zidan",
  "Östman",
  "Kallio",
];
const MUNICIPALITIES = [
  "Helsinki",
  "Espoo",
  "Vantaa",
  "Kauniainen",
  "Kerava",
  "Järvenpää",
  "Tuusula",
  "Kirkkonummi",
  "Sipoo",
  "Nurmijärvi",
];
/** Share of volunteers speaking each language; everyone speaks at least one. */
const LANGUAGES: Array<[string, number]> = [
  ["fi", 0.9],
  ["sv", 0.15],
  ["en", 0.6],
  ["ru", 0.08],
  ["ar", 0.06],
  ["so", 0.05],
  ["uk", 0.06],
];
const LEVELS = ["native", "fluent", "basic"] as const;
const WINDOWS = [
  ["08:00", "12:00"],
  ["09:00", "15:00"],
  ["12:00", "16:00"],
  ["16:00", "20:00"],
] as const;
const TRAVEL = ["walk", "public_transport", "bike", "car"] as const;

/** A small seeded generator, so every run seeds the same bank (ids aside). */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(list: readonly T[]): T => list[int(list.length)] as T;
  const some = <T>(list: readonly T[], min: number, max: number): T[] => {
    const shuffled = [...list].sort(() => next() - 0.5);
    return shuffled.slice(0, min + int(max - min + 1));
  };
  return { next, int, pick, some };
}

function volunteer(i: number, now: Date, today: string, r: ReturnType<typeof prng>): Volunteer {
  const status = pattern[i % pattern.length] as VolunteerStatus;
  const name = `${r.pick(FIRST)} ${r.pick(LAST)}`;
  const municipality = r.pick(MUNICIPALITIES);
  let codes = LANGUAGES.filter(([, share]) => r.next() < share).map(([code]) => code);
  if (codes.length === 0) codes = [r.pick(LANGUAGES)[0]];
  const created = new Date(now.getTime() - (VOLUNTEERS - i) * 3_600_000).toISOString();
  // Applicants and those interviewed have no profile yet; a few active ones never got one.
  const hasProfile =
    status !== "applicant" && status !== "interviewed" && !(status === "active" && r.int(50) === 0);
  let profile: Profile | null = null;
  if (hasProfile) {
    // Speakers of the newer languages are often asked for (and choose) immigration matters.
    const migrant = codes.some((c) => ["ar", "so", "uk", "ru"].includes(c));
    const chosen = new Set<Sector>(r.some(sectors, 1, 4));
    if (migrant && r.next() < 0.6) chosen.add("immigration");
    const days = r.some([1, 2, 3, 4, 5, 6, 7], 1, 4);
    const away = Array.from({ length: r.next() < 0.3 ? 1 + r.int(2) : 0 }, () => {
      const from = addDays(today, r.int(60) - 10);
      return { from, to: addDays(from, r.int(14)) };
    });
    profile = {
      availability: {
        weekly: days.map((day) => {
          const [from, to] = r.pick(WINDOWS);
          return { day, from, to };
        }),
        away,
        maxVisitsPerMonth: 1 + r.int(8),
      },
      strengths: "Kärsivällinen kuuntelija, kokemusta viranomaisasioinnista.",
      interests: "Sosiaaliturva ja asuminen.",
      challenges: "",
      avoidSectors: [],
      sectors: [...chosen],
      languages: codes.map((code) => ({
        code: code as Profile["languages"][number]["code"],
        level: code === "fi" ? "native" : r.pick(LEVELS),
      })),
      areas: [...new Set([municipality, ...r.some(MUNICIPALITIES, 0, 2)])],
      travel: r.some(TRAVEL, 1, 2),
      digitalSkills: r.pick(["basic", "good", "advanced"] as const),
    };
  }
  const visited = ["active", "paused", "ended"].includes(status) && r.next() < 0.7;
  const endedAt = status === "ended" ? addDays(today, -r.int(300)) : undefined;
  return {
    id: createId("vol"),
    status,
    name,
    email: `bench+bank${i}@example.org`,
    phone: r.next() < 0.8 ? "+358 40 123 4567" : undefined,
    municipality,
    locale: codes.includes("sv") && !codes.includes("fi") ? "sv" : "fi",
    languages: codes,
    motivation: "Haluan auttaa ihmisiä pääsemään palveluihin, joihin heillä on oikeus.",
    heardFrom: r.pick(heardFromOptions),
    consentAt: created,
    createdAt: created,
    updatedAt: created,
    version: 1,
    profile,
    pausedUntil: status === "paused" ? addDays(today, 1 + r.int(90)) : undefined,
    endedAt: endedAt && `${endedAt}T10:00:00.000Z`,
    endReason: status === "ended" ? "no_time" : undefined,
    lastVisitAt: visited ? `${addDays(today, -1 - r.int(365))}T12:00:00.000Z` : undefined,
  };
}

async function seed(documents: DynamoDBDocumentClient, tableName: string, now: Date) {
  const today = helsinkiDate(now);
  const r = prng(5_000);
  const counts = Object.fromEntries(volunteerStatuses.map((s) => [s, 0])) as Record<
    VolunteerStatus,
    number
  >;
  const cards: Card[] = [];
  const items: Record<string, unknown>[] = [];
  for (let i = 0; i < VOLUNTEERS; i++) {
    const v = volunteer(i, now, today, r);
    counts[v.status]++;
    cards.push(card(v));
    items.push({ ...keys.volunteer(v.id), type: "volunteer", ...v }, cardItem(v));
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
function expected(cards: Card[], f: Filter): Card[] {
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
  const stack = await startStack({
    tableName: "rinnalla-bench-bank",
    env: {
      LOG_LEVEL: "error",
      // The header line already says which Node this is.
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true",
    },
    log: () => {},
  });
  const raw = new DynamoDBClient({
    endpoint: stack.dynamodb,
    region: "eu-north-1",
    credentials: { accessKeyId: "local", secretAccessKey: "local" },
  });
  // As the app's client: a card's absent pausedUntil / lastVisitAt are left out, not stored.
  const documents = DynamoDBDocumentClient.from(raw, {
    marshallOptions: { removeUndefinedValues: true },
  });
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
    const coordinator = await Actor.provide({ type: "public" }, () =>
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
    raw.destroy();
    await stack.stop();
  }
}
