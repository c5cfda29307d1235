import { monotonicFactory } from "ulid";

const next = monotonicFactory();

/** Prefixed ULIDs: sortable by creation time and readable in logs (`req_01H…`). */
export function createId(
  prefix:
    | "req"
    | "out"
    | "vol"
    | "era"
    | "coo"
    | "aud"
    | "not"
    | "evt"
    | "ofr"
    | "alr"
    | "srv"
    | "coh"
    | "trs"
    | "crt"
    | "gat"
    | "afb",
): string {
  return `${prefix}_${next()}`;
}
