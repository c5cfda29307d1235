import { clientLanguages, fieldErrors, type Sector } from "@rinnalla/core/request";
import {
  type digitalSkillLevels,
  type genders,
  type MessageChannel,
  ProfileInput,
  type travelModes,
} from "@rinnalla/core/volunteer";
import type { MessageKey } from "../i18n.ts";
import type { LanguageLevel, Profile, SentProfile } from "./types.ts";

/** The profile form's controls (plain strings) and how they become `ProfileInput`. */

export type LanguageCode = (typeof clientLanguages)[number];
/** Chosen languages and their levels ("" until a level is picked). */
export type LevelDraft = Partial<Record<LanguageCode, LanguageLevel | "">>;

export type ProfileDraft = {
  weekly: { day: string; from: string; to: string }[];
  away: { from: string; to: string }[];
  maxVisits: string;
  strengths: string;
  interests: string;
  challenges: string;
  avoidSectors: Sector[];
  sectors: Sector[];
  languages: LevelDraft;
  areas: string;
  travel: (typeof travelModes)[number][];
  gender: (typeof genders)[number] | "";
  digitalSkills: (typeof digitalSkillLevels)[number] | "";
  /** How their messages go: texts need the phone number of their record (the API checks). */
  messages: MessageChannel;
};

const isCode = (code: string): code is LanguageCode =>
  (clientLanguages as readonly string[]).includes(code);

export function levelsOf(skills: readonly { code: string; level: LanguageLevel }[]): LevelDraft {
  const levels: LevelDraft = {};
  for (const skill of skills) if (isCode(skill.code)) levels[skill.code] = skill.level;
  return levels;
}

/** Languages in the checkbox order, as the API takes them. */
export const skillsOf = (levels: LevelDraft) =>
  clientLanguages
    .filter((code) => levels[code] !== undefined)
    .map((code) => ({ code, level: levels[code] || undefined }));

export function profileDraft(profile: Profile | null, fallback?: { municipality?: string }) {
  const draft: ProfileDraft = {
    weekly: [],
    away: [],
    maxVisits: "4",
    strengths: "",
    interests: "",
    challenges: "",
    avoidSectors: [],
    sectors: [],
    languages: {},
    areas: fallback?.municipality ?? "",
    travel: [],
    gender: "",
    digitalSkills: "",
    messages: "email",
  };
  if (!profile) return draft;
  return {
    ...draft,
    weekly: profile.availability.weekly.map((w) => ({
      day: String(w.day),
      from: w.from,
      to: w.to,
    })),
    away: profile.availability.away.map((a) => ({ ...a })),
    maxVisits: String(profile.availability.maxVisitsPerMonth),
    strengths: profile.strengths,
    interests: profile.interests,
    challenges: profile.challenges,
    avoidSectors: [...profile.avoidSectors],
    sectors: [...profile.sectors],
    languages: levelsOf(profile.languages),
    areas: profile.areas.join(", "),
    travel: [...profile.travel],
    gender: profile.gender ?? "",
    digitalSkills: profile.digitalSkills ?? "",
    messages: profile.messages ?? "email",
  } satisfies ProfileDraft;
}

const blank = (value: string) => (value.trim() === "" ? undefined : value);

export function toProfile(draft: ProfileDraft) {
  return {
    availability: {
      weekly: draft.weekly.map((w) => ({
        day: w.day === "" ? undefined : Number(w.day),
        from: blank(w.from),
        to: blank(w.to),
      })),
      away: draft.away.map((a) => ({ from: blank(a.from), to: blank(a.to) })),
      maxVisitsPerMonth: draft.maxVisits.trim() === "" ? undefined : Number(draft.maxVisits),
    },
    strengths: draft.strengths,
    interests: draft.interests,
    challenges: draft.challenges,
    avoidSectors: [...draft.avoidSectors],
    sectors: [...draft.sectors],
    languages: skillsOf(draft.languages),
    areas: draft.areas
      .split(/[,;\n]/)
      .map((area) => area.trim())
      .filter(Boolean),
    travel: [...draft.travel],
    gender: draft.gender || undefined,
    digitalSkills: draft.digitalSkills || undefined,
    messages: draft.messages,
  };
}

/** The profile as the API's own schema reads it, or its problems (path → catalog key). */
export function checkProfile(
  body: unknown,
): { ok: true; profile: SentProfile } | { ok: false; errors: Record<string, MessageKey> } {
  const result = ProfileInput.safeParse(body);
  return result.success
    ? { ok: true, profile: result.data }
    : { ok: false, errors: fieldErrors(result.error) };
}

/** The control of an error's path (ids are in the form), and the label naming it. */
export function profileTarget(
  path: string,
  draft: ProfileDraft,
): { id: string; label?: MessageKey; row?: number } {
  const parts = path.split(".");
  const [head, second, third, fourth] = parts;
  if (head === "availability") {
    if (second === "weekly") {
      if (third === undefined) return { id: "weekly-add", label: "volunteer.profile.weekly" };
      const field = fourth ?? "day";
      return {
        id: `weekly-${third}-${field}`,
        label: `volunteer.profile.weekly.${field === "day" ? "day" : field === "from" ? "from" : "to"}`,
        row: Number(third) + 1,
      };
    }
    if (second === "away") {
      if (third === undefined) return { id: "away-add", label: "volunteer.profile.away" };
      const field = fourth === "to" ? "to" : "from";
      return {
        id: `away-${third}-${field}`,
        label: `volunteer.profile.away.${field}`,
        row: Number(third) + 1,
      };
    }
    return { id: "profile-maxVisits", label: "volunteer.profile.maxVisits" };
  }
  if (head === "languages") {
    const code = skillsOf(draft.languages)[Number(second)]?.code;
    if (code && third === "level")
      return { id: `profile-language-${code}-level`, label: "volunteer.profile.languages" };
    return { id: `profile-language-${clientLanguages[0]}`, label: "volunteer.profile.languages" };
  }
  const labels: Record<string, MessageKey> = {
    strengths: "volunteer.profile.strengths",
    interests: "volunteer.profile.interests",
    challenges: "volunteer.profile.challenges",
    avoidSectors: "volunteer.profile.avoidSectors",
    sectors: "volunteer.profile.sectors",
    areas: "volunteer.profile.areas",
    travel: "volunteer.profile.travel",
    gender: "volunteer.profile.gender",
    digitalSkills: "volunteer.profile.digitalSkills",
    messages: "volunteer.profile.messages",
  };
  const label = labels[head ?? ""];
  if (!label) return { id: "profile-form" };
  const id =
    head === "avoidSectors" || head === "sectors"
      ? `profile-${head}-disability`
      : head === "travel"
        ? "profile-travel-walk"
        : head === "messages"
          ? "profile-messages-email"
          : `profile-${head}`;
  return { id, label };
}
