import type { Tally } from "../monthly/index.ts";
import { mainLanguageOf } from "./choices.ts";

/** A stored request's facts the monthly figures count (structural: the rebuild's raw records fit). */
export function figuresOf(r: {
  id: string;
  createdAt: string;
  startsAt: string;
  requesterRole: string;
  sector: string;
  municipality: string;
  client: { languages?: readonly string[]; mainLanguage?: string | undefined };
  requester?: { organisation?: string | undefined } | undefined;
  clientKey?: string | undefined;
}): Tally.RequestFacts {
  return {
    id: r.id,
    createdAt: r.createdAt,
    startsAt: r.startsAt,
    requesterRole: r.requesterRole,
    sector: r.sector,
    municipality: r.municipality,
    mainLanguage: mainLanguageOf(r.client),
    organisation: r.requester?.organisation,
    clientKey: r.clientKey,
  };
}
