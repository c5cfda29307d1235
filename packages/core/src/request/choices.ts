/**
 * The request form's choices (roles, sectors, languages, lengths), without the schemas: a page
 * that shows the choices but checks nothing yet does not load the validator with them.
 */

export const requesterRoles = ["client", "professional", "partner", "relative"] as const;
export type RequesterRole = (typeof requesterRoles)[number];

export const sectors = [
  "disability",
  "child_protection",
  "healthcare",
  "immigration",
  "housing_debt",
  "employment",
  "legal_tax",
  "everyday_errands",
  "online_services",
  "other",
] as const;
export type Sector = (typeof sectors)[number];

/** Languages offered by name; anything else goes to `otherLanguage`. */
export const clientLanguages = [
  "fi",
  "sv",
  "en",
  "fse",
  "fss",
  "ru",
  "et",
  "ar",
  "so",
  "uk",
  "fa",
  "ku",
  "sq",
  "tr",
  "vi",
  "th",
  "zh",
  "es",
  "fr",
  "ti",
] as const;

/** Languages a volunteer shares with Finnish-speaking and Swedish-speaking services. */
export const localLanguages = ["fi", "sv"] as const;

/** How well the client manages in Finnish or Swedish, when their main language is another. */
export const localLanguageLevels = ["well", "some", "none"] as const;
export type LocalLanguageLevel = (typeof localLanguageLevels)[number];

export const durationChoices = [30, 60, 90, 120, 180, 240] as const;

/** The client's main language: the one chosen as main, or the only one given. */
export function mainLanguageOf(client: {
  languages?: readonly string[];
  mainLanguage?: string;
}): string | undefined {
  return client.mainLanguage ?? (client.languages?.length === 1 ? client.languages[0] : undefined);
}
