import { fieldErrors } from "@rinnalla/core/request";
import {
  outcomes,
  type Report,
  ReportInput,
  type VisitOutcome,
  wellbeingLevels,
} from "@rinnalla/core/visit";
import type { MessageKey } from "../i18n.ts";
import type { Problem } from "../problems.ts";

/**
 * The visit report form, as the volunteer fills it in from their link and a coordinator records
 * it by hand: what the controls hold, and how it becomes a `ReportInput` (the same schema as the
 * API, so both sides give the same messages).
 */

export type { Report, VisitOutcome };
export { outcomes, wellbeingLevels };
export type Wellbeing = (typeof wellbeingLevels)[number];

/** What the controls hold: plain strings and booleans, nothing reshaped while typing. */
export interface ReportDraft {
  happened: VisitOutcome | "";
  minutes: string;
  howItWent: string;
  safety: string;
  followUp: boolean;
  followUpNote: string;
  wellbeing: Wellbeing | "";
  wantsTalk: boolean;
  /** "Did this visit feel meaningful?" 1–5, asked of the volunteer only; stored apart. */
  meaningful: number | undefined;
}

export const emptyReport = (): ReportDraft => ({
  happened: "",
  minutes: "",
  howItWent: "",
  safety: "",
  followUp: false,
  followUpNote: "",
  wellbeing: "",
  wantsTalk: false,
  meaningful: undefined,
});

/** The fields in the order they appear on the page (the error summary follows it). */
export const reportFields = [
  "happened",
  "minutes",
  "howItWent",
  "safety",
  "followUp",
  "followUpNote",
  "wellbeing",
  "wantsTalk",
  "meaningful",
] as const;
export type ReportField = (typeof reportFields)[number];

export type ReportErrors = Partial<Record<ReportField, Problem>>;

const isField = (path: string): path is ReportField =>
  (reportFields as readonly string[]).includes(path);

/**
 * What is sent: the minutes only when the visit happened, the follow-up note only with a
 * follow-up (a hidden field must not send what was typed before it was hidden).
 */
export function reportPayload(draft: ReportDraft): Record<string, unknown> {
  return {
    happened: draft.happened || undefined,
    minutes: draft.happened === "yes" ? draft.minutes : undefined,
    howItWent: draft.howItWent,
    safety: draft.safety,
    followUp: draft.followUp,
    followUpNote: draft.followUp ? draft.followUpNote : undefined,
    wellbeing: draft.wellbeing || undefined,
    wantsTalk: draft.wantsTalk,
    meaningful: draft.meaningful,
  };
}

/**
 * Checks the draft with the API's schema. The minutes' range message is the form's own, worded
 * for whoever fills it (the volunteer, or a coordinator about the volunteer's visit).
 */
export function checkReport(
  draft: ReportDraft,
  minutesInvalid: MessageKey,
): { ok: true; report: Report } | { ok: false; errors: ReportErrors } {
  const result = ReportInput.safeParse(reportPayload(draft));
  const errors: ReportErrors = {};
  if (!result.success) {
    for (const [path, key] of Object.entries(fieldErrors(result.error))) {
      if (!isField(path)) continue;
      errors[path] = { key: path === "minutes" && key === "error.minutes" ? minutesInvalid : key };
    }
  }
  if (result.success && Object.keys(errors).length === 0) return { ok: true, report: result.data };
  return { ok: false, errors };
}

/** The API's field messages (already in the user's language), on the fields they belong to. */
export function serverErrors(fields: Record<string, string>): ReportErrors {
  const errors: ReportErrors = {};
  for (const [path, text] of Object.entries(fields)) {
    if (isField(path)) errors[path] = { text };
  }
  return errors;
}

/** Errors in page order, for the summary. */
export const orderedReportErrors = (errors: ReportErrors) =>
  reportFields.flatMap((field) => {
    const problem = errors[field];
    return problem ? [[field, problem] as const] : [];
  });

/** Field paths in page order, only the report's own. */
export const inReportOrder = (paths: string[]) =>
  reportFields.filter((field) => paths.includes(field));
