import * as Actor from "@rinnalla/core/actor";
import { Settings } from "@rinnalla/core/auth";
import { Coordinator } from "@rinnalla/core/coordinator";
import { defineItem, run, transact, when } from "@rinnalla/core/db";
import { Feedback } from "@rinnalla/core/feedback";
import { Gathering, GatheringInvite, Season, seasonSettings } from "@rinnalla/core/gathering";
import { Closing, Offering, Visiting } from "@rinnalla/core/lifecycle";
import { Match } from "@rinnalla/core/match";
import { Organisation } from "@rinnalla/core/organisation";
import { Privacy } from "@rinnalla/core/privacy";
import { Recognition } from "@rinnalla/core/recognition";
import { Request } from "@rinnalla/core/request";
import { Rebuild } from "@rinnalla/core/stats";
import { Cohort } from "@rinnalla/core/training";
import { addDays, helsinkiDate } from "@rinnalla/core/util";
import { Bank, Volunteer } from "@rinnalla/core/volunteer";
import * as z from "zod";
import { everyItem } from "./every-item.ts";
import { moveVisit } from "./move-visit.ts";

export const DEMO_ADMIN = "koordinaattori@rinnalla.local";

interface DemoRequest {
  client: string;
  languages: string[];
  /** When the client speaks several languages, or one that is not Finnish or Swedish. */
  main?: string;
  finnishOrSwedish?: "well" | "some" | "none";
  sector: string;
  description: string;
  place: string;
  municipality: string;
  inDays: number;
  time: string;
  locale?: "fi" | "sv" | "en";
  role?: "client" | "professional" | "relative";
  afterwards?: "assess" | "cancel" | "no_volunteer";
  /**
   * After the bank exists: `offered` to three with one decline and two answers pending,
   * `confirmed` by phone with a first meeting, `declined` by everyone asked (an open alert),
   * `awaitingReport` a visit yesterday with no report yet, `reported` a visit last week with
   * its report (a safety note, so its alert shows).
   */
  matching?: "offered" | "confirmed" | "declined" | "awaitingReport" | "reported";
}

const requests: DemoRequest[] = [
  {
    client: "Aino Virtanen",
    languages: ["fi"],
    sector: "disability",
    description: "Palvelusuunnitelman tarkistus",
    place: "Sosiaali- ja terveystoimi, Toinen linja 4",
    municipality: "Helsinki",
    inDays: 1,
    time: "09:30",
    matching: "confirmed",
  },
  {
    client: "Omar Hassan",
    languages: ["so", "en"],
    main: "so",
    finnishOrSwedish: "none",
    sector: "immigration",
    description: "Oleskelulupahaastattelu",
    place: "Migri, Malmi",
    municipality: "Helsinki",
    inDays: 2,
    time: "13:00",
    role: "professional",
    locale: "en",
  },
  {
    client: "Saga Lindqvist",
    languages: ["sv"],
    sector: "healthcare",
    description: "Läkarbesök",
    place: "Hälsostation, Kyrkslätt",
    municipality: "Kirkkonummi",
    inDays: 5,
    time: "10:15",
    locale: "sv",
  },
  {
    client: "Olena Kovalenko",
    languages: ["uk", "ru"],
    main: "uk",
    finnishOrSwedish: "some",
    sector: "employment",
    description: "Työnhakijan haastattelu",
    place: "TE-palvelut, Espoo",
    municipality: "Espoo",
    inDays: 8,
    time: "11:00",
    afterwards: "assess",
  },
  {
    client: "Pertti Mäkinen",
    languages: ["fi"],
    sector: "housing_debt",
    description: "Velkaneuvonnan tapaaminen",
    place: "Talous- ja velkaneuvonta, Vantaa",
    municipality: "Vantaa",
    inDays: 12,
    time: "14:00",
    role: "relative",
    matching: "offered",
  },
  {
    client: "Fatima Al-Sayed",
    languages: ["ar"],
    finnishOrSwedish: "none",
    sector: "child_protection",
    description: "Asiakassuunnitelmapalaveri",
    place: "Lastensuojelu, Tikkurila",
    municipality: "Vantaa",
    inDays: 3,
    time: "08:30",
    role: "professional",
    afterwards: "assess",
    matching: "declined",
  },
  {
    client: "Eino Laine",
    languages: ["fi"],
    sector: "online_services",
    description: "Kelan hakemus verkossa",
    place: "Kirjasto Oodi",
    municipality: "Helsinki",
    inDays: 15,
    time: "12:00",
    afterwards: "cancel",
  },
  {
    client: "Marja Koskinen",
    languages: ["fse"],
    finnishOrSwedish: "some",
    sector: "legal_tax",
    description: "Verotoimiston asiointi",
    place: "Verotoimisto, Pasila",
    municipality: "Helsinki",
    inDays: 20,
    time: "10:00",
    afterwards: "no_volunteer",
  },
  {
    client: "Leena Heikkinen",
    languages: ["fi"],
    sector: "everyday_errands",
    description: "Pankkiasiointi ja uuden kortin haku",
    place: "Pankin konttori, Itäkeskus",
    municipality: "Helsinki",
    inDays: 2,
    time: "11:00",
    matching: "awaitingReport",
  },
  {
    client: "Ahmed Karimi",
    languages: ["fa", "fi"],
    main: "fa",
    finnishOrSwedish: "some",
    sector: "employment",
    description: "Työvoimapalveluiden alkuhaastattelu",
    place: "Työllisyyspalvelut, Vantaa",
    municipality: "Vantaa",
    inDays: 3,
    time: "13:30",
    role: "professional",
    matching: "reported",
  },
];

/** Marks the table as seeded once, so demo data never comes back after being cleared. */
const Seeded = defineItem({
  type: "demo",
  schema: z.object({ at: z.string() }),
  key: () => ({ pk: "demo", sk: "seeded" }),
  id: () => undefined,
});

/**
 * Demo data for `npm run dev`: a demo admin and requests in several states. Only on a table with
 * no coordinators yet, so it never mixes with real data, and only once.
 */
export async function seedDemo(log: (line: string) => void): Promise<void> {
  if ((await Coordinator.list()).length > 0) return;
  try {
    await run(Seeded.put({ at: new Date().toISOString() }, when.notExists("pk")));
  } catch {
    return; // Seeded before; the coordinators were removed on purpose.
  }
  const admin = await Actor.provide({ type: "system", name: "demo" }, async () => {
    const added = await Coordinator.add({
      email: DEMO_ADMIN,
      name: "Demo Koordinaattori",
      role: "admin",
    });
    await Coordinator.add({
      email: "ville@rinnalla.local",
      name: "Ville Vapaa",
      role: "coordinator",
    });
    return added;
  });
  const actor = {
    type: "coordinator" as const,
    coordinatorId: admin.id,
    email: admin.email,
    name: admin.name,
    role: admin.role,
    sessionId: "demo",
    secondFactor: "done" as const,
  };
  // A demo anyone can try without an authenticator app; a real deployment requires one.
  await Actor.provide(actor, () => Settings.setSecurity({ requireTotp: false }));
  await Actor.provide(actor, () =>
    Organisation.update({
      name: "Tukihenkilöyhdistys Rinnalla ry",
      phone: "040 123 4567",
      email: "toimisto@rinnalla.local",
      openingHours: "ma–to klo 9–15",
      address: "Esimerkkikatu 1 A\n00100 Helsinki",
      replies: "organisation",
      version: 0,
    }),
  );
  const today = helsinkiDate(new Date());
  let n = 0;
  const toMatch: { id: string; scenario: NonNullable<DemoRequest["matching"]> }[] = [];
  for (const demo of requests) {
    n += 1;
    const onBehalf = demo.role && demo.role !== "client";
    const result = await Request.submit(
      {
        locale: demo.locale ?? "fi",
        requesterRole: demo.role ?? "client",
        requester: onBehalf
          ? {
              name: "Demo Pyytäjä",
              organisation: "Sosiaalitoimi",
              email: `pyytaja${n}@example.org`,
            }
          : undefined,
        client: {
          name: demo.client,
          email: onBehalf ? undefined : `asiakas${n}@example.org`,
          phone: "040 123 4567",
          languages: demo.languages,
          mainLanguage: demo.main,
          finnishOrSwedish: demo.finnishOrSwedish,
        },
        preferredContact: onBehalf ? "email" : "phone",
        sector: demo.sector,
        description: demo.description,
        place: demo.place,
        municipality: demo.municipality,
        date: addDays(today, demo.inDays),
        startTime: demo.time,
        durationMinutes: 60,
        consent: true,
        noticeVersion: (await Privacy.current()).version,
        // The demo's clients allow a survey; some also text messages (none are sent yet).
        surveys: true,
        sms: n % 3 === 0,
      },
      { clientAddress: `demo-${n}` },
    );
    if (result.kind !== "received") continue;
    if (demo.matching) toMatch.push({ id: result.id, scenario: demo.matching });
    if (!demo.afterwards) continue;
    await Actor.provide(actor, async () => {
      const input = { id: result.id, version: 1, reason: "Demo" };
      if (demo.afterwards === "assess") await Request.assess(input);
      if (demo.afterwards === "cancel") await Closing.cancel(input);
      if (demo.afterwards === "no_volunteer") await Closing.closeNoVolunteer(input);
    });
  }
  const volunteers = await Actor.provide(actor, () => seedVolunteers(today));
  await Actor.provide(actor, async () => {
    for (const { id, scenario } of toMatch) await match(id, scenario, today);
  });
  const cohorts = await Actor.provide(actor, () => seedTraining(today));
  await Actor.provide(actor, () => seedGatherings(today));
  const answers = await seedFeedback();
  // Some demo records are written as they would stand after months of use, not through the
  // live operations: the report's monthly figures are recomputed from them all.
  await Rebuild.rebuild(await everyItem(), { write: true });
  log(
    `Demo data added: 2 coordinators, ${requests.length} requests, ${volunteers} volunteers, ${cohorts} trainings, 2 gatherings and ${answers} feedback answers.`,
  );
}

const firstNames = [
  "Aino",
  "Eero",
  "Liisa",
  "Matti",
  "Sofia",
  "Juha",
  "Helmi",
  "Olli",
  "Anna",
  "Pekka",
  "Maryam",
  "Ahmed",
  "Olga",
  "Dmitri",
  "Hodan",
  "Abdi",
  "Kateryna",
  "Taras",
  "Emma",
  "Lucas",
  "Saara",
  "Ville",
  "Leila",
  "Omar",
  "Irina",
  "Nadia",
  "Ilmari",
  "Kerttu",
  "Samir",
  "Elina",
  "Tuomas",
  "Fatuma",
];
const lastNames = [
  "Korhonen",
  "Virtanen",
  "Mäkinen",
  "Nieminen",
  "Lindqvist",
  "Hämäläinen",
  "Laine",
  "Heikkinen",
  "Karimi",
  "Hassan",
  "Ivanova",
  "Petrov",
  "Warsame",
  "Ali",
  "Shevchenko",
  "Bondar",
  "Johnson",
  "Berg",
  "Koskinen",
  "Salo",
  "Rahimi",
  "Said",
  "Smirnova",
  "Mohamed",
  "Lehtonen",
  "Aaltonen",
  "Farah",
  "Nyström",
  "Järvinen",
  "Kallio",
  "Rantanen",
  "Nur",
];
const languageSets: { code: string; level: "native" | "fluent" | "basic" }[][] = [
  [{ code: "fi", level: "native" }],
  [
    { code: "fi", level: "native" },
    { code: "sv", level: "fluent" },
  ],
  [
    { code: "sv", level: "native" },
    { code: "fi", level: "fluent" },
  ],
  [
    { code: "fi", level: "native" },
    { code: "en", level: "fluent" },
  ],
  [
    { code: "ru", level: "native" },
    { code: "fi", level: "fluent" },
  ],
  [
    { code: "ar", level: "native" },
    { code: "fi", level: "basic" },
    { code: "en", level: "fluent" },
  ],
  [
    { code: "so", level: "native" },
    { code: "fi", level: "fluent" },
  ],
  [
    { code: "uk", level: "native" },
    { code: "ru", level: "fluent" },
    { code: "en", level: "basic" },
  ],
];
const sectorSets = [
  ["disability", "healthcare"],
  ["child_protection"],
  ["immigration", "employment"],
  ["housing_debt", "legal_tax"],
  ["online_services", "everyday_errands"],
  ["disability", "online_services"],
] as const;
const areaSets = [
  ["Helsinki"],
  ["Espoo", "Kauniainen"],
  ["Vantaa", "Helsinki"],
  ["Kirkkonummi", "Espoo"],
  ["Helsinki", "Espoo", "Vantaa"],
];
const plan: ("active" | "paused" | "in_training" | "interviewed" | "applicant" | "ended")[] = [
  ...Array<"active">(20).fill("active"),
  "paused",
  "paused",
  "paused",
  "in_training",
  "in_training",
  "in_training",
  "interviewed",
  "interviewed",
  "applicant",
  "applicant",
  "applicant",
  "ended",
];

/** A bank of volunteers across statuses, languages, sectors, areas and availability. */
async function seedVolunteers(today: string): Promise<number> {
  for (const [i, target] of plan.entries()) {
    const name = `${firstNames[i % firstNames.length]} ${lastNames[(i * 7) % lastNames.length]}`;
    const email = `vapaaehtoinen${i + 1}@example.org`;
    const languages = languageSets[i % languageSets.length] ?? [];
    const areas = areaSets[i % areaSets.length] ?? ["Helsinki"];
    await Volunteer.apply(
      {
        locale: languages[0]?.code === "sv" ? "sv" : "fi",
        name,
        email,
        phone: `040 ${String(1000000 + i * 7919).slice(0, 3)} ${String(1000 + i * 37).slice(0, 4)}`,
        municipality: areas[0],
        languages,
        motivation: "Haluan olla tukena, kun asiointi jännittää.",
        heardFrom: (["friend", "social_media", "organisation", "event", "web"] as const)[i % 5],
        consent: true,
        noticeVersion: (await Privacy.current()).version,
      },
      { clientAddress: `demo-volunteer-${i}` },
    );
    if (target === "applicant") continue;
    const { volunteers } = await Bank.search({ status: "applicant", limit: 200 });
    const id = volunteers.find((v) => v.name === name)?.id;
    if (!id) continue;
    let detail = await Volunteer.interview({
      id,
      version: 1,
      interview: {
        workHistory: ["Sairaanhoitaja", "Opettaja", "Sosiaaliohjaaja", "Kirjanpitäjä", "Tulkki"][
          i % 5
        ],
        lifeSituation: i % 3 === 0 ? "Eläkkeellä" : "Osa-aikatyössä",
        earlierVolunteering: i % 2 === 0 ? "Ystävätoiminta" : "",
        languages,
        sectors: [...(sectorSets[i % sectorSets.length] ?? [])],
        suitability: "Rauhallinen ja luotettava.",
        decision:
          target === "interviewed"
            ? "not_now"
            : target === "ended"
              ? "not_suitable"
              : "to_training",
        reason:
          target === "interviewed"
            ? "Aloittaa syksyllä"
            : target === "ended"
              ? "Ei sovi rooliin"
              : undefined,
      },
    });
    if (target === "interviewed" || target === "ended" || target === "in_training") continue;
    detail = await Volunteer.changeStatus({
      id,
      version: detail.volunteer.version,
      change: { to: "active" },
    });
    detail = await Volunteer.updateProfile({
      id,
      version: detail.volunteer.version,
      profile: {
        availability: {
          weekly: [1, 2, 3, 4, 5, 6]
            .filter((day) => (day + i) % 3 !== 0)
            .map((day) => ({
              day,
              from: i % 2 ? "09:00" : "12:00",
              to: i % 2 ? "13:00" : "17:00",
            })),
          away: i % 4 === 0 ? [{ from: addDays(today, 3), to: addDays(today, 9) }] : [],
          maxVisitsPerMonth: 2 + (i % 5),
        },
        strengths: ["Kärsivällinen", "Selkeä puhe", "Digitaidot", "Rauhallinen"][i % 4] ?? "",
        interests: "Yhdenvertaiset palvelut",
        challenges: i % 3 === 0 ? "En mielelläni lastensuojelun palavereihin" : "",
        avoidSectors: i % 3 === 0 ? ["child_protection"] : [],
        sectors: [...(sectorSets[i % sectorSets.length] ?? [])],
        languages,
        areas,
        travel: i % 2 ? ["public_transport"] : ["car", "public_transport"],
        gender: i % 3 === 1 ? "female" : undefined,
        digitalSkills: (["basic", "good", "advanced"] as const)[i % 3],
      },
    });
    if (target === "paused") {
      await Volunteer.changeStatus({
        id,
        version: detail.volunteer.version,
        change: { to: "paused", until: addDays(today, 14 + i), reason: "Lomalla" },
      });
    }
  }
  return plan.length;
}

/**
 * Training: the spring course starting in a few days with those in training (one of them
 * invited by email, to answer through the link), and an evening of continuing education on
 * digital services for some of the active volunteers, its first attendance marked.
 */
async function seedTraining(today: string): Promise<number> {
  const session = (days: number, title?: string) => ({
    date: addDays(today, days),
    startTime: "17:00",
    place: "Järjestötalo, Kokoushuone 2, Helsinki",
    trainer: "Esteri Kouluttaja",
    ...(title && { title, minutes: 120 }),
  });
  const course = await Cohort.plan({
    kind: "course",
    name: "Kevään koulutus",
    sessions: [3, 10, 17, 24].map((days) => session(days)),
  });
  const { volunteers: training } = await Bank.search({ status: "in_training", limit: 50 });
  const [invited, ...enrolled] = training.map((v) => v.id);
  if (enrolled.length) await Cohort.enrol({ id: course.id, volunteerIds: enrolled });
  if (invited) await Cohort.enrol({ id: course.id, volunteerIds: [invited], invite: true });
  const evening = await Cohort.plan({
    kind: "continuing",
    name: "Digitaaliset asiointipalvelut",
    sessions: [session(-7, "Kanta, OmaKela ja Suomi.fi tutuiksi")],
  });
  const { volunteers: active } = await Bank.search({ status: "active", limit: 6 });
  const ids = active.map((v) => v.id);
  if (ids.length) {
    await Cohort.enrol({ id: evening.id, volunteerIds: ids });
    await Cohort.markAttendance({
      id: evening.id,
      n: 1,
      marks: ids.map((volunteerId, i) => ({
        volunteerId,
        mark: i === ids.length - 1 ? ("absent" as const) : ("present" as const),
      })),
    });
  }
  return 2;
}

/**
 * Gatherings and thanks: the next season's gathering drafted as the seasonal job drafts it (its
 * alert asks a coordinator to complete it), a gathering in two weeks published with everyone
 * invited (the invitations and their answer links are in the local mail viewer), and two
 * volunteers whose years of volunteering the anniversaries job finds due for thanks.
 */
async function seedGatherings(today: string) {
  const now = new Date();
  await Gathering.draftSeason(Season.nextSeason(today, await seasonSettings()), now);
  const date = addDays(today, 14);
  const made = await Gathering.create({ title: "Vapaaehtoisten iltapäivä", date, alsoInvite: [] });
  const saved = await Gathering.save({
    id: made.id,
    version: made.version,
    title: made.title,
    date,
    startTime: "17:00",
    endTime: "19:30",
    place: "Järjestötalo, Juhlasali, Esimerkkikatu 1 A, Helsinki",
    accessibility: "Katutasossa, esteetön wc, induktiosilmukka. Hissi pihan puolelta.",
    programme: "Kuulumiset ja vertaistuki, syksyn koulutustoiveet, kahvit ja pullat.",
    capacity: 25,
    answerBy: addDays(today, 10),
    alsoInvite: ["in_training"],
  });
  await Gathering.publish({ id: made.id, version: saved.version });
  await GatheringInvite.inviteAll(made.id, now);
  // Two volunteers who started years ago (the records are moved back, as demo data may).
  const { volunteers: active } = await Bank.search({ status: "active", limit: 2 });
  for (const [i, { id }] of active.entries()) {
    const v = await Volunteer.get(id);
    if (!v) continue;
    const started = addDays(today, -(i === 0 ? 365 * 3 + 2 : 367));
    await transact(Volunteer.save({ ...v, activeSince: started, version: v.version + 1 }));
  }
  await Recognition.anniversaries(now);
}

/**
 * Feedback to look at: seven clients' before and after (paired, so the change shows), and six
 * volunteers' semiannual answers, each given through a survey link as people give them.
 */
async function seedFeedback(): Promise<number> {
  const now = new Date();
  const validUntil = new Date(now.getTime() + 86_400_000);
  const give = async (
    audience: Feedback.Audience,
    values: Record<string, number | string>,
    pairCode?: string,
  ) => {
    const made = Feedback.link(
      {
        audience,
        locale: "fi",
        to: "demo@example.invalid",
        validUntil,
        ...(pairCode && { pairCode }),
      },
      1,
      now,
    );
    await transact(made.items);
    await Feedback.answer(made.url.split("#")[1] ?? "", { values }, now);
  };
  const opens = [
    "Oli helpompaa, kun joku oli mukana.",
    "Tukihenkilö auttoi ymmärtämään päätöksen.",
    "Kiitos! Soittakaa minulle 040 123 4567, jos tarvitsette lisää tietoa.",
  ];
  for (let i = 0; i < 7; i++) {
    const pairCode = Feedback.newPairCode();
    await give(
      "client-before",
      { safe: 2 + (i % 2), confident: 2, understand: 2 + (i % 3) },
      pairCode,
    );
    await give(
      "client-after",
      {
        safe: 4,
        confident: 3 + (i % 3),
        understand: 4,
        smoother: i % 4 === 0 ? "unsure" : "yes",
        misunderstanding: "no",
        again: "yes",
        ...(i < opens.length && { open: opens[i] as string }),
      },
      pairCode,
    );
  }
  for (let i = 0; i < 6; i++) {
    await give("volunteer-round", {
      meaningful: 4 + (i % 2),
      motivated: 4,
      supported: 3 + (i % 3),
    });
  }
  return 20;
}

/** Offers and answers, made the way the app makes them, from the real ranked suggestions. */
async function match(
  id: string,
  scenario: NonNullable<DemoRequest["matching"]>,
  today: string,
): Promise<void> {
  const { suggestions } = await Match.suggest({ id });
  // Whoever ranks best; on a day nobody fits (weekends), any active volunteer will do for a demo.
  const ranked = suggestions.map((s) => s.volunteerId);
  const fallback = (await Bank.search({ status: "active", limit: 10 })).volunteers.map((v) => v.id);
  const pick = [...new Set([...ranked, ...fallback])].slice(0, scenario === "offered" ? 3 : 1);
  if (pick.length === 0) return;
  const version = async () => (await Request.detail({ id })).request.version;
  if (scenario === "awaitingReport" || scenario === "reported") {
    await Offering.assign({ id, version: await version(), volunteerId: pick[0] as string });
    const { request } = await Request.detail({ id });
    await moveVisit(id, addDays(today, scenario === "reported" ? -6 : -1), request.startTime);
    if (scenario === "reported") {
      await Visiting.recordOutcome({
        id,
        report: {
          happened: "yes",
          minutes: 80,
          howItWent: "Haastattelu sujui hyvin, asiakas sai kysyttyä kaiken tarvitsemansa.",
          safety: "Odotustilassa toinen asiakas korotti ääntään; tilanne rauhoittui itsestään.",
          followUp: true,
          followUpNote: "Jatkotapaaminen työvalmentajan kanssa kuukauden päästä.",
          wellbeing: "good",
          wantsTalk: false,
        },
      });
    }
    return;
  }
  if (scenario === "confirmed") {
    const request = await Request.detail({ id });
    const meetingDay = request.request.date > today ? today : request.request.date;
    await Offering.assign({
      id,
      version: await version(),
      volunteerId: pick[0] as string,
      note: "Sovittu puhelimessa",
      firstMeeting: { date: meetingDay, time: "16:00", place: "Kahvila Kulma, Kamppi" },
    });
    return;
  }
  await Offering.make({ id, version: await version(), volunteerIds: pick, expiresInHours: 48 });
  const decline = (volunteerId: string, reason: string) =>
    Offering.close(id, volunteerId, "declined", new Date(), { reason });
  if (scenario === "offered") await decline(pick[0] as string, "Olen silloin lääkärissä");
  if (scenario === "declined") await decline(pick[0] as string, "Ei sovi aikatauluun");
}
