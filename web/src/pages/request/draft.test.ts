import { describe, expect, it } from "vitest";
import {
  emptyDraft,
  type FormDraft,
  focusTarget,
  orderedErrors,
  restoreDraft,
  toPayload,
  validate,
} from "./draft.ts";

const inThreeDays = () => new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);

function filled(overrides: Partial<FormDraft> = {}): FormDraft {
  return {
    ...emptyDraft(),
    requesterRole: "client",
    client: {
      name: "Matti",
      email: "",
      phone: "040 123 4567",
      languages: ["fi"],
      otherLanguage: "",
    },
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
  it("shows the schema's message for every missing field of an empty form", () => {
    const errors = validate(toPayload(emptyDraft(), "fi"));
    expect(errors).toMatchObject({
      requesterRole: { key: "error.required" },
      "client.name": { key: "error.required" },
      "client.languages": { key: "error.languages" },
      sector: { key: "error.required" },
      date: { key: "error.required" },
      startTime: { key: "error.required" },
      durationMinutes: { key: "error.required" },
      consent: { key: "error.consent" },
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
      "requester.name": { key: "error.required" },
      "requester.phone": { key: "error.contactRequired" },
    });
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
      "requester.name": { key: "error.required" },
      "client.name": { key: "error.required" },
      requesterRole: { key: "error.required" },
    } as const;
    expect(orderedErrors(errors, "").map(([path]) => path)).toEqual([
      "requesterRole",
      "client.name",
      "consent",
    ]);
    expect(orderedErrors(errors, "partner").map(([path]) => path)).toEqual([
      "requesterRole",
      "requester.name",
      "client.name",
      "consent",
    ]);
  });

  it("links errors to the controls' ids", () => {
    expect(focusTarget("client.email")).toBe("client-email");
    expect(focusTarget("requesterRole")).toBe("requesterRole-client");
    expect(focusTarget("client.languages")).toBe("languages-fi");
    expect(focusTarget("locale")).toBeUndefined();
  });
});

describe("restoring a saved draft", () => {
  it("keeps what was typed and drops values of the wrong shape", () => {
    const saved = JSON.parse(
      JSON.stringify({
        ...filled(),
        sector: "nonsense",
        client: { name: "Matti", languages: ["fi", "xx", "fse"], email: 5 },
      }),
    );
    const draft = restoreDraft(saved);
    expect(draft.client).toEqual({
      name: "Matti",
      email: "",
      phone: "",
      languages: ["fi", "fse"],
      otherLanguage: "",
    });
    expect(draft.sector).toBe("");
    expect(draft.description).toBe("Palaveri");
    expect(restoreDraft("garbage")).toEqual(emptyDraft());
  });
});
