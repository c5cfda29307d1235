import * as z from "zod";
import { when } from "../db/expr.ts";
import { defineItem, queryEvery, run } from "../db/store.ts";
import { locales } from "../i18n/locale.ts";

/**
 * Certificates as issued: what was certified, in the words it was issued with, and whether it
 * still stands. Its id is random (the verification link); its serial is for people to read.
 */

export const certificateKinds = ["training", "service"] as const;
export type CertificateKind = (typeof certificateKinds)[number];

const Stored = z.object({
  id: z.string(),
  serial: z.string(),
  kind: z.enum(certificateKinds),
  volunteerId: z.string(),
  name: z.string(),
  locale: z.enum(locales),
  title: z.string(),
  lines: z.array(z.string()),
  issuedAt: z.string(),
  issuer: z.string(),
  issuedBy: z.string(),
  revokedAt: z.string().optional(),
  revokedBy: z.string().optional(),
});
export type Certificate = z.output<typeof Stored>;

export const Certificates = defineItem({
  type: "certificate",
  schema: Stored,
  key: (id: string) => ({ pk: `certificate#${id}`, sk: "certificate" }),
  id: (c) => c.id,
  index: (c) => ({ gsi1pk: `certificates#${c.volunteerId}`, gsi1sk: `${c.issuedAt}#${c.id}` }),
});

const Counter = defineItem({
  type: "counter",
  schema: z.object({ seq: z.number() }),
  key: (year: string) => ({ pk: "counter#certificate", sk: year }),
});

/** `RT-2027-0001`: the year's next serial, never handed out twice. */
export async function nextSerial(year: string): Promise<string> {
  const counted = await run(Counter.update(year, { add: { seq: 1 } }), { returnNew: true });
  return `RT-${year}-${String(Counter.read(counted ?? {}).seq).padStart(4, "0")}`;
}

export async function ofVolunteer(volunteerId: string): Promise<Certificate[]> {
  const items = await queryEvery({ index: "gsi1", partition: `certificates#${volunteerId}` });
  return items.map(Certificates.read);
}

export const put = (c: Certificate) => Certificates.put(c, when.notExists("pk"));
