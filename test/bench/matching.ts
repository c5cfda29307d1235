import { QueryCommand } from "@aws-sdk/lib-dynamodb";
import * as Actor from "@rinnalla/core/actor";
import { Session } from "@rinnalla/core/auth";
import { config } from "@rinnalla/core/config";
import { Coordinator } from "@rinnalla/core/coordinator";
import { dynamo, transact } from "@rinnalla/core/db";
import { exclusions, type RankContext, type RankRequest, rank } from "@rinnalla/core/match";
import { Privacy } from "@rinnalla/core/privacy";
import { addDays, createId, helsinkiDate, helsinkiToUtc, words } from "@rinnalla/core/util";
import { Volunteer } from "@rinnalla/core/volunteer";
import { cookieName } from "@rinnalla/functions/api/access.ts";
import { figure, info, median, note, percentile } from "./report.ts";
import { benchStack } from "./stack.ts";
import { countCalls } from "./throughput.ts";
import { prng, volunteerBank } from "./volunteers.ts";

// ---- Ranking: the pure `rank` over a bank of 5,000 ----

type Visit = RankContext["visits"][number];

const VOLUNTEERS = 5_000;
const RANK_WARMUP = 5;
const RANK_TIMED = 31;
/** Visits a day over the last 90 days: about 10,000 in all. */
const VISITS_PER_DAY = 111;
/** The request ranked is this many days ahead, on a weekday. */
const REQUEST_DAYS_AHEAD = 14;
const VISIT_TIMES = ["08:00", "08:30", "09:00", "10:00", "11:15", "12:30", "13:00", "14:00"];
const VISIT_MINUTES = [60, 90, 120, 180];

/** The first day of an ISO date's month, and the last. */
const monthStart = (date: string) => `${date.slice(0, 7)}-01`;
function monthEnd(date: string): string {
  let day = date;
  while (addDays(day, 1).slice(0, 7) === date.slice(0, 7)) day = addDays(day, 1);
  return day;
}

/**
 * The visits `Match.suggest` would read for the request: every day of the months from 90 days
 * back through the visit's month (cancelled ones are filtered out by the Query). Past days are
 * as busy as an organisation of this size is; days ahead are booked less the further they are.
 * Those who go are the active and paused volunteers with a profile, some far more often than others.
 */
function visitsAround(cards: readonly Volunteer.Card[], now: Date, requestDate: string): Visit[] {
  const r = prng(90);
  const today = helsinkiDate(now);
  const goers = cards.filter(
    (c) => (c.status === "active" || c.status === "paused") && c.availability,
  );
  const visits: Visit[] = [];
  const last = monthEnd(requestDate);
  for (let day = monthStart(addDays(today, -90)); day <= last; day = addDays(day, 1)) {
    const ahead = (Date.parse(day) - Date.parse(today)) / 86_400_000;
    const share = ahead <= 0 ? 1 : Math.max(0.2, 1 - ahead / 45);
    const count = Math.round(VISITS_PER_DAY * share * (0.8 + 0.4 * r.next()));
    for (let i = 0; i < count; i++) {
      const startsAt = helsinkiToUtc(day, r.pick(VISIT_TIMES));
      const goer = goers[Math.floor(goers.length * r.next() ** 2)] as Volunteer.Card;
      visits.push({
        requestId: createId("req"),
        volunteerId: goer.id,
        startsAt: startsAt.toISOString(),
        endsAt: new Date(startsAt.getTime() + r.pick(VISIT_MINUTES) * 60_000).toISOString(),
        status: ahead < 0 ? "reported" : "planned",
      });
    }
  }
  return visits;
}

/** The next weekday `days` ahead or after. */
function weekdayAhead(today: string, days: number): string {
  let date = addDays(today, days);
  while ([0, 6].includes(new Date(`${date}T12:00:00Z`).getUTCDay())) date = addDays(date, 1);
  return date;
}

export async function rankBank(): Promise<void> {
  const now = new Date();
  const today = helsinkiDate(now);
  const cards = volunteerBank(VOLUNTEERS, now).map(Volunteer.card);
  const date = weekdayAhead(today, REQUEST_DAYS_AHEAD);
  const startsAt = helsinkiToUtc(date, "10:00");
  const description =
    "Lääkärin vastaanotto terveysasemalla, tarvitsen apua myös Kelan lomakkeiden kanssa.";
  const supportNeeds = "Kuulen huonosti, tarvitsen jonkun kirjoittamaan muistiin mitä sovitaan.";
  // As `Match.suggest` builds it from a stored request.
  const request: RankRequest = {
    id: createId("req"),
    sector: "healthcare",
    municipalityKey: words("Helsinki").join(" "),
    date,
    startsAt: startsAt.toISOString(),
    endsAt: new Date(startsAt.getTime() + 90 * 60_000).toISOString(),
    languages: ["fi"],
    topicWords: words(`${description} ${supportNeeds}`).filter((w) => w.length >= 4),
  };
  const visits = visitsAround(cards, now, date);
  const recentSince = now.getTime() - 90 * 86_400_000;
  const recent = visits.filter(
    (v) => Date.parse(v.startsAt) >= recentSince && v.startsAt <= now.toISOString(),
  ).length;
  // Three earlier volunteers of the same client, among the active.
  const supportedClient = new Set(
    cards
      .filter((c) => c.status === "active")
      .slice(0, 3)
      .map((c) => c.id),
  );
  info(
    "input",
    `${cards.length.toLocaleString("en")} cards (all statuses; Match.suggest reads only active, paused and in training: ${cards.filter((c) => ["active", "paused", "in_training"].includes(c.status)).length.toLocaleString("en")}); ${visits.length.toLocaleString("en")} visits from ${monthStart(addDays(today, -90))} to ${monthEnd(date)} (${recent.toLocaleString("en")} in the last 90 days, ${visits.filter((v) => v.startsAt.slice(0, 7) === date.slice(0, 7)).length.toLocaleString("en")} in the visit's month); request: ${request.sector}, Helsinki, ${date} 10:00 for 90 min, client speaks fi`,
  );

  // Each run gets its own copy, as each call of `Match.suggest` reads the cards and visits anew
  // (new strings: nothing hashed or cached by an earlier run is reused). Copied before the clock starts.
  const fresh = () => {
    const copy = JSON.parse(JSON.stringify({ cards, visits })) as {
      cards: Volunteer.Card[];
      visits: Visit[];
    };
    return { cards: copy.cards, context: { now, visits: copy.visits, supportedClient } };
  };
  const run = () => {
    const input = fresh();
    const began = performance.now();
    const result = rank(request, input.cards, input.context);
    return { ms: performance.now() - began, result };
  };
  const { ms: firstMs, result: reference } = run();
  const shape = (r: typeof reference) =>
    JSON.stringify([r.excluded, r.suggestions.map((s) => [s.volunteerId, s.score])]);
  const expected = shape(reference);
  for (let i = 0; i < RANK_WARMUP; i++) run();
  const times: number[] = [];
  for (let i = 0; i < RANK_TIMED; i++) {
    const { ms, result } = run();
    times.push(ms);
    if (shape(result) !== expected) throw new Error("rank gave another answer on a later run");
  }
  const p50 = median(times);
  figure(
    `rank(), ${cards.length.toLocaleString("en")} volunteers for one request`,
    p50,
    `${p50.toFixed(1)} ms median, p90 ${percentile(times, 90).toFixed(1)} ms over N=${RANK_TIMED}`,
    { limit: 20, shown: "20 ms median", direction: "max" },
  );
  const top = reference.suggestions[0];
  info(
    "ranking",
    `${reference.suggestions.length.toLocaleString("en")} suggested of ${reference.considered.toLocaleString("en")}; excluded: ${exclusions.map((e) => `${e} ${reference.excluded[e]}`).join(", ")}; best score ${top?.score ?? "-"} (${top?.factors.map((f) => f.kind).join(" + ") ?? "none"})`,
  );
  note(
    `the pure function in this process, each run on a fresh copy of the cards and visits (copied untimed), after ${RANK_WARMUP} warm-up runs, every answer checked equal to the first; the first run (cold JIT) took ${firstMs.toFixed(1)} ms`,
  );
}

// ---- Accepting an offer, end to end on the local stack ----

const VOLUNTEER_POOL = 6;
const OFFERED_TO = 3;
const ACCEPT_WARMUP = 5;
const ACCEPT_TIMED = 30;
const POLL_MS = 2;
const MAIL_TIMEOUT_MS = 10_000;
const START_TIMES = ["09:00", "10:00", "11:30", "13:00", "14:30"];

interface StoredMail {
  messageId: string;
  destination: { to: string[] };
  subject: string;
  body: { text: string };
  attachments?: Array<{ filename: string }>;
}

/** The mails in the local SES store since an epoch second (its `at` is in whole seconds). */
async function storedMails(ses: string, sinceSeconds = 0): Promise<StoredMail[]> {
  const response = await fetch(`${ses}/store${sinceSeconds ? `?since=${sinceSeconds}` : ""}`);
  return ((await response.json()) as { emails: StoredMail[] }).emails;
}

const isConfirmation = (mail: StoredMail, to: string) =>
  mail.destination.to.includes(to) &&
  Boolean(mail.attachments?.some((a) => a.filename.endsWith(".ics")));

/** A call's sort key, as the app's document client or the raw client sends it. */
function sortKey(input: Record<string, unknown>): string | undefined {
  const sk = (input.Key as { sk?: string | { S?: string } } | undefined)?.sk;
  return typeof sk === "string" ? sk : sk?.S;
}

export async function acceptLatency(): Promise<void> {
  const { stack, documents, stop } = await benchStack("rinnalla-bench-matching", {
    REQUEST_RATE_LIMIT_PER_HOUR: "1000000",
  });
  // Mail delivery (claiming and marking an outbox entry sent) is told apart from the accept itself.
  const calls = countCalls((command, input) =>
    sortKey(input)?.startsWith("outbox#") ? `${command} (mail delivery)` : command,
  );
  // Time spent waiting on DynamoDB Local by the accept's own calls (they are made one after another).
  let waited = { all: 0, transaction: 0 };
  dynamo().middlewareStack.add(
    (next, context) => async (args) => {
      if (sortKey(args.input as Record<string, unknown>)?.startsWith("outbox#")) return next(args);
      const began = performance.now();
      try {
        return await next(args);
      } finally {
        const ms = performance.now() - began;
        waited.all += ms;
        if (context.commandName === "TransactWriteItemsCommand") waited.transaction += ms;
      }
    },
    { step: "initialize", name: "benchTimeCalls" },
  );
  try {
    const origin = new URL(config().SITE_URL).origin;
    const coordinator = await Actor.provide({ type: "system", name: "bench" }, () =>
      Coordinator.add({ email: "bench-matching@example.org", name: "Bench Coordinator" }),
    );
    const session = Session.create(coordinator.id, "done", new Date());
    await transact([session.put]);
    const cookie = `${cookieName()}=${encodeURIComponent(session.cookie)}`;

    /** The real API over HTTP, as the site's own pages call it. */
    const api = async (
      method: string,
      path: string,
      body?: unknown,
      signedIn = true,
      headers: Record<string, string> = {},
    ) => {
      const response = await fetch(`${stack.api}${path}`, {
        method,
        headers: {
          origin,
          ...(body !== undefined && { "content-type": "application/json" }),
          ...(signedIn && { cookie }),
          ...headers,
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await response.text();
      if (response.status >= 300) {
        throw new Error(`${method} ${path} answered ${response.status}: ${text}`);
      }
      // biome-ignore lint/suspicious/noExplicitAny: the bench reads a few fields of each answer
      return (text ? JSON.parse(text) : undefined) as any;
    };

    const waitFor = async <T>(what: string, probe: () => Promise<T | undefined>): Promise<T> => {
      const deadline = performance.now() + MAIL_TIMEOUT_MS;
      for (;;) {
        const found = await probe();
        if (found !== undefined) return found;
        if (performance.now() > deadline) throw new Error(`no ${what} in ${MAIL_TIMEOUT_MS} ms`);
        await new Promise((r) => setTimeout(r, POLL_MS));
      }
    };

    // Active volunteers with a profile, as a coordinator makes them (test/support/volunteers.ts).
    const setupStarted = performance.now();
    const volunteers: Array<{ id: string; email: string }> = [];
    for (let i = 0; i < VOLUNTEER_POOL; i++) {
      const name = `Vilma Vapaaehtoinen ${i + 1}`;
      const email = `bench+volunteer${i}@example.org`;
      await api(
        "POST",
        "/api/volunteers/apply",
        {
          locale: "fi",
          name,
          email,
          phone: "050 111 2222",
          municipality: "Helsinki",
          languages: ["fi", "sv"],
          motivation: "Haluan auttaa ihmisiä asioimaan.",
          heardFrom: "friend",
          consent: true,
          noticeVersion: Privacy.builtIn.version,
        },
        false,
      );
      const list = await api("GET", "/api/volunteers?status=applicant&limit=200");
      const id = list.volunteers.find((v: { name: string }) => v.name === name)?.id as string;
      const interviewed = await api("PUT", `/api/volunteers/${id}/interview`, {
        version: 1,
        interview: {
          workHistory: "Sairaanhoitaja 30 vuotta",
          lifeSituation: "Eläkkeellä",
          earlierVolunteering: "Ystäväpalvelu",
          languages: [{ code: "fi", level: "native" }],
          sectors: ["healthcare"],
          suitability: "Sopii hyvin",
          decision: "to_training",
        },
      });
      const active = await api("POST", `/api/volunteers/${id}/status`, {
        version: interviewed.volunteer.version,
        change: { to: "active" },
      });
      await api("PUT", `/api/volunteers/${id}/profile`, {
        version: active.volunteer.version,
        profile: {
          availability: {
            weekly: [1, 2, 3, 4, 5].map((day) => ({ day, from: "08:00", to: "18:00" })),
            away: [],
            maxVisitsPerMonth: 30,
          },
          strengths: "Rauhallinen",
          interests: "Sosiaalipalvelut",
          challenges: "",
          avoidSectors: [],
          sectors: ["disability", "healthcare"],
          languages: [{ code: "fi", level: "native" }],
          areas: ["Helsinki", "Espoo"],
          travel: ["public_transport"],
        },
      });
      volunteers.push({ id, email });
    }

    // Requests, each offered to three of them; the first of the three will accept.
    const today = helsinkiDate(new Date());
    const offers: Array<{
      requestId: string;
      volunteer: { id: string; email: string };
      token: string;
    }> = [];
    for (let i = 0; i < ACCEPT_WARMUP + ACCEPT_TIMED; i++) {
      const { reference } = await api(
        "POST",
        "/api/requests",
        {
          locale: "fi",
          requesterRole: "client",
          client: {
            name: "Aino Virtanen",
            email: `bench+client${i}@example.org`,
            phone: "+358 40 123 4567",
            languages: ["fi"],
          },
          preferredContact: "email",
          sector: "healthcare",
          description: "Lääkärin vastaanotto terveysasemalla, tarvitsen tukea puheeseen.",
          place: "Malmin terveysasema",
          municipality: "Helsinki",
          date: weekdayAhead(today, 3 + (i % 25)),
          startTime: START_TIMES[i % START_TIMES.length],
          durationMinutes: 60,
          supportNeeds: "Jännittää.",
          consent: true,
          noticeVersion: Privacy.builtIn.version,
        },
        false,
      );
      const found = await api("GET", `/api/inbox/search?q=${encodeURIComponent(reference)}`);
      const requestId = found.requests[0]?.id as string;
      const { request } = await api("GET", `/api/requests/${requestId}`);
      const asked = Array.from(
        { length: OFFERED_TO },
        (_, k) => volunteers[(i + k) % volunteers.length] as { id: string; email: string },
      );
      const accepting = asked[0] as { id: string; email: string };
      const offerMails = async () =>
        (await storedMails(stack.ses)).filter(
          (m) => m.destination.to.includes(accepting.email) && m.body.text.includes("/offer#"),
        );
      const before = (await offerMails()).length;
      await api("POST", `/api/requests/${requestId}/offers`, {
        version: request.version,
        volunteerIds: asked.map((v) => v.id),
      });
      const mail = await waitFor("offer mail", async () => (await offerMails())[before]);
      const token = mail.body.text.match(/\/offer#(\S+)/)?.[1];
      if (!token) throw new Error(`no /offer# link in "${mail.subject}"`);
      offers.push({ requestId, volunteer: accepting, token });
    }
    const setupMs = performance.now() - setupStarted;
    info(
      "setup",
      `${VOLUNTEER_POOL} active volunteers (apply, interview, activate, profile) and ${offers.length} requests (submitted, each offered to ${OFFERED_TO}) through the HTTP API in ${(setupMs / 1000).toFixed(1)} s`,
    );

    /** Everything in the request's outbox has been delivered and marked sent. */
    const delivered = async (requestId: string) => {
      const { Items = [] } = await documents.send(
        new QueryCommand({
          TableName: stack.tableName,
          KeyConditionExpression: "pk = :pk AND begins_with(sk, :outbox)",
          ExpressionAttributeValues: { ":pk": `request#${requestId}`, ":outbox": "outbox#" },
          ConsistentRead: true,
        }),
      );
      return Items.every((item) => item.status === "sent") ? Items.length : undefined;
    };

    const accepts: number[] = [];
    const inDynamo: number[] = [];
    const inTransaction: number[] = [];
    const mails: number[] = [];
    const during = new Map<string, number>();
    const total = new Map<string, number>();
    let sentByAccept = 0;
    for (const [i, offer] of offers.entries()) {
      const timed = i >= ACCEPT_WARMUP;
      // The volunteer opens the link first: the page shows the offer (a GET, not timed).
      const page = await api("GET", "/api/links/offer", undefined, false, {
        "x-link-token": offer.token,
      });
      if (page.status !== "pending") throw new Error(`offer page says ${page.status}, not pending`);
      await waitFor("quiet outbox", () => delivered(offer.requestId));
      const outboxBefore = (await delivered(offer.requestId)) as number;
      const since = Math.floor(Date.now() / 1000) - 1;
      const known = new Set((await storedMails(stack.ses, since)).map((m) => m.messageId));
      const callsBefore = calls.snapshot();
      waited = { all: 0, transaction: 0 };

      const began = performance.now();
      const response = await fetch(`${stack.api}/api/links/offer/accept`, {
        method: "POST",
        headers: { origin, "x-link-token": offer.token },
      });
      const text = await response.text();
      const answered = performance.now();
      const callsAtAnswer = calls.since(callsBefore);
      const dynamoMs = waited;
      if (response.status !== 200 || JSON.parse(text).outcome !== "accepted") {
        throw new Error(`accept answered ${response.status}: ${text}`);
      }
      await waitFor("confirmation mail", async () =>
        (await storedMails(stack.ses, since)).find(
          (m) => !known.has(m.messageId) && isConfirmation(m, offer.volunteer.email),
        ),
      );
      const mailed = performance.now();
      const outboxAfter = await waitFor("delivery of every mail", () => delivered(offer.requestId));
      if (!timed) continue;
      accepts.push(answered - began);
      inDynamo.push(dynamoMs.all);
      inTransaction.push(dynamoMs.transaction);
      mails.push(mailed - began);
      sentByAccept += outboxAfter - outboxBefore;
      for (const [name, n] of callsAtAnswer) during.set(name, (during.get(name) ?? 0) + n);
      for (const [name, n] of calls.since(callsBefore)) total.set(name, (total.get(name) ?? 0) + n);
    }

    const per = (n: number) => {
      const value = n / ACCEPT_TIMED;
      return Number.isInteger(value) ? String(value) : value.toFixed(1);
    };
    const listed = (counts: Map<string, number>, keep: (name: string) => boolean) => {
      const items = counts.get("items in transactions") ?? 0;
      const sent = [...counts].filter(
        ([name, n]) => n > 0 && keep(name) && name !== "items in transactions",
      );
      const sum = sent.reduce((a, [, n]) => a + n, 0);
      const shown = sent.map(([name, n]) =>
        name === "TransactWriteItems" && items > 0
          ? `${per(n)} ${name} of ${per(items)} items`
          : `${per(n)} ${name}`,
      );
      return `${per(sum)} (${shown.join(", ")})`;
    };
    const accepting = (name: string) => !name.includes("mail delivery");
    info(
      `accept (POST /api/links/offer/accept → "accepted")`,
      `${median(accepts).toFixed(1)} ms median, p90 ${percentile(accepts, 90).toFixed(1)} ms over N=${ACCEPT_TIMED}; DynamoDB calls per accept: ${listed(during, accepting)}`,
    );
    info(
      "of which",
      `waiting on DynamoDB Local ${median(inDynamo).toFixed(1)} ms median (the transaction ${median(inTransaction).toFixed(1)} ms), the rest in the API and HTTP`,
    );
    info(
      "until the volunteer's confirmation is in the local SES store",
      `${median(mails).toFixed(1)} ms median, p90 ${percentile(mails, 90).toFixed(1)} ms after the press; ${per(sentByAccept)} mails per accept (the volunteer's confirmation with its calendar file, the client's "support found", and "no longer needed" to each of the other ${OFFERED_TO - 1} asked), their delivery ${listed(total, (name) => !accepting(name))} more DynamoDB calls`,
    );
    note(
      `sequential accepts over HTTP to the local API (one Node process with the bench, local SES in it too), after ${ACCEPT_WARMUP} warm-up accepts; each of ${ACCEPT_TIMED} requests had its own offer to ${OFFERED_TO} volunteers and the link page was opened (GET) before the press; mail delivery is in the background right after the commit, as the table stream does in AWS; the store is polled every ${POLL_MS} ms`,
    );
  } finally {
    await stop();
  }
}
