import * as Actor from "@rinnalla/core/actor";
import { VisitJobs } from "@rinnalla/core/jobs";
import { Rebuild } from "@rinnalla/core/stats";
import { helsinkiDate } from "@rinnalla/core/util";
import { describe, expect, it } from "vitest";
import { DEMO_ADMIN, seedDemo } from "../../packages/local/src/demo.ts";
import { everyItem } from "../../packages/local/src/every-item.ts";
import { signIn } from "../support/coordinators.ts";
import { call, itemsOfType, outboxSettled } from "../support/harness.ts";
import { deliveringMail } from "../support/setup.ts";

deliveringMail();

describe("the demo data of npm run dev", () => {
  it("has requests in every state, offers with answers pending, and an open alert", async () => {
    await Actor.provide({ type: "public" }, () => seedDemo(() => {}));
    // The demo's own emails go out first; the sign-in link would wait behind them.
    await outboxSettled();
    const cookie = await signIn(DEMO_ADMIN);
    const { counts } = await (await call("GET", "/api/inbox?view=received", { cookie })).json();
    for (const status of [
      "received",
      "matching",
      "offered",
      "confirmed",
      "cancelled",
      "no_volunteer",
    ]) {
      expect(counts[status], status).toBeGreaterThanOrEqual(1);
    }
    // A course about to start with those in training, and an evening of continuing education.
    const cohorts = await itemsOfType("cohort");
    expect(cohorts.map((c) => c.kind).sort()).toEqual(["continuing", "course"]);
    expect((await itemsOfType("training-participant")).length).toBeGreaterThanOrEqual(4);
    // The next season's gathering drafted (its alert open), another published with invitations.
    const gatherings = await itemsOfType("gathering");
    expect(gatherings.map((g) => g.status).sort()).toEqual(["draft", "published"]);
    expect((await itemsOfType("gathering-guest")).length).toBeGreaterThanOrEqual(5);
    const { due } = await (await call("GET", "/api/thanks/due", { cookie })).json();
    const reached = due.flatMap((d: { milestones: { id: string }[] }) =>
      d.milestones.map((m) => m.id),
    );
    expect(reached).toEqual(expect.arrayContaining(["years-1", "years-3"]));
    // Feedback to look at: seven clients' before and after, paired, so the change shows.
    const year = helsinkiDate(new Date()).slice(0, 4);
    const feedback = await (
      await call("GET", `/api/feedback/results?year=${year}`, { cookie })
    ).json();
    expect(feedback.pairs.pairs).toBe(7);
    expect(feedback.pairs.questions?.length).toBeGreaterThanOrEqual(1);
    // The reports have a year to show, and the counters agree with the demo's records.
    const month = helsinkiDate(new Date()).slice(0, 7);
    const report = await (
      await call("GET", `/api/reports?from=${year}-01&to=${month}`, { cookie })
    ).json();
    const volume = report.sections[0].tables[0].rows;
    expect(volume.find((r: { id: string }) => r.id === "requests").cells[0]).toBeGreaterThan(0);
    expect(report.headline.find((f: { id: string }) => f.id === "active").value).toBeGreaterThan(0);
    expect((await Rebuild.rebuild(await everyItem(), { write: false })).differences).toEqual([]);
    const offers = await itemsOfType("offer");
    const statuses = offers.map((o) => o.status);
    expect(statuses.filter((s) => s === "pending").length).toBeGreaterThanOrEqual(2);
    expect(statuses).toContain("declined");
    expect(offers.some((o) => o.via === "phone")).toBe(true);
    const { alerts } = await (await call("GET", "/api/alerts", { cookie })).json();
    expect(alerts.map((a: { kind: string }) => a.kind)).toEqual(
      expect.arrayContaining(["offers_declined", "safety_concern", "follow_up", "gathering_draft"]),
    );
    // A visit yesterday waits for its report: the report job asks for it.
    const asked = await VisitJobs.askForReports();
    expect(asked.asked).toBe(1);
    // Seeding twice adds nothing.
    const before = (await itemsOfType("request")).length;
    await Actor.provide({ type: "public" }, () => seedDemo(() => {}));
    expect((await itemsOfType("request")).length).toBe(before);
  }, 60_000);
});
