import { describe, expect, it } from "vitest";
import type { Visit } from "../visit/visit.ts";
import type { Card } from "../volunteer/volunteer.ts";
import { type RankRequest, rank } from "./rank.ts";

// 2026-12-09 is a Wednesday (weekday 3); 10:00 Helsinki is 08:00 UTC in winter.
const request: RankRequest = {
  id: "req_1",
  sector: "healthcare",
  municipalityKey: "helsinki",
  date: "2026-12-09",
  startsAt: "2026-12-09T08:00:00.000Z",
  endsAt: "2026-12-09T09:30:00.000Z",
  languages: ["fi", "ar"],
  topicWords: ["laakari", "aika", "kela"],
};
const now = new Date("2026-11-27T10:00:00Z");

function card(id: string, over: Partial<Card> = {}): Card {
  return {
    id,
    name: `Volunteer ${id}`,
    status: "active",
    municipality: "Helsinki",
    languages: [{ code: "fi", level: "native" }],
    sectors: [],
    areas: ["Helsinki"],
    areaKeys: ["helsinki"],
    avoidSectors: [],
    interestWords: [],
    availability: {
      weekly: [{ day: 3, from: "08:00", to: "16:00" }],
      away: [],
      maxVisitsPerMonth: 4,
    },
    pausedUntil: undefined,
    lastVisitAt: undefined,
    createdAt: "2026-01-01T00:00:00.000Z",
    ...over,
  };
}

const visit = (volunteerId: string, startsAt: string, minutes = 60): Visit => ({
  requestId: `req_${volunteerId}_${startsAt}`,
  volunteerId,
  startsAt,
  endsAt: new Date(Date.parse(startsAt) + minutes * 60_000).toISOString(),
  status: "planned",
});

const context = (visits: Visit[] = [], supported: string[] = []) => ({
  now,
  visits,
  supportedClient: new Set(supported),
});

describe("Match.rank hard filters", () => {
  it("counts each excluded volunteer under the first rule they fail", () => {
    const cards = [
      card("ok"),
      card("training", { status: "in_training" }),
      card("paused", { status: "paused", pausedUntil: "2026-12-31" }),
      card("pausedUntil", { pausedUntil: "2026-12-10" }),
      card("away", {
        availability: {
          weekly: [{ day: 3, from: "08:00", to: "16:00" }],
          away: [{ from: "2026-12-08", to: "2026-12-12" }],
          maxVisitsPerMonth: 4,
        },
      }),
      card("wrongDay", {
        availability: {
          weekly: [{ day: 1, from: "08:00", to: "16:00" }],
          away: [],
          maxVisitsPerMonth: 4,
        },
      }),
      card("noProfile", { availability: null }),
      card("booked"),
      card("full", {
        availability: {
          weekly: [{ day: 3, from: "08:00", to: "16:00" }],
          away: [],
          maxVisitsPerMonth: 2,
        },
      }),
      card("russian", { languages: [{ code: "ru", level: "native" }] }),
      card("espoo", { areaKeys: ["espoo"] }),
    ];
    const visits = [
      // Starts 45 minutes after this visit ends: inside the travel buffer.
      visit("booked", "2026-12-09T10:15:00.000Z"),
      visit("full", "2026-12-01T08:00:00.000Z"),
      visit("full", "2026-12-20T08:00:00.000Z"),
    ];
    const result = rank(request, cards, context(visits));
    expect(result.suggestions.map((s) => s.volunteerId)).toEqual(["ok"]);
    expect(result.considered).toBe(cards.length);
    expect(result.excluded).toEqual({
      notActive: 1,
      paused: 2,
      away: 3,
      booked: 1,
      monthlyMax: 1,
      language: 1,
      area: 1,
    });
  });

  it("leaves room for travel: a visit ending more than an hour before is no clash", () => {
    const early = visit("v", "2026-12-09T05:00:00.000Z", 120); // ends 07:00 UTC, an hour before
    const close = visit("w", "2026-12-09T05:30:00.000Z", 120); // ends 07:30 UTC
    const result = rank(request, [card("v"), card("w")], context([early, close]));
    expect(result.suggestions.map((s) => s.volunteerId)).toEqual(["v"]);
    expect(result.excluded.booked).toBe(1);
  });

  it("ignores this request's own visit and cancelled visits", () => {
    const own = { ...visit("v", request.startsAt), requestId: request.id };
    const cancelled: Visit = { ...visit("v", request.startsAt), status: "cancelled" };
    expect(rank(request, [card("v")], context([own, cancelled])).suggestions).toHaveLength(1);
  });

  it("does not filter by language when the client's language is only written in words", () => {
    const result = rank(
      { ...request, languages: [] },
      [card("ru", { languages: [{ code: "ru", level: "basic" }] })],
      context(),
    );
    expect(result.suggestions).toHaveLength(1);
  });
});

describe("Match.rank soft factors", () => {
  it("explains every point and ranks by them", () => {
    const cards = [
      card("plain", { languages: [{ code: "fi", level: "basic" }] }),
      card("expert", { sectors: ["healthcare"] }),
      card("interested", { interestWords: ["kela", "musiikki"] }),
      card("hesitant", { sectors: ["healthcare"], avoidSectors: ["healthcare"] }),
      card("familiar"),
    ];
    const result = rank(request, cards, context([], ["familiar"]));
    const byId = Object.fromEntries(result.suggestions.map((s) => [s.volunteerId, s]));
    expect(result.suggestions.map((s) => s.volunteerId)).toEqual([
      "familiar", // 4 + 1 + 2
      "expert", // 3 + 1 + 2
      "interested", // 1 + 1 + 2
      "hesitant", // 3 - 3 + 1 + 2
      "plain", // 2
    ]);
    expect(byId.interested?.factors).toContainEqual({ kind: "interests", points: 1, word: "kela" });
    expect(byId.hesitant?.factors).toContainEqual({ kind: "challenge", points: -3 });
    expect(byId.plain?.factors).toEqual([{ kind: "fairness", points: 2, count: 0 }]);
    expect(byId.familiar?.score).toBe(7);
  });

  it("prefers who has had fewer visits lately (fairness)", () => {
    const visits = [
      visit("busy", "2026-11-02T08:00:00.000Z"),
      visit("busy", "2026-11-10T08:00:00.000Z"),
      visit("busy", "2026-10-10T08:00:00.000Z"),
      visit("some", "2026-11-20T08:00:00.000Z"),
      // Older than 90 days: not recent.
      visit("rested", "2026-07-01T08:00:00.000Z"),
    ];
    const cards = [card("busy"), card("some"), card("rested")].map((c) => ({
      ...c,
      availability: c.availability && { ...c.availability, maxVisitsPerMonth: 10 },
    }));
    const result = rank(request, cards, context(visits));
    expect(result.suggestions.map((s) => [s.volunteerId, s.recentVisits])).toEqual([
      ["rested", 0],
      ["some", 1],
      ["busy", 3],
    ]);
    expect(result.suggestions[2]?.factors).toContainEqual({
      kind: "fairness",
      points: 0.5,
      count: 3,
    });
  });

  it("breaks ties by the oldest last visit, then by name", () => {
    const cards = [
      card("b", { name: "Bertta", lastVisitAt: "2026-10-01T00:00:00Z" }),
      card("a", { name: "Aino", lastVisitAt: "2026-10-01T00:00:00Z" }),
      card("c", { name: "Cecilia", lastVisitAt: "2026-05-01T00:00:00Z" }),
    ];
    expect(rank(request, cards, context()).suggestions.map((s) => s.name)).toEqual([
      "Cecilia",
      "Aino",
      "Bertta",
    ]);
  });
});

describe("Match.rank and the client's main language", () => {
  // The client speaks Somali and a little Finnish: Somali is what the support person should speak.
  const somali: RankRequest = {
    ...request,
    languages: ["so", "fi"],
    need: { code: "so", essential: true },
  };
  const recent = (id: string, n: number) =>
    Array.from({ length: n }, (_, i) =>
      visit(id, new Date(now.getTime() - (i + 1) * 7 * 86_400_000).toISOString()),
    );

  it("puts a Somali-native volunteer with two recent visits above a Finnish-only one with none", () => {
    const cards = [
      card("finnish", { languages: [{ code: "fi", level: "native" }] }),
      card("somali", {
        languages: [
          { code: "so", level: "native" },
          { code: "fi", level: "basic" },
        ],
      }),
    ];
    const { suggestions } = rank(somali, cards, context(recent("somali", 2)));
    expect(suggestions.map((s) => s.volunteerId)).toEqual(["somali", "finnish"]);
    expect(suggestions[0]?.factors).toContainEqual({
      kind: "mainLanguage",
      points: 8,
      code: "so",
      level: "native",
      essential: true,
    });
    expect(suggestions[1]?.factors.map((f) => f.kind)).not.toContain("mainLanguage");
  });

  it("lets no amount of fairness outweigh it, nor sector and fairness together", () => {
    const busy = card("fluent", {
      languages: [
        { code: "so", level: "fluent" },
        { code: "fi", level: "fluent" },
      ],
    });
    const idle = card("idle", { sectors: ["healthcare"] });
    const { suggestions } = rank(somali, [idle, busy], context(recent("fluent", 12)));
    const [first, second] = suggestions;
    expect(first?.volunteerId).toBe("fluent");
    expect(first?.factors.find((f) => f.kind === "fairness")?.points).toBe(0);
    expect((first?.score ?? 0) - (second?.score ?? 0)).toBeGreaterThan(0);
  });

  it("counts only native and fluent speakers: basic Somali is no help", () => {
    const basic = card("basic", {
      languages: [
        { code: "so", level: "basic" },
        { code: "fi", level: "native" },
      ],
    });
    const { suggestions } = rank(somali, [basic], context());
    expect(suggestions[0]?.factors.map((f) => f.kind)).not.toContain("mainLanguage");
    expect(suggestions[0]?.factors.map((f) => f.kind)).toContain("language");
  });

  it("weighs it lightly when the client manages well in Finnish", () => {
    const preferred = { ...somali, need: { code: "so", essential: false } };
    const native = card("native", { languages: [{ code: "so", level: "native" }] });
    const [suggestion] = rank(preferred, [native], context()).suggestions;
    expect(suggestion?.factors).toContainEqual(
      expect.objectContaining({ kind: "mainLanguage", points: 2, essential: false }),
    );
  });

  it("gives the shared-language point instead when no main language is needed", () => {
    const plain = card("plain", { languages: [{ code: "so", level: "fluent" }] });
    const [suggestion] = rank({ ...somali, need: undefined }, [plain], context()).suggestions;
    expect(suggestion?.factors).toContainEqual({ kind: "language", points: 1 });
  });
});
