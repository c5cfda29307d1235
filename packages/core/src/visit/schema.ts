import * as z from "zod/mini";
import type { PublicKey as MessageKey } from "../i18n/fi.ts";
import { optionalParagraphs } from "../util/text.ts";

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
const optionalText = optionalParagraphs;

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
            .number(key("error.minutes"))
            .check(
              z.refine(Number.isInteger, key("error.minutes")),
              z.gte(5, key("error.minutes")),
              z.lte(720, key("error.minutes")),
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
    /**
     * "Did this visit feel meaningful?" (1–5), optional. Stored apart from the report, as an
     * anonymous feedback answer: never on the report, never with the volunteer.
     */
    meaningful: z.optional(
      z
        .number(key("error.invalid"))
        .check(
          z.int(key("error.invalid")),
          z.gte(1, key("error.invalid")),
          z.lte(5, key("error.invalid")),
        ),
    ),
  })
  // Runs even when other fields failed, so the form shows every problem at once.
  .check(
    z.superRefine(
      (raw, ctx) => {
        const report = raw as { happened?: unknown; minutes?: unknown };
        if (report.happened === "yes" && report.minutes === undefined) {
          ctx.addIssue({ code: "custom", path: ["minutes"], message: "error.required" });
        }
      },
      { when: (payload) => typeof payload.value === "object" && payload.value !== null },
    ),
  );
export type Report = z.output<typeof ReportInput>;

export const CantComeInput = z.object({ reason: optionalText(1000) });
