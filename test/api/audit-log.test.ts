import * as Actor from "@rinnalla/core/actor";
import { Audit } from "@rinnalla/core/audit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deliverInBackground } from "../../packages/local/src/delivery.ts";
import { addCoordinator, signIn } from "../support/coordinators.ts";
import { call, submitRequest } from "../support/harness.ts";

/**
 * The admin's audit log view: each filter, paging across Helsinki months, the CSV and its own
 * entry in the log, and what is refused. The entries under test are written in 2024 (whatever
 * today is) at chosen instants, so the days asked for are fixed; the sign-ins of this file's
 * own coordinators land today and stay out of those days.
 */

type Entry = { id: string; at: string; action: string; subject: string; actorId: string };

const coordinator = (coordinatorId: string, email: string): Actor.Actor => ({
  type: "coordinator",
  coordinatorId,
  email,
  name: email,
  role: "coordinator",
  sessionId: "test",
  secondFactor: "done",
});
const kaisa = coordinator("coo_kaisa", "kaisa@example.org");
const mikko = coordinator("coo_mikko", "mikko@example.org");

/** [instant, who, action, subject, details] */
const written = [
  // 10 January and 31 January (Helsinki) in the January partition.
  ["2024-01-10T08:00:00.000Z", kaisa, "request.read", "request#req_a"],
  ["2024-01-31T20:00:00.000Z", mikko, "request.note", "request#req_a"],
  // 00:30 on 1 February in Helsinki is still 31 January in UTC: February's partition.
  ["2024-01-31T22:30:00.000Z", kaisa, "request.cancel", "request#req_b"],
  ["2024-02-15T09:00:00.000Z", mikko, "volunteer.read", "volunteer#vol_x"],
  [
    "2024-03-01T07:00:00.000Z",
    kaisa,
    "request.note",
    "request#req_b",
    { note: "=cmd|' /C calc'!A0" },
  ],
  ["2024-03-20T12:00:00.000Z", mikko, "request.read", '=HYPERLINK("http://evil")'],
  // The last day of March: 23:30 Helsinki summer time is 20:30 UTC.
  ["2024-03-31T20:30:00.000Z", kaisa, "volunteer.note", "volunteer#vol_x"],
] as const;

let admin: string;
let plain: string;
let stopDelivery: () => Promise<void>;
beforeAll(async () => {
  stopDelivery = deliverInBackground(() => {});
  admin = await signIn((await addCoordinator("admin")).email);
  plain = await signIn((await addCoordinator()).email);
  for (const [at, who, action, subject, details] of written) {
    await Actor.provide(who, () =>
      Audit.record(action, subject, details as Record<string, unknown> | undefined, new Date(at)),
    );
  }
});
afterAll(() => stopDelivery());

const get = async (query: string, cookie = admin) => {
  const response = await call("GET", `/api/admin/audit?${query}`, { cookie });
  return { status: response.status, body: await response.json() };
};
const list = async (query: string) => {
  const { status, body } = await get(query);
  expect(status, JSON.stringify(body)).toBe(200);
  return body as { entries: Entry[]; cursor?: string; days: { from: string; to: string } };
};
const ats = (entries: Entry[]) => entries.map((e) => e.at);
const all = [...written]
  .map(([at]) => at)
  .sort()
  .reverse();

describe("the audit log, filtered", () => {
  it("reads the chosen Helsinki days across months, newest first", async () => {
    const page = await list("from=2024-01-01&to=2024-03-31");
    expect(ats(page.entries)).toEqual(all);
    expect(page.cursor).toBeUndefined();
    expect(page.days).toEqual({ from: "2024-01-01", to: "2024-03-31" });
  });

  it("counts a day in Helsinki time: 00:30 on 1 February belongs to February", async () => {
    expect(ats((await list("from=2024-02-01&to=2024-02-01")).entries)).toEqual([
      "2024-01-31T22:30:00.000Z",
    ]);
    expect(ats((await list("from=2024-01-31&to=2024-01-31")).entries)).toEqual([
      "2024-01-31T20:00:00.000Z",
    ]);
    expect(ats((await list("from=2024-03-31&to=2024-03-31")).entries)).toEqual([
      "2024-03-31T20:30:00.000Z",
    ]);
  });

  it("pages across month partitions without repeating or skipping an entry", async () => {
    for (const limit of [1, 2, 3]) {
      const seen: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await list(
          `from=2024-01-01&to=2024-03-31&limit=${limit}${cursor ? `&cursor=${cursor}` : ""}`,
        );
        expect(page.entries.length).toBeLessThanOrEqual(limit);
        seen.push(...ats(page.entries));
        cursor = page.cursor;
      } while (cursor);
      expect(seen, `limit ${limit}`).toEqual(all);
    }
  });

  it("narrows to one subject through its own index, by id or by a bare id", async () => {
    const byId = await list("subject=request%23req_b&from=2024-01-01&to=2024-12-31");
    expect(ats(byId.entries)).toEqual(["2024-03-01T07:00:00.000Z", "2024-01-31T22:30:00.000Z"]);
    const bare = await list("subject=vol_xxxxxxxxxxxx&from=2024-01-01&to=2024-12-31");
    expect(bare.entries).toEqual([]);
    const volunteer = await list("subject=volunteer%23vol_x&from=2024-02-01&to=2024-03-30");
    expect(ats(volunteer.entries)).toEqual(["2024-02-15T09:00:00.000Z"]);
  });

  it("finds a request by its reference", async () => {
    const { reference, id } = await submitRequest(plain);
    await call("GET", `/api/requests/${id}`, { cookie: plain });
    const page = await list(`subject=${reference}`);
    expect(page.entries.length).toBeGreaterThan(0);
    expect(page.entries.every((e) => e.subject === `request#${id}`)).toBe(true);
    expect(page.entries.map((e) => e.action)).toContain("request.read");
  });

  it("narrows to one coordinator and to one action, alone or together", async () => {
    const range = "from=2024-01-01&to=2024-03-31";
    const mikkos = await list(`${range}&actor=coo_mikko`);
    expect(mikkos.entries.map((e) => e.actorId)).toEqual(["coo_mikko", "coo_mikko", "coo_mikko"]);
    const notes = await list(`${range}&action=request.note`);
    expect(ats(notes.entries)).toEqual(["2024-03-01T07:00:00.000Z", "2024-01-31T20:00:00.000Z"]);
    const both = await list(`${range}&action=request.note&actor=coo_kaisa`);
    expect(ats(both.entries)).toEqual(["2024-03-01T07:00:00.000Z"]);
    // A filter that keeps little still pages: one at a time, every match once.
    const first = await list(`${range}&action=request.note&limit=1`);
    const second = await list(`${range}&action=request.note&limit=1&cursor=${first.cursor}`);
    expect([...ats(first.entries), ...ats(second.entries)]).toEqual(ats(notes.entries));
  });

  it("says an empty result as an empty list", async () => {
    const page = await list("from=2023-06-01&to=2023-06-30");
    expect(page).toMatchObject({ entries: [] });
    expect(page.cursor).toBeUndefined();
  });
});

describe("the audit log as a file", () => {
  it("gives the filtered entries as CSV for Excel, formulas made inert, and logs the export", async () => {
    const response = await call(
      "GET",
      "/api/admin/audit/csv?from=2024-01-01&to=2024-03-31&lang=fi",
      { cookie: admin },
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/csv");
    expect(response.headers.get("content-disposition")).toContain(
      "rinnalla-audit-2024-01-01-2024-03-31.csv",
    );
    expect(response.headers.get("x-truncated")).toBe("false");
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    // TextDecoder drops the byte-order mark it has just been shown.
    const text = new TextDecoder().decode(bytes);
    const lines = text.trimEnd().split("\r\n");
    expect(lines[0]).toBe("Aika;Toiminto;Kohde;Tekijän tunnus;Tekijän sähköposti;Tiedot");
    expect(lines).toHaveLength(1 + written.length);
    // Newest first, in Helsinki time.
    expect(lines[1]).toMatch(/^2024-03-31 23:30:00;volunteer.note;volunteer#vol_x;coo_kaisa;/);
    expect(text).toContain(`'=HYPERLINK(""http://evil"")`);
    expect(text).not.toMatch(/[;\n]=HYPERLINK/);
    expect(text).toContain("note: =cmd|' /C calc'!A0");

    const exports = await list("action=audit.export");
    expect(exports.entries).toHaveLength(1);
    expect(exports.entries[0]).toMatchObject({
      subject: "audit-log",
      details: { from: "2024-01-01", to: "2024-03-31", rows: written.length, truncated: false },
    });
  });

  it("exports only what the filters keep", async () => {
    const response = await call(
      "GET",
      "/api/admin/audit/csv?from=2024-01-01&to=2024-03-31&actor=coo_mikko&lang=en",
      { cookie: admin },
    );
    const lines = (await response.text()).trimEnd().split("\r\n");
    expect(lines[0]).toBe("Time,Action,Concerns,Actor id,Actor email,Details");
    expect(lines).toHaveLength(4);
  });
});

describe("what the audit log refuses", () => {
  it("is for admins only, the file too", async () => {
    expect((await get("", plain)).status).toBe(403);
    expect((await call("GET", "/api/admin/audit/csv", { cookie: plain })).status).toBe(403);
    expect((await call("GET", "/api/admin/audit")).status).toBe(401);
  });

  it("says what is wrong at each field, in the user's language", async () => {
    const cases: [string, string, RegExp][] = [
      ["from=2024-02-30", "from", /pp\.kk\.vvvv/],
      ["from=2024-03-01&to=2024-02-01", "to", /Loppupäivän/],
      ["from=2022-01-01&to=2024-01-31", "from", /24 kuukauden/],
      ["subject=drop%20table", "subject", /viitenumero/],
      ["action=request.delete", "action", /Tarkista/],
    ];
    for (const [query, field, message] of cases) {
      const { status, body } = await get(`${query}&lang=fi`);
      expect(status, query).toBe(400);
      expect(body.error.fields[field], query).toMatch(message);
    }
    const swedish = await get("from=2022-01-01&to=2024-01-31&lang=sv");
    expect(swedish.body.error.fields.from).toBe("Välj en period på högst 24 månader.");
    const file = await call("GET", "/api/admin/audit/csv?from=2022-01-01&to=2024-01-31", {
      cookie: admin,
    });
    expect(file.status).toBe(400);
    // Nothing more was exported, so nothing more was logged as exported (the two files above).
    expect((await list("action=audit.export")).entries).toHaveLength(2);
  });
});
