import { beforeAll, describe, expect, it, vi } from "vitest";
import { reloadConfig } from "../config/index.ts";
import { open, seal } from "./index.ts";

beforeAll(() => {
  vi.stubEnv("TABLE_NAME", "unit");
  vi.stubEnv("STAGE", "local");
  reloadConfig();
});

describe("sealed secrets (local key)", () => {
  it("opens what it sealed, and the sealed text shows nothing of it", async () => {
    const sealed = await seal("JBSWY3DPEHPK3PXP", "coo_1");
    expect(sealed).toMatch(/^aes:/);
    expect(sealed).not.toContain("JBSWY3DPEHPK3PXP");
    expect(await open(sealed, "coo_1")).toBe("JBSWY3DPEHPK3PXP");
  });

  it("seals the same secret differently each time", async () => {
    expect(await seal("same", "coo_1")).not.toBe(await seal("same", "coo_1"));
  });

  it("does not open for another owner, nor when tampered with", async () => {
    const sealed = await seal("JBSWY3DPEHPK3PXP", "coo_1");
    await expect(open(sealed, "coo_2")).rejects.toThrow();
    const bytes = Buffer.from(sealed.slice(4), "base64");
    bytes.writeUInt8((bytes.at(-1) ?? 0) ^ 1, bytes.length - 1);
    await expect(open(`aes:${bytes.toString("base64")}`, "coo_1")).rejects.toThrow();
    await expect(open("JBSWY3DPEHPK3PXP", "coo_1")).rejects.toThrow();
  });
});
