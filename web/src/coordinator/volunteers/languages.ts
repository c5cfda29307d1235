import type { languageLevels } from "@rinnalla/core/volunteer";
import { languageName, tr } from "../../lib/i18n.ts";

/** "Somali (native)": a language a volunteer speaks, with the level they gave. */
export const languageWithLevel = (skill: {
  code: string;
  level: (typeof languageLevels)[number];
}) => `${languageName(skill.code)} (${tr(`volunteer.level.${skill.level}`).toLowerCase()})`;
