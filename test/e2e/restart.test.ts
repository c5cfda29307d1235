import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Privacy } from "@rinnalla/core/privacy";
import { Request } from "@rinnalla/core/request";
import { addDays, helsinkiDate } from "@rinnalla/core/util";
import { afterAll, describe, expect, it } from "vitest";
import { startStack } from "../../packages/local/src/stack.ts";

const dataDir = mkdtempSync(join(tmpdir(), "rinnalla-restart-"));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe("the local stack", () => {
  it("keeps a submitted request across a restart", async () => {
    const quiet = { log: () => {}, env: { LOG_LEVEL: "error" } };
    const first = await startStack({ dataDir, ...quiet });
    const response = await fetch(`${first.api}/api/requests`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: first.api },
      body: JSON.stringify({
        requesterRole: "client",
        client: { name: "Riitta Pysyvä", phone: "040 765 4321", languages: ["fi"] },
        preferredContact: "phone",
        sector: "everyday_errands",
        description: "Bussikortin lataus",
        place: "HSL:n palvelupiste",
        municipality: "Helsinki",
        date: addDays(helsinkiDate(new Date()), 4),
        startTime: "12:00",
        durationMinutes: 30,
        consent: true,
        noticeVersion: Privacy.builtIn.version,
      }),
    });
    expect(response.status).toBe(201);
    const { reference } = await response.json();
    await first.stop();

    const second = await startStack({ dataDir, ...quiet });
    try {
      expect(await Request.findByReference(reference)).toMatchObject({
        reference,
        status: "received",
        client: { name: "Riitta Pysyvä" },
      });
    } finally {
      await second.stop();
    }
  });
});
