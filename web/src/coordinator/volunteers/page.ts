import type { ApiFailure } from "../../lib/api.ts";
import { failureText } from "../../lib/failure.ts";
import { tr } from "../../lib/i18n.ts";
import type { Caller } from "../api.ts";
import type { Volunteer, VolunteerDetail } from "./types.ts";

/** What each section of the volunteer page works with: the volunteer, and the page's data. */
export interface VolunteerPage {
  call: Caller;
  volunteer: () => Volunteer;
  /** `{ id }` for the volunteer's routes. */
  param: () => { id: string };
  /** A change's answer is the whole page again. */
  saved: (detail: VolunteerDetail) => void;
  reload: () => Promise<void>;
}

/** 409: someone else changed the volunteer, or the status no longer allows it. */
export const refusal = (failure: ApiFailure) =>
  failure.kind === "rejected" && (failure.code === "conflict" || failure.code === "not_allowed")
    ? tr("volunteer.detail.conflict")
    : failureText(failure);

export const isConflict = (failure: ApiFailure) =>
  failure.kind === "rejected" && failure.status === 409;

/** Field paths of a wrapped body ("interview.reason") as the form knows them ("reason"). */
export const unwrap = (fields: Record<string, string>, wrapper: string) =>
  Object.fromEntries(
    Object.entries(fields).map(([path, text]) => [
      path.startsWith(`${wrapper}.`) ? path.slice(wrapper.length + 1) : path,
      text,
    ]),
  );
