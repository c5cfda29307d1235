import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { line, note, optionalLine, paragraphs, phoneField } from "./text.ts";

const firstError = (schema: z.ZodMiniType, value: unknown) => {
  const result = z.safeParse(schema, value);
  return result.success ? undefined : result.error.issues[0]?.message;
};

describe("text people type", () => {
  it("refuses control characters and direction overrides anywhere", () => {
    for (const bad of [
      "a\u0000b",
      "a\u0007",
      "\u001Bx",
      "x\u007F",
      "x\u0085",
      "gpj\u202Eexe",
      "a\u2066b\u2069",
      "x\u200F",
    ]) {
      expect(firstError(line(100), bad), JSON.stringify(bad)).toBe("error.controlCharacters");
      expect(firstError(paragraphs(100), bad), JSON.stringify(bad)).toBe("error.controlCharacters");
      expect(firstError(note(100), bad), JSON.stringify(bad)).toBe("error.controlCharacters");
    }
  });

  it("keeps a one-line field on one line, and lets paragraphs run over lines", () => {
    for (const broken of ["Org\r\nBcc: x@example.org", "a\nb", "a\rb", "a\u2028b"]) {
      expect(firstError(line(100), broken)).toBe("error.oneLine");
    }
    expect(z.parse(paragraphs(100), "Rivi yksi\r\nRivi kaksi\tsarkain")).toBe(
      "Rivi yksi\r\nRivi kaksi\tsarkain",
    );
    expect(z.parse(line(100), "  Åsa Öberg-Ääkkönen  ")).toBe("Åsa Öberg-Ääkkönen");
    expect(z.parse(line(100), "علي الصومالي")).toBe("علي الصومالي");
  });

  it("counts a blank optional field as left out, and measures length after trimming", () => {
    expect(z.parse(optionalLine(5), "   ")).toBeUndefined();
    expect(z.parse(line(5), "  abcde  ")).toBe("abcde");
    expect(firstError(line(5), "abcdef")).toBe("error.tooLong");
    expect(firstError(line(5), "   ")).toBe("error.required");
    expect(firstError(line(5), undefined)).toBe("error.required");
    expect(firstError(line(5), 42)).toBe("error.invalid");
  });
});

describe("a phone number field", () => {
  it("checks only the shape without a numbering plan, and refuses a date typed into it", () => {
    const shape = phoneField();
    expect(z.parse(shape, "040 123 4567")).toBe("040 123 4567");
    expect(z.parse(shape, "")).toBeUndefined();
    for (const bad of ["2026-02-30", "abc", "12", "+"]) {
      expect(firstError(shape, bad), bad).toBe("error.phone");
    }
  });

  it("with a numbering plan, refuses what is no number and writes the rest in one form", () => {
    const real = phoneField((v) => (v.startsWith("0") ? `+358 ${v.slice(1)}` : undefined));
    expect(z.parse(real, "040 1")).toBe("+358 40 1");
    expect(firstError(real, "999 999")).toBe("error.phone");
  });
});
