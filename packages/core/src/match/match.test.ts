import { describe, expect, it } from "vitest";
import { languageNeed } from "./match.ts";

type Client = Parameters<typeof languageNeed>[0];
const client = (over: Partial<Client> & { otherLanguage?: string }): Client => ({
  languages: [],
  ...over,
});

describe("the language matching weighs", () => {
  it("is the main language when it is neither Finnish nor Swedish", () => {
    expect(
      languageNeed(
        client({ languages: ["so", "fi"], mainLanguage: "so", finnishOrSwedish: "some" }),
      ),
    ).toEqual({
      need: { code: "so", essential: true },
    });
    expect(languageNeed(client({ languages: ["ar"], finnishOrSwedish: "none" }))).toEqual({
      need: { code: "ar", essential: true },
    });
  });

  it("is only a preference when the client manages well in Finnish or Swedish", () => {
    expect(languageNeed(client({ languages: ["ar"], finnishOrSwedish: "well" }))).toEqual({
      need: { code: "ar", essential: false },
    });
  });

  it("is none for Finnish or Swedish, or when no main language is known", () => {
    expect(languageNeed(client({ languages: ["fi"] }))).toEqual({});
    expect(languageNeed(client({ languages: ["sv", "so"], mainLanguage: "sv" }))).toEqual({});
    expect(languageNeed(client({ languages: ["so", "ar"] }))).toEqual({});
    expect(languageNeed(client({ languages: [], otherLanguage: "wolof" }))).toEqual({});
  });
});
