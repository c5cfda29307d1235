import { readdirSync, readFileSync } from "node:fs";
import { Agent, request as httpRequest } from "node:http";
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import {
  DynamoDBDocumentClient,
  PutCommand,
  TransactWriteCommand,
  UpdateCommand,
} from "@aws-sdk/lib-dynamodb";
import { config } from "@rinnalla/core/config";
import { dynamo } from "@rinnalla/core/db";
import { Outbox } from "@rinnalla/core/mail";
import { Privacy } from "@rinnalla/core/privacy";
import { addDays, helsinkiDate } from "@rinnalla/core/util";
import { startStack } from "@rinnalla/local/stack.ts";
import { figure, info, note, percentile } from "./report.ts";

const CONCURRENCY = 16;
/** DynamoDB Local's JVM needs a while before its JIT settles; nothing is counted before that. */
const WARMUP_MS = 12_000;
/** Measured rounds alternate A B B A A B, so a still-warming JVM favours neither side. */
const ORDER = ["puts", "submissions", "submissions", "puts", "puts", "submissions"] as const;
const ROUND_MS = 3_000;
const MAIL_DRAIN_MS = 30_000;

interface Tally {
  /** Successes completed inside measured windows. */
  ok: number;
  errors: Map<string, number>;
  latencies: number[];
  measuredMs: number;
  /** CPU time of this process (load generator, API, mail delivery, local SES). */
  nodeCpuMs: number;
  /** CPU time of DynamoDB Local's JVM, where /proc tells. */
  jvmCpuMs: number | undefined;
}

const emptyTally = (): Tally => ({
  ok: 0,
  errors: new Map(),
  latencies: [],
  measuredMs: 0,
  nodeCpuMs: 0,
  jvmCpuMs: 0,
});
const rate = (tally: Tally) => (tally.measuredMs > 0 ? tally.ok / (tally.measuredMs / 1000) : 0);

/**
 * `concurrency` loops, each issuing its next operation when the last one is done, for
 * `durationMs`. None start after the window closes; those still in flight then are not counted.
 */
async function closedLoop(
  op: (worker: number) => Promise<string | undefined>,
  options: { concurrency: number; durationMs: number },
  tally: Tally = emptyTally(),
): Promise<Tally> {
  const end = performance.now() + options.durationMs;
  const cpuBefore = process.cpuUsage();
  const jvmBefore = jvmCpuMs();
  const worker = async (index: number) => {
    while (performance.now() < end) {
      const began = performance.now();
      let failure: string | undefined;
      try {
        failure = await op(index);
      } catch (error) {
        failure = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      }
      const done = performance.now();
      // In-flight operations that end after the window are not counted.
      if (done > end) continue;
      if (failure === undefined) {
        tally.ok++;
        tally.latencies.push(done - began);
      } else {
        tally.errors.set(failure, (tally.errors.get(failure) ?? 0) + 1);
      }
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, (_, i) => worker(i)));
  tally.measuredMs += options.durationMs;
  const cpu = process.cpuUsage(cpuBefore);
  tally.nodeCpuMs += (cpu.user + cpu.system) / 1000;
  const jvmAfter = jvmCpuMs();
  tally.jvmCpuMs =
    tally.jvmCpuMs !== undefined && jvmBefore !== undefined && jvmAfter !== undefined
      ? tally.jvmCpuMs + jvmAfter - jvmBefore
      : undefined;
  return tally;
}

/**
 * Counts what the application sends to DynamoDB (its own client, not the bench's): command names,
 * and the items per transaction. Retried transactions count once per try. `label` may name a call
 * otherwise from its command and input (to tell mail delivery apart, say).
 */
export function countCalls(label?: (command: string, input: Record<string, unknown>) => string) {
  const counts = new Map<string, number>();
  const add = (name: string, n: number) => counts.set(name, (counts.get(name) ?? 0) + n);
  dynamo().middlewareStack.add(
    (next, context) => async (args) => {
      const command = (context.commandName ?? "unknown").replace(/Command$/, "");
      add(label ? label(command, args.input as Record<string, unknown>) : command, 1);
      const items = (args.input as { TransactItems?: unknown[] }).TransactItems;
      if (items) add("items in transactions", items.length);
      return next(args);
    },
    { step: "initialize", name: "benchCountCalls" },
  );
  const snapshot = () => new Map(counts);
  const since = (before: Map<string, number>) =>
    new Map([...counts].map(([name, n]) => [name, n - (before.get(name) ?? 0)] as const));
  return { snapshot, since };
}

let javaPid: string | undefined;
/** DynamoDB Local is a `java` child of this process; Linux only, undefined elsewhere. */
export function jvmCpuMs(): number | undefined {
  try {
    javaPid ??= readdirSync("/proc")
      .filter((name) => /^\d+$/.test(name))
      .find((pid) => {
        try {
          const [name, rest] = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ");
          return name?.endsWith("(java") && rest?.split(" ")[1] === String(process.pid);
        } catch {
          return false; // the process ended while we looked
        }
      });
    if (!javaPid) return undefined;
    const fields = readFileSync(`/proc/${javaPid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
    // utime and stime, in clock ticks (100 per second on Linux).
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    javaPid = undefined; // that JVM ended (an earlier section's stack): look again next time
    return undefined;
  }
}

function post(
  url: string,
  body: string,
  options: { agent: Agent; localAddress?: string; origin: string },
): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      url,
      {
        method: "POST",
        agent: options.agent,
        localAddress: options.localAddress,
        headers: {
          "content-type": "application/json",
          // As the site's own form page sends it; anything else is refused as cross-origin.
          origin: options.origin,
          "content-length": Buffer.byteLength(body),
        },
      },
      (res) => {
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (chunk) => {
          text += chunk;
        });
        res.on("end", () => resolve({ status: res.statusCode ?? 0, text }));
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

let sequence = 0;
function submission(date: string) {
  sequence += 1;
  return {
    locale: "fi",
    requesterRole: "client",
    client: {
      name: "Aino Virtanen",
      email: `bench+${sequence}@example.org`,
      phone: "+358 40 123 4567",
      languages: ["fi", "sv"],
    },
    preferredContact: "email",
    sector: "disability",
    description:
      "Vammaispalvelun palvelusuunnitelmapalaveri sosiaalitoimistossa. Tarvitsen tukea siihen, että saan asiani sanottua ja ymmärrän, mitä päätetään.",
    place: "Sosiaalitoimisto, Toinen linja 4",
    municipality: "Helsinki",
    date,
    startTime: "10:00",
    durationMinutes: 60,
    supportNeeds: "Jännittää, tarvitsen tukea puheeseen. Kuulen huonosti vasemmalla korvalla.",
    consent: true,
    noticeVersion: Privacy.builtIn.version,
  };
}

function describe(label: string, tally: Tally, unit: string) {
  const p50 = percentile(tally.latencies, 50).toFixed(1);
  const p99 = percentile(tally.latencies, 99).toFixed(1);
  const errors = [...tally.errors.values()].reduce((a, b) => a + b, 0);
  const share = (ms: number) => `${((ms / tally.measuredMs) * 100).toFixed(0)} %`;
  const cpu = `cpu: node ${share(tally.nodeCpuMs)}${tally.jvmCpuMs === undefined ? "" : `, DynamoDB Local ${share(tally.jvmCpuMs)}`} of one core`;
  info(
    label,
    `${rate(tally).toFixed(0)} ${unit}  (${tally.ok} in ${tally.measuredMs / 1000} s, ${CONCURRENCY} in flight, latency p50 ${p50} ms, p99 ${p99} ms, errors ${errors}; ${cpu})`,
  );
  for (const [message, count] of [...tally.errors].sort((a, b) => b[1] - a[1]).slice(0, 5)) {
    console.log(`    ${String(count).padStart(6)} × ${message.slice(0, 200)}`);
  }
}

async function mailsDelivered(sesEndpoint: string): Promise<number> {
  const response = await fetch(`${sesEndpoint}/store`);
  const { emails } = (await response.json()) as {
    emails: Array<{ destination?: { to?: string[] } }>;
  };
  return emails.filter((mail) => mail.destination?.to?.some((to) => to.startsWith("bench+")))
    .length;
}

export async function submissionsVsPuts(): Promise<void> {
  const logs: string[] = [];
  const stack = await startStack({
    tableName: "rinnalla-bench",
    env: {
      REQUEST_RATE_LIMIT_PER_HOUR: "1000000",
      LOG_LEVEL: "silent",
      // The header line already says which Node this is.
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true",
    },
    log: (line) => logs.push(line),
  });
  const raw = new DynamoDBClient({
    endpoint: stack.dynamodb,
    region: "eu-north-1",
    credentials: { accessKeyId: "local", secretAccessKey: "local" },
  });
  const documents = DynamoDBDocumentClient.from(raw);
  const calls = countCalls();
  const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY * 2 });
  try {
    const date = addDays(helsinkiDate(new Date()), 5);
    const url = `${stack.api}/api/requests`;
    const origin = new URL(config().SITE_URL).origin;
    const sample = JSON.stringify(submission(date));

    // A put shaped like the stored request: its keys, a gsi1 entry, about 1 KB in all.
    let putSequence = 0;
    const item = () => {
      putSequence += 1;
      const id = `bench_${process.pid}_${putSequence}`;
      const base = {
        pk: `request#${id}`,
        sk: "request",
        gsi1pk: "requests#received",
        gsi1sk: `${new Date().toISOString()}#${id}`,
        type: "request",
        ...submission(date),
      };
      const padding = Math.max(0, 1024 - JSON.stringify(base).length);
      return { ...base, padding: "x".repeat(padding) };
    };
    const putOnce = async () => {
      await documents.send(new PutCommand({ TableName: stack.tableName, Item: item() }));
      return undefined;
    };

    // Every submitter has an address of their own, as people behind CloudFront do: one shared
    // address would make every submission update the same rate-limit item.
    const sourceAddress = (worker: number) => `127.0.0.${10 + worker}`;
    let created = 0;
    const submitOnce = async (worker: number) => {
      const { status, text } = await post(url, JSON.stringify(submission(date)), {
        agent,
        localAddress: sourceAddress(worker),
        origin,
      });
      if (status === 201) {
        created++;
        return undefined;
      }
      return `HTTP ${status}: ${text}`;
    };

    // Everything submitted so far has its mail delivered: nothing left over runs into the next round.
    const drain = async () => {
      const from = performance.now();
      let delivered = await mailsDelivered(stack.ses);
      while (delivered < created && performance.now() - from < MAIL_DRAIN_MS) {
        await new Promise((r) => setTimeout(r, 100));
        delivered = await mailsDelivered(stack.ses);
      }
      return { delivered, ms: performance.now() - from };
    };

    // One submission first: if the API refuses it, there is nothing to measure.
    const probe = await submitOnce(0);
    if (probe !== undefined) throw new Error(`a valid submission was refused: ${probe}`);

    // Warm both paths (the JIT in DynamoDB Local's JVM and in Node) before measuring either.
    for (let i = 0; i < 2; i++) {
      await closedLoop(putOnce, { concurrency: CONCURRENCY, durationMs: WARMUP_MS / 4 });
      await closedLoop(submitOnce, { concurrency: CONCURRENCY, durationMs: WARMUP_MS / 4 });
      await drain();
    }

    const puts = emptyTally();
    const submissions = emptyTally();
    const trailing: number[] = [];
    const rounds: string[] = [];
    const sent = new Map<string, number>();
    let createdInRounds = 0;
    for (const kind of ORDER) {
      const tally = kind === "puts" ? puts : submissions;
      const before = tally.ok;
      const callsBefore = calls.snapshot();
      const createdBefore = created;
      await closedLoop(
        kind === "puts" ? putOnce : submitOnce,
        {
          concurrency: CONCURRENCY,
          durationMs: ROUND_MS,
        },
        tally,
      );
      rounds.push(
        `${kind === "puts" ? "P" : "S"} ${((tally.ok - before) / (ROUND_MS / 1000)).toFixed(0)}`,
      );
      if (kind === "submissions") {
        trailing.push((await drain()).ms);
        // Everything the app sent from the round's start until its last mail was delivered.
        for (const [name, n] of calls.since(callsBefore)) sent.set(name, (sent.get(name) ?? 0) + n);
        createdInRounds += created - createdBefore;
      }
    }

    describe("raw PutItem (lib-dynamodb PutCommand, ~1 KB item)", puts, "puts/s");
    describe("submissions (POST /api/requests → 201)", submissions, "req/s");
    const ratio = rate(puts) > 0 ? (rate(submissions) / rate(puts)) * 100 : 0;
    figure("submissions / raw puts", ratio, `${ratio.toFixed(1)} %`, {
      limit: 40,
      shown: "40 %",
      direction: "min",
    });
    note(
      `after ${WARMUP_MS / 1000} s of warm-up, ${ORDER.length} rounds of ${ROUND_MS / 1000} s alternating (P = puts/s, S = req/s): ${rounds.join(", ")}`,
    );
    note(
      `item sizes: request body ${sample.length} B as JSON, raw item ${JSON.stringify(item()).length} B as JSON`,
    );
    const perSubmission = [...sent]
      .filter(([name, n]) => n > 0 && name !== "items in transactions")
      .map(([name, n]) => `${(n / createdInRounds).toFixed(2)} ${name}`);
    const transactions = sent.get("TransactWriteItems") ?? 0;
    const items = transactions ? (sent.get("items in transactions") ?? 0) / transactions : 0;
    note(
      `DynamoDB calls per submission, its confirmation mail's delivery included: ${perSubmission.join(", ")}; ${items.toFixed(1)} items per transaction`,
    );
    note(
      "each confirmation mail is delivered in the background to the local SES right after the commit (as the table stream does in AWS): part of the real cost, it runs during the submission rounds and competes with them",
    );
    note(
      "load generator, API server and mail delivery share this one Node process; DynamoDB Local runs in its own JVM on the same machine; each submitting worker uses its own 127.0.0.x source address (distinct rate-limit items, as distinct people behind CloudFront)",
    );
    const { delivered } = await drain();
    info(
      "confirmation mails delivered to local SES",
      `${delivered}/${created}; after each submission round the last one arrived ${trailing.map((ms) => (ms / 1000).toFixed(1)).join(", ")} s after the round closed`,
    );

    // Where the time goes: the submission's two writes alone, and a submission whose mail is left
    // in the outbox (in AWS the table stream delivers it in another Lambda, not in the API's).
    const counterOnce = async () => {
      await documents.send(
        new UpdateCommand({
          TableName: stack.tableName,
          Key: { pk: "counter#bench", sk: "2026" },
          UpdateExpression: "ADD seq :one",
          ExpressionAttributeValues: { ":one": 1 },
          ReturnValues: "UPDATED_NEW",
        }),
      );
      return undefined;
    };
    // As many items as the submission's own transaction had: one update, the rest ~1 KB in all.
    const size = Math.max(2, Math.round(items) || 4);
    const transactionOnce = async (worker: number) => {
      const request = item();
      const puts = Array.from({ length: size - 1 }, (_, i) => ({
        Put: {
          TableName: stack.tableName,
          Item:
            i === 0 ? request : { pk: `${request.pk}#${i}`, sk: "extra", text: "x".repeat(100) },
          ConditionExpression: "attribute_not_exists(pk)",
        },
      }));
      const rateLimit = {
        Update: {
          TableName: stack.tableName,
          Key: { pk: `rate#bench#${worker}`, sk: "0" },
          UpdateExpression: "SET hits = if_not_exists(hits, :zero) + :one",
          ExpressionAttributeValues: { ":zero": 0, ":one": 1 },
        },
      };
      await documents.send(new TransactWriteCommand({ TransactItems: [rateLimit, ...puts] }));
      return undefined;
    };
    // Bracketed by raw-put rounds of their own: the JVM is warmer now than in the rounds above.
    const breakdown = { concurrency: CONCURRENCY, durationMs: ROUND_MS };
    const reference = await closedLoop(putOnce, breakdown);
    const counter = await closedLoop(counterOnce, breakdown);
    const transaction = await closedLoop(transactionOnce, breakdown);
    Outbox.setDispatcher(() => {});
    const unmailed = await closedLoop(submitOnce, breakdown);
    await closedLoop(putOnce, breakdown, reference);
    const of = (tally: Tally) => `${((rate(tally) / rate(reference)) * 100).toFixed(0)} %`;
    info(
      "breakdown, same concurrency, for information",
      `raw PutItem ${rate(reference).toFixed(0)}/s; reference-counter UpdateItem alone ${rate(counter).toFixed(0)}/s (${of(counter)}); ${size}-item TransactWriteItems alone ${rate(transaction).toFixed(0)}/s (${of(transaction)}); submissions with their mail left in the outbox ${rate(unmailed).toFixed(0)} req/s (${of(unmailed)})`,
    );
    const failures = logs.filter((line) => line.includes("failed"));
    if (failures.length > 0) {
      note(`${failures.length} mail delivery failures logged; first: ${failures[0]}`);
    }
  } finally {
    agent.destroy();
    raw.destroy();
    await stack.stop();
  }
}
