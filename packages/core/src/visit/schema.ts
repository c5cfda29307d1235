import * as z from "zod/mini";
import type { PublicKey as MessageKey } from "../i18n/fi.ts";

/**
 * The visit report a volunteer sends after a visit (and a coordinator may fill in by hand).
 * Shared by the API and the web page, so the form shows the same field messages.
 */

export const outcomes = ["yes", "no_show", "cancelled"] as const;
export type VisitOutcome = (typeof outcomes)[number];
export const wellbeingLevels = ["good", "ok", "heavy"] as const;

const key = (k: MessageKey) => ({ error: k });
const blankToUndefined = (value: unknown) =>
  typeof value === "string" && value.trim() === "" ? undefined : value;
const optionalText = (max: number) =>
  z.pipe(
    z.transform(blankToUndefined),
    z.optional(
      z.string(key("error.invalid")).check(z.trim(), z.maxLength(max, key("error.tooLong"))),
    ),
  );

export const ReportInput = z
  .object({
    happened: z.enum(outcomes, key("error.required")),
    /** How long it took, door to door; asked only when the visit happened. */
    minutes: z.optional(
      z.pipe(
        z.transform((v: unknown) =>
          typeof v === "string" && v.trim() !== "" ? Number(v) : blankToUndefined(v),
        ),
        z.optional(
          z
            .number(key("error.duration"))
            .check(
              z.refine(Number.isInteger, key("error.duration")),
              z.gte(5, key("error.duration")),
              z.lte(720, key("error.duration")),
            ),
        ),
      ),
    ),
    howItWent: optionalText(2000),
    /** Anything about safety: any text raises an alert to the coordinator. */
    safety: optionalText(2000),
    followUp: z._default(z.boolean(key("error.invalid")), false),
    followUpNote: optionalText(1000),
    wellbeing: z.optional(z.enum(wellbeingLevels, key("error.invalid"))),
    wantsTalk: z._default(z.boolean(key("error.invalid")), false),
  })
  .check(
    z.refine((r) => r.happened !== "yes" || r.minutes !== undefined, {
      error: "error.required",
      path: ["minutes"],
    }),
  );
export type Report = z.output<typeof ReportInput>;

export const CantComeInput = z.object({ reason: optionalText(1000) });
