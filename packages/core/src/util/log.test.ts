import { describe, expect, it } from "vitest";
import { redact } from "./log.ts";

const line = (data: Record<string, unknown>) => JSON.stringify(data, redact);

describe("the log", () => {
  const token = `${"Zx9_".repeat(10)}abc`; // 43 characters of base64url: a link token's shape

  it("blanks anything shaped like a token, wherever it is", () => {
    const out = line({
      path: `/api/links/offer/${token}`,
      error: `Error: no item for ${token}\n    at resolve (link.ts:40)`,
      nested: { deep: [`cookie coo_1.${token}`] },
    });
    expect(out).not.toContain(token);
    expect(out).toContain("[redacted]");
    expect(out).toContain("/api/links/offer/");
  });

  it("blanks fields that carry secrets by name, and leaves ordinary text alone", () => {
    const out = JSON.parse(
      line({ token: "short", code: "123456", requestId: "req_01H", path: "/api/inbox" }),
    );
    expect(out).toEqual({
      token: "[redacted]",
      code: "[redacted]",
      requestId: "req_01H",
      path: "/api/inbox",
    });
  });
});
