import { describe, expect, it } from "vitest";
import type { Request } from "../types.ts";
import { changedFields, draftOf } from "./edit.ts";

const request = {
  id: "req_1",
  reference: "R-2026-0001",
  status: "received",
  locale: "fi",
  requesterRole: "relative",
  requester: { name: "Pirjo Läheinen", email: "pirjo@example.org" },
  client: { name: "Aino Virtanen", phone: "040 123 4567", languages: ["fi", "sv"] },
  preferredContact: "email",
  sector: "healthcare",
  description: "Lääkärikäynti",
  place: "Terveysasema",
  municipality: "Espoo",
  date: "2026-12-01",
  startTime: "10:00",
  durationMinutes: 60,
  startsAt: "2026-12-01T08:00:00.000Z",
  consentAt: "2026-11-27T10:00:00.000Z",
  createdAt: "2026-11-27T10:00:00.000Z",
  updatedAt: "2026-11-27T10:00:00.000Z",
  version: 3,
} as unknown as Request;

describe("editing a request", () => {
  it("sends nothing when nothing changed, including untouched blanks", () => {
    expect(changedFields(request, draftOf(request))).toBeUndefined();
  });

  it("sends only the fields that changed, a person as a whole, blanks left out", () => {
    const draft = draftOf(request);
    draft.place = "  Terveysasema, 2. krs ";
    draft.client.phone = "";
    draft.client.email = "aino@example.org";
    expect(changedFields(request, draft)).toEqual({
      place: "Terveysasema, 2. krs",
      client: {
        name: "Aino Virtanen",
        email: "aino@example.org",
        phone: undefined,
        languages: ["fi", "sv"],
        otherLanguage: undefined,
      },
    });
  });

  it("keeps languages in the form's order and sends durations as numbers", () => {
    const draft = draftOf(request);
    draft.client.languages = ["sv", "en", "fi"];
    draft.durationMinutes = "90";
    const changes = changedFields(request, draft);
    expect(changes?.client).toMatchObject({ languages: ["fi", "sv", "en"] });
    expect(changes?.durationMinutes).toBe(90);
    expect(Object.keys(changes ?? {}).sort()).toEqual(["client", "durationMinutes"]);
  });
});
