import { describe, expect, it } from "vitest";
import { validate } from "./check.ts";
import {
  asksFinnishOrSwedish,
  asksMainLanguage,
  type ClientDraft,
  emptyDraft,
  type FormDraft,
  fieldLabel,
  focusTarget,
  mainLanguage,
  orderedErrors,
  restoreDraft,
  toPayload,
} from "./draft.ts";

const inThreeDays = () => new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);

const client = (overrides: Partial<ClientDraft> = {}): ClientDraft => ({
  name: "Matti",
  email: "",
  phone: "040 123 4567",
  languages: ["fi"],
  otherLanguage: "",
  mainLanguage: "",
  finnishOrSwedish: "",
  ...overrides,
});

function filled(overrides: Partial<FormDraft> = {}): FormDraft {
  return {
    ...emptyDraft(),
    requesterRole: "client",
    client: client(),
    preferredContact: "phone",
    sector: "disability",
    description: "Palaveri",
    place: "Virasto",
    municipality: "Tampere",
    date: inThreeDays(),
    startTime: "10:30",
    durationMinutes: "90",
    consent: true,
    ...overrides,
  };
}

describe("request form validation", () => {
  it("gives every missing field of an empty form its own message", () => {
    const errors = validate(toPayload(emptyDraft(), "fi"));
    expect(errors).toEqual({
      requesterRole: { key: "error.requesterRole" },
      "client.name": { key: "error.clientName" },
      "client.languages": { key: "error.clientLanguages" },
      preferredContact: { key: "error.preferredContact" },
      sector: { key: "error.sector" },
      description: { key: "error.description" },
      place: { key: "error.place" },
      municipality: { key: "error.municipality" },
      date: { key: "error.dateMissing" },
      startTime: { key: "error.timeMissing" },
      durationMinutes: { key: "error.durationMissing" },
      consent: { key: "error.consent" },
    });
    const keys = Object.values(errors ?? {}).map((problem) => "key" in problem && problem.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("words the messages for someone filling the form for themself", () => {
    const draft = filled({
      client: client({ name: "", languages: ["so", "fi"] }),
    });
    // (The schema also misses the Finnish level; the form asks it once the main language is known.)
    expect(validate(toPayload(draft, "fi"))).toMatchObject({
      "client.name": { key: "error.clientName.self" },
      "client.mainLanguage": { key: "error.mainLanguage.self" },
    });
    const forOther = validate(
      toPayload({ ...draft, requesterRole: "relative", requester: draft.requester }, "fi"),
    );
    expect(forOther).toMatchObject({
      "client.name": { key: "error.clientName" },
      "client.mainLanguage": { key: "error.mainLanguage" },
      "requester.name": { key: "error.requesterName" },
    });
  });

  it("asks how the client manages in Finnish or Swedish when their main language is another", () => {
    const somali = filled({ client: client({ languages: ["so"] }) });
    expect(validate(toPayload(somali, "fi"))).toEqual({
      "client.finnishOrSwedish": { key: "error.finnishOrSwedish.self" },
    });
    const answered = filled({ client: client({ languages: ["so"], finnishOrSwedish: "some" }) });
    expect(validate(toPayload(answered, "fi"))).toBeNull();
    expect(toPayload(answered, "fi").client).toMatchObject({
      languages: ["so"],
      mainLanguage: undefined,
      finnishOrSwedish: "some",
    });
  });

  it("sends the main language picked among several, and no Finnish level when it is Finnish", () => {
    const draft = filled({
      client: client({ languages: ["fi", "so"], mainLanguage: "fi", finnishOrSwedish: "none" }),
    });
    const payload = toPayload(draft, "fi");
    expect(payload.client).toMatchObject({ mainLanguage: "fi", finnishOrSwedish: undefined });
    expect(validate(payload)).toBeNull();
  });

  it("forgets a main language that is no longer among the chosen ones", () => {
    const draft = filled({ client: client({ languages: ["fi", "ar"], mainLanguage: "so" }) });
    expect(toPayload(draft, "fi").client).toMatchObject({ mainLanguage: undefined });
    expect(validate(toPayload(draft, "fi"))).toMatchObject({
      "client.mainLanguage": { key: "error.mainLanguage.self" },
    });
  });

  it("accepts a complete request and sends numbers and no hidden fields", () => {
    const draft = filled({ requester: { name: "x", organisation: "y", email: "", phone: "" } });
    const payload = toPayload(draft, "sv");
    expect(validate(payload)).toBeNull();
    expect(payload).toMatchObject({ locale: "sv", durationMinutes: 90, requester: undefined });
  });

  it("asks the person filling in on someone's behalf for their own name and contact", () => {
    const errors = validate(toPayload(filled({ requesterRole: "relative" }), "fi"));
    expect(errors).toMatchObject({
      "requester.name": { key: "error.requesterName" },
      "requester.phone": { key: "error.contactRequired" },
    });
  });

  it("asks for the contact chosen as preferred", () => {
    const errors = validate(toPayload(filled({ preferredContact: "email" }), "fi"));
    expect(errors).toEqual({ "client.email": { key: "error.preferredEmail" } });
  });

  it("does not send an organisation for a relative", () => {
    const draft = filled({
      requesterRole: "relative",
      requester: { name: "Liisa", organisation: "Firma", email: "l@example.fi", phone: "" },
      preferredContact: "email",
    });
    const payload = toPayload(draft, "fi");
    expect(payload.requester).toMatchObject({ organisation: undefined, email: "l@example.fi" });
    expect(validate(payload)).toBeNull();
  });

  it("lists errors in page order, without fields hidden for the chosen role", () => {
    const errors = {
      consent: { key: "error.consent" },
      "requester.name": { key: "error.requesterName" },
      "client.name": { key: "error.clientName" },
      requesterRole: { key: "error.requesterRole" },
    } as const;
    expect(orderedErrors(errors, emptyDraft()).map(([path]) => path)).toEqual([
      "requesterRole",
      "client.name",
      "consent",
    ]);
    expect(
      orderedErrors(errors, { ...emptyDraft(), requesterRole: "partner" }).map(([path]) => path),
    ).toEqual(["requesterRole", "requester.name", "client.name", "consent"]);
  });

  it("leaves out problems of language questions that are not asked", () => {
    const errors = {
      "client.finnishOrSwedish": { key: "error.finnishOrSwedish" },
      "client.mainLanguage": { key: "error.mainLanguage" },
      "client.languages": { key: "error.clientLanguages" },
    } as const;
    const paths = (draft: FormDraft) => orderedErrors(errors, draft).map(([path]) => path);
    expect(paths(emptyDraft())).toEqual(["client.languages"]);
    expect(paths(filled({ client: client({ languages: ["so", "ar"] }) }))).toEqual([
      "client.languages",
      "client.mainLanguage",
    ]);
    expect(paths(filled({ client: client({ languages: ["so"] }) }))).toEqual([
      "client.languages",
      "client.finnishOrSwedish",
    ]);
  });

  it("links errors to the controls' ids", () => {
    const draft = filled({ client: client({ languages: ["ar", "so"] }) });
    expect(focusTarget("client.email", draft)).toBe("client-email");
    expect(focusTarget("requesterRole", draft)).toBe("requesterRole-client");
    expect(focusTarget("client.languages", draft)).toBe("client-languages");
    expect(focusTarget("client.mainLanguage", draft)).toBe("client-mainLanguage-ar");
    expect(focusTarget("client.finnishOrSwedish", draft)).toBe("client-finnishOrSwedish-well");
    expect(focusTarget("locale", draft)).toBeUndefined();
  });
});

describe("which language questions the form asks", () => {
  it("asks for a main language only when several languages are chosen", () => {
    expect(asksMainLanguage(client({ languages: [] }))).toBe(false);
    expect(asksMainLanguage(client({ languages: ["so"] }))).toBe(false);
    expect(asksMainLanguage(client({ languages: ["so", "fi"] }))).toBe(true);
  });

  it("takes the only language, or the one picked, as the main language", () => {
    expect(mainLanguage(client({ languages: ["so"] }))).toBe("so");
    expect(mainLanguage(client({ languages: ["so", "fi"] }))).toBeUndefined();
    expect(mainLanguage(client({ languages: ["so", "fi"], mainLanguage: "fi" }))).toBe("fi");
    expect(mainLanguage(client({ languages: ["so"], mainLanguage: "fi" }))).toBe("so");
  });

  it("asks about Finnish or Swedish when the main language is known to be another", () => {
    expect(asksFinnishOrSwedish(client({ languages: [] }))).toBe(false);
    expect(asksFinnishOrSwedish(client({ languages: [], otherLanguage: "oromo" }))).toBe(true);
    expect(asksFinnishOrSwedish(client({ languages: ["fi"] }))).toBe(false);
    expect(asksFinnishOrSwedish(client({ languages: ["sv"] }))).toBe(false);
    expect(asksFinnishOrSwedish(client({ languages: ["fse"] }))).toBe(true);
    expect(asksFinnishOrSwedish(client({ languages: ["so", "fi"] }))).toBe(false);
    expect(asksFinnishOrSwedish(client({ languages: ["so", "fi"], mainLanguage: "so" }))).toBe(
      true,
    );
    expect(asksFinnishOrSwedish(client({ languages: ["so", "fi"], mainLanguage: "fi" }))).toBe(
      false,
    );
  });
});

describe("labels for whoever fills the form in", () => {
  it("says 'you' to the client and names the person for anyone else", () => {
    expect(fieldLabel("client.name", "client")).toBe("form.requester.name");
    expect(fieldLabel("client.name", "relative")).toBe("form.client.name");
    expect(fieldLabel("client.name", "")).toBe("form.client.name");
    expect(fieldLabel("client.languages", "client")).toBe("form.client.languages.self");
    expect(fieldLabel("client.languages", "professional")).toBe("form.client.languages");
    expect(fieldLabel("client.finnishOrSwedish", "client")).toBe(
      "form.client.finnishOrSwedish.self",
    );
    expect(fieldLabel("supportNeeds", "partner")).toBe("form.supportNeeds");
    expect(fieldLabel("place", "client")).toBe("form.place");
  });
});

describe("restoring a saved draft", () => {
  it("keeps what was typed and drops values of the wrong shape", () => {
    const saved = JSON.parse(
      JSON.stringify({
        ...filled(),
        sector: "nonsense",
        client: {
          name: "Matti",
          languages: ["fi", "xx", "fse"],
          email: 5,
          mainLanguage: "fse",
          finnishOrSwedish: "fluently",
        },
      }),
    );
    const draft = restoreDraft(saved);
    expect(draft.client).toEqual({
      name: "Matti",
      email: "",
      phone: "",
      languages: ["fi", "fse"],
      otherLanguage: "",
      mainLanguage: "fse",
      finnishOrSwedish: "",
    });
    expect(draft.sector).toBe("");
    expect(draft.description).toBe("Palaveri");
    expect(restoreDraft("garbage")).toEqual(emptyDraft());
  });
});
