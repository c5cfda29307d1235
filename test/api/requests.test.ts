import { reloadConfig } from "@rinnalla/core/config";
import { Request } from "@rinnalla/core/request";
import { describe, expect, it } from "vitest";
import {
  itemsOfType,
  post,
  uniqueEmail,
  useUpRateLimit,
  validRequest,
  waitForMail,
} from "../support/harness.ts";
import { deliveringMail } from "../support/setup.ts";

const ids = (items: Record<string, unknown>[]) => items.map((item) => item.id).sort();

deliveringMail();

describe("submitting a support request", () => {
  it("stores the request as received with a reference and emails the requester in their language", async () => {
    const email = uniqueEmail();
    const body = validRequest({
      locale: "sv",
      client: { name: "Saga Lind", email, languages: ["sv", "fi"], mainLanguage: "sv" },
    });
    const response = await post("/api/requests", body);
    expect(response.status).toBe(201);
    const { reference, confirmationEmail } = await response.json();
    const year = new Date().getFullYear();
    expect(reference).toMatch(new RegExp(`^R-${year}-\\d{4}$`));
    expect(confirmationEmail).toBe(true);

    const stored = await Request.findByReference(reference);
    expect(stored).toMatchObject({
      status: "received",
      reference,
      client: { name: "Saga Lind", email },
      sector: "disability",
      municipality: "Helsinki",
    });
    expect(stored).not.toHaveProperty("website");

    const [mail, ...more] = await waitForMail(email);
    expect(more).toHaveLength(0);
    expect(mail?.subject).toContain(reference);
    expect(mail?.subject).toContain("begäran");
    // A name typed into the form is never put in our greeting (a stranger could make it say anything).
    expect(mail?.body.text).toMatch(/^Hej,/);
    expect(mail?.body.text).not.toContain("Saga Lind");
    // Nothing about the matter itself travels by email.
    for (const sensitive of [body.description, body.supportNeeds, "Handikapp", "Vammais"]) {
      expect(mail?.body.text).not.toContain(sensitive);
      expect(mail?.body.html).not.toContain(sensitive);
    }
  });

  it("takes a client language beyond fi, sv and en, and writes the confirmation in it", async () => {
    const email = uniqueEmail();
    const body = validRequest({
      locale: "ar",
      client: { name: "Omar Ali", email, languages: ["ar"], finnishOrSwedish: "none" },
    });
    const response = await post("/api/requests", body);
    expect(response.status).toBe(201);
    const { reference } = await response.json();
    expect(await Request.findByReference(reference)).toMatchObject({ locale: "ar" });
    const [mail] = await waitForMail(email);
    expect(mail?.subject).toContain(reference);
    // Arabic, right to left, not the English fallback.
    expect(mail?.body.text).toMatch(/[\u0600-\u06ff]/);
    expect(mail?.body.html).toContain('<html lang="ar" dir="rtl">');

    const region = await post("/api/requests", validRequest({ locale: "ar-SA" }));
    expect(region.status).toBe(400);
  });

  it("sends the confirmation to the professional who asked on the client's behalf", async () => {
    const professional = uniqueEmail("worker");
    const clientEmail = uniqueEmail();
    const response = await post(
      "/api/requests",
      validRequest({
        locale: "en",
        requesterRole: "professional",
        requester: {
          name: "Pia Social Worker",
          organisation: "City of Espoo",
          email: professional,
        },
        client: {
          name: "Omar Ali",
          email: clientEmail,
          languages: ["ar"],
          finnishOrSwedish: "none",
        },
      }),
    );
    expect(response.status).toBe(201);
    const [mail] = await waitForMail(professional);
    expect(mail?.body.text).toMatch(/^Hello,/);
    expect(mail?.body.text).not.toContain("Pia Social Worker");
    expect(await waitForMail(clientEmail, 1, 300)).toHaveLength(0);
  });

  it("accepts a request with a phone number only and says no email was sent", async () => {
    const response = await post(
      "/api/requests",
      validRequest({
        client: { name: "Eino", phone: "040 123 4567", languages: ["fi"] },
        preferredContact: "phone",
      }),
    );
    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({ confirmationEmail: false });
  });

  it("gives every request of a burst its own reference", async () => {
    const responses = await Promise.all(
      Array.from({ length: 20 }, () => post("/api/requests", validRequest())),
    );
    const references = await Promise.all(responses.map(async (r) => (await r.json()).reference));
    expect(responses.every((r) => r.status === 201)).toBe(true);
    expect(new Set(references).size).toBe(20);
  });
});

describe("bad input changes nothing", () => {
  it("answers 400 with a message per field in the user's language", async () => {
    const before = await itemsOfType("request");
    const outboxBefore = await itemsOfType("outbox");
    const response = await post(
      "/api/requests",
      validRequest({
        client: { name: "", email: "not-an-email", languages: [] },
        date: "2020-01-01",
        startTime: "25:99",
        consent: false,
      }),
      { "accept-language": "fi-FI,fi;q=0.9,en;q=0.5" },
    );
    expect(response.status).toBe(400);
    const { error } = await response.json();
    expect(error.code).toBe("validation");
    expect(error.fields).toEqual({
      "client.name": "Kirjoita nimesi.",
      "client.email": "Kirjoita sähköpostiosoite muodossa nimi@esimerkki.fi.",
      "client.languages": "Valitse kielet, joita puhut, tai kirjoita kieli kohtaan Muu kieli.",
      date: "Päivä on jo mennyt.",
      startTime: "Kirjoita aika muodossa tt:mm.",
      consent: "Suostumus tarvitaan, jotta voimme järjestää tuen.",
    });
    expect(ids(await itemsOfType("request"))).toEqual(ids(before));
    expect(ids(await itemsOfType("outbox"))).toEqual(ids(outboxBefore));
  });

  it("speaks Swedish when asked", async () => {
    const response = await post("/api/requests?lang=sv", validRequest({ consent: false }));
    const { error } = await response.json();
    expect(error.fields.consent).toBe("Samtycket behövs för att vi ska kunna ordna stödet.");
  });

  it("asks for the requester's own contact when someone else fills the form", async () => {
    const response = await post(
      "/api/requests",
      validRequest({ requesterRole: "relative", requester: { name: "Liisa" } }),
      { "accept-language": "en" },
    );
    expect(response.status).toBe(400);
    const { error } = await response.json();
    expect(error.fields).toEqual({
      "requester.phone": "Give your phone number or email address so that we can contact you.",
    });
  });

  it("says what is missing field by field, worded for whoever fills the form", async () => {
    const empty = { requesterRole: "client", client: { languages: ["so", "fi"] }, consent: false };
    const self = (await (await post("/api/requests", empty)).json()).error.fields;
    expect(self).toEqual({
      "client.name": "Kirjoita nimesi.",
      "client.mainLanguage": "Valitse valitsemistasi kielistä se, jolla asioit parhaiten.",
      "client.finnishOrSwedish": "Kerro, miten pärjäät suomeksi tai ruotsiksi.",
      "client.phone": "Anna puhelinnumerosi tai sähköpostiosoitteesi, jotta voimme ottaa yhteyttä.",
      preferredContact: "Valitse, otammeko yhteyttä puhelimella vai sähköpostilla.",
      sector: "Valitse, mitä asia koskee.",
      description: "Kerro lyhyesti, mitä tapaamisessa hoidetaan.",
      place: "Kirjoita tapaamispaikka, esimerkiksi viraston nimi ja osoite.",
      municipality: "Kirjoita kunta tai kaupunki, jossa tapaaminen on.",
      date: "Valitse tapaamisen päivä.",
      startTime: "Kirjoita tapaamisen alkamisaika, esimerkiksi 09:30.",
      durationMinutes: "Valitse, kauanko tapaaminen suunnilleen kestää.",
      consent: "Suostumus tarvitaan, jotta voimme järjestää tuen.",
    });
    // Every problem has its own words.
    expect(new Set(Object.values(self)).size).toBe(Object.keys(self).length);

    const other = (
      await (await post("/api/requests", { ...empty, requesterRole: "relative" })).json()
    ).error.fields;
    expect(other).toMatchObject({
      "requester.name": "Kirjoita oma nimesi.",
      "client.name": "Kirjoita tuettavan henkilön nimi.",
      "client.finnishOrSwedish": "Kerro, miten tuettava henkilö pärjää suomeksi tai ruotsiksi.",
    });
    const nobody = (await (await post("/api/requests", {})).json()).error.fields;
    expect(nobody.requesterRole).toBe("Valitse, haetko tukea itsellesi vai toiselle.");
  });

  it("asks which language is the client's main one only among those chosen", async () => {
    const response = await post(
      "/api/requests",
      validRequest({
        client: { name: "A", email: uniqueEmail(), languages: ["so"], mainLanguage: "ar" },
      }),
    );
    expect((await response.json()).error.fields).toMatchObject({
      "client.mainLanguage": "Valitse valitsemistasi kielistä se, jolla asioit parhaiten.",
    });
  });

  it("refuses a body that does not parse, and one that is too large", async () => {
    const before = (await itemsOfType("request")).length;
    expect((await post("/api/requests", "{not json")).status).toBe(400);
    const huge = validRequest({ description: "x".repeat(40_000) });
    const tooLarge = await post("/api/requests", huge, { "accept-language": "en" });
    expect(tooLarge.status).toBe(413);
    expect((await tooLarge.json()).error.message).toBe("What you sent is too large.");
    expect(await itemsOfType("request")).toHaveLength(before);
  });

  it("keeps nothing from a bot that fills the honeypot, and tells it nothing", async () => {
    const before = (await itemsOfType("request")).length;
    const email = uniqueEmail("bot");
    const response = await post(
      "/api/requests",
      validRequest({
        website: "http://spam.example",
        client: { name: "Bot", email, languages: ["en"], finnishOrSwedish: "well" },
      }),
    );
    expect(response.status).toBe(201);
    expect(await itemsOfType("request")).toHaveLength(before);
    expect(await waitForMail(email, 1, 300)).toHaveLength(0);
  });

  it("limits submissions per address with a friendly 429", async () => {
    process.env.REQUEST_RATE_LIMIT_PER_HOUR = "3";
    reloadConfig();
    try {
      // A fixed clock: the limit counts per hour, and the hour must not turn over mid-test.
      const now = new Date("2026-12-01T10:30:00Z");
      const context = { clientAddress: "198.51.100.7", now };
      for (let i = 0; i < 3; i++) {
        await expect(Request.submit(validRequest(), context)).resolves.toMatchObject({
          kind: "received",
        });
      }
      await expect(Request.submit(validRequest(), context)).rejects.toMatchObject({ status: 429 });

      // Through the API: a used-up address gets the message, nothing is stored, others go on.
      await useUpRateLimit("request", "198.51.100.9", 3, 3600);
      const before = (await itemsOfType("request")).length;
      const from = { "x-test-address": "198.51.100.9", "accept-language": "en" };
      const limited = await post("/api/requests", validRequest(), from);
      expect(limited.status).toBe(429);
      expect((await limited.json()).error.message).toMatch(/try again/);
      expect(await itemsOfType("request")).toHaveLength(before);
      const other = await post("/api/requests", validRequest(), {
        "x-test-address": "198.51.100.8",
      });
      expect(other.status).toBe(201);
    } finally {
      process.env.REQUEST_RATE_LIMIT_PER_HOUR = "1000";
      reloadConfig();
    }
  });
});
