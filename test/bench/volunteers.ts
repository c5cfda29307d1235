import { type Sector, sectors } from "@rinnalla/core/request";
import { addDays, createId, helsinkiDate } from "@rinnalla/core/util";
import type { Volunteer as V } from "@rinnalla/core/volunteer";
import { heardFromOptions, type Profile, type VolunteerStatus } from "@rinnalla/core/volunteer";

type Volunteer = V.Volunteer;

/**
 * A realistic volunteer bank for the benchmarks (`bank`, `matching`): seeded, so every run has
 * the same people (ids aside), with the statuses, languages, areas, weekly availability, time
 * away, sectors, interests and sectors to avoid spread as a mid-sized organisation's would be.
 */

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
export const MUNICIPALITIES = [
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
/** What volunteers write under "interests"; one to three of these each. */
const INTERESTS = [
  "Sosiaaliturva ja asuminen.",
  "Terveydenhuolto, lääkärikäynnit ja Kelan asiat.",
  "Maahanmuuttoasiat, oleskeluluvat ja kotoutuminen.",
  "Vammaispalvelut ja esteettömyys.",
  "Lapsiperheiden arki ja neuvola.",
  "Työnhaku, TE-palvelut ja koulutus.",
  "Velkaneuvonta ja talousasiat.",
  "Mielenterveys ja jaksaminen.",
  "Digitaaliset palvelut, verkkoasiointi ja pankkitunnukset.",
  "Musiikki, luonto ja kulttuuri.",
  "Vanhusten palvelut ja kotihoito.",
];

/** A small seeded generator, so every run seeds the same bank (ids aside). */
export function prng(seed: number) {
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
export type Prng = ReturnType<typeof prng>;

/** Volunteer `i` of a bank of `count`, the oldest first (one joined every hour). */
function volunteer(i: number, count: number, now: Date, today: string, r: Prng): Volunteer {
  const status = pattern[i % pattern.length] as VolunteerStatus;
  const name = `${r.pick(FIRST)} ${r.pick(LAST)}`;
  const municipality = r.pick(MUNICIPALITIES);
  let codes = LANGUAGES.filter(([, share]) => r.next() < share).map(([code]) => code);
  if (codes.length === 0) codes = [r.pick(LANGUAGES)[0]];
  const created = new Date(now.getTime() - (count - i) * 3_600_000).toISOString();
  // Applicants and those interviewed have no profile yet; a few active ones never got one.
  const hasProfile =
    status !== "applicant" && status !== "interviewed" && !(status === "active" && r.int(50) === 0);
  let profile: Profile | null = null;
  if (hasProfile) {
    // Speakers of the newer languages are often asked for (and choose) immigration matters.
    const migrant = codes.some((c) => ["ar", "so", "uk", "ru"].includes(c));
    const chosen = new Set<Sector>(r.some(sectors, 1, 4));
    if (migrant && r.next() < 0.6) chosen.add("immigration");
    // One in five would rather not take one kind of matter (never one they chose).
    const avoid =
      r.next() < 0.2 ? r.some(sectors, 1, 1).filter((s) => !chosen.has(s)) : ([] as Sector[]);
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
      interests: r.some(INTERESTS, 1, 3).join(" "),
      challenges: "",
      avoidSectors: avoid,
      sectors: [...chosen],
      languages: codes.map((code) => ({
        code: code as Profile["languages"][number]["code"],
        level: code === "fi" ? "native" : r.pick(LEVELS),
      })),
      areas: [...new Set([municipality, ...r.some(MUNICIPALITIES, 0, 2)])],
      travel: r.some(TRAVEL, 1, 2),
      digitalSkills: r.pick(["basic", "good", "advanced"] as const),
      messages: "email",
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
    languages: codes.map((code) => ({ code, level: code === "fi" ? "native" : "fluent" })),
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

/** A bank of `count` volunteers as of `now`; the same seed gives the same people. */
export function volunteerBank(count: number, now: Date, seed = 5_000): Volunteer[] {
  const today = helsinkiDate(now);
  const r = prng(seed);
  return Array.from({ length: count }, (_, i) => volunteer(i, count, now, today, r));
}
