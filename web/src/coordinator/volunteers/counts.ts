import { createSignal } from "solid-js";

/** New applicants waiting, for the navigation's count; set wherever the bank's counts arrive. */
const [newApplicants, setNewApplicants] = createSignal<number>();

export { newApplicants, setNewApplicants };
