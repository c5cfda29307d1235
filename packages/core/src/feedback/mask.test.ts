import { describe, expect, it } from "vitest";
import { EMAIL_MASK, maskContacts, PHONE_MASK } from "./mask.ts";

describe("maskContacts", () => {
  it.each([
    ["Soita minulle 040 123 4567 kiitos", `Soita minulle ${PHONE_MASK} kiitos`],
    ["numero +358 40 1234567.", `numero ${PHONE_MASK}.`],
    ["(09) 123-4567 toimisto", `${PHONE_MASK} toimisto`],
    ["0401234567", PHONE_MASK],
    ["mail: matti.meikalainen@example.fi, kiitos", `mail: ${EMAIL_MASK}, kiitos`],
    ["skriv till åsa.öberg@exempel.se", `skriv till ${EMAIL_MASK}`],
  ])("masks %j", (text, masked) => {
    expect(maskContacts(text)).toBe(masked);
  });

  it.each([
    "Käynti oli 1.12.2026 klo 10.30 ja kesti 45 min",
    "Huone 123, kerros 4",
    "Sain apua 3 kertaa, kiitos!",
    "",
  ])("leaves %j as it is", (text) => {
    expect(maskContacts(text)).toBe(text);
  });

  it("masks every one of several", () => {
    expect(maskContacts("a@b.fi tai c@d.fi tai 050 765 4321")).toBe(
      `${EMAIL_MASK} tai ${EMAIL_MASK} tai ${PHONE_MASK}`,
    );
  });
});
