import { createSignal } from "solid-js";
import { api } from "../../lib/api.ts";
import type { Caller } from "../api.ts";

/** New applicants waiting, for the navigation's count; set wherever the bank's counts arrive. */
const [newApplicants, setNewApplicants] = createSignal<number>();

export { newApplicants, setNewApplicants };

/** Asks the bank how many applicants wait (one small query), for the navigation. */
export async function refreshApplicants(call: Caller) {
  const bank = await call(
    api.volunteers.$get({ query: { status: "applicant", sort: "name", limit: "1" } }),
  );
  if (bank.ok) setNewApplicants(bank.data.counts.applicant);
}
