import { describe, expect, it } from "vitest";
import { normalisePhone } from "./phone.ts";

describe("phone numbers", () => {
  it("read as Finnish without a country code, and are written in one international form", () => {
    expect(normalisePhone("040 123 4567")).toBe("+358 40 1234567");
    expect(normalisePhone("040-1234567")).toBe("+358 40 1234567");
    expect(normalisePhone("(09) 310 1691")).toBe("+358 9 3101691");
    expect(normalisePhone("+358401234567")).toBe("+358 40 1234567");
    expect(normalisePhone("00358 40 123 4567")).toBe("+358 40 1234567");
  });

  it("take any country's number with its code", () => {
    expect(normalisePhone("+46 70 123 45 67")).toBe("+46 70 123 45 67");
    expect(normalisePhone("+252 61 5123456")).toMatch(/^\+252 /);
  });

  it("are refused when no numbering plan has them", () => {
    for (const bad of ["040 12", "123", "+358 1", "hello", "+999 123 456 789"]) {
      expect(normalisePhone(bad), bad).toBeUndefined();
    }
  });
});
