import { createHash } from "node:crypto";
import * as z from "zod";
import { when } from "../db/expr.ts";
import { defineItem } from "../db/store.ts";
import { clientLocales, locales } from "../i18n/locale.ts";
import { audiences, Content } from "./questionnaire.ts";

/**
 * Feedback's items. Answers are kept apart from everything about a person: their own partition
 * per audience and year, a random key, the month, the questionnaire's version, the values and
 * how they came (link, paper, phone, with a report). A client's before and after carry the same
 * random pair code and nothing else in common. See packages/core/src/db/README.md.
 */

export const vias = ["link", "paper", "phone", "report"] as const;

export const StoredAnswer = z.object({
  audience: z.enum(audiences),
  year: z.string(),
  key: z.string(),
  month: z.string(),
  version: z.number().int(),
  values: z.record(z.string(), z.union([z.number(), z.string()])),
  pairCode: z.string().optional(),
  via: z.enum(vias),
});
export type StoredAnswer = z.output<typeof StoredAnswer>;

export const Answers = defineItem({
  type: "feedback-answer",
  schema: StoredAnswer,
  key: ({ audience, year, key }: Pick<StoredAnswer, "audience" | "year" | "key">) => ({
    pk: `feedback#${audience}#${year}`,
    sk: `answer#${key}`,
  }),
  id: (a) => ({ audience: a.audience, year: a.year, key: a.key }),
});

/**
 * A survey link: which questionnaire, in which language, until when; the pair code for a
 * client's before and after; and the hashed address, only so "no more surveys" can be said
 * from it. The transaction that stores the answer marks it answered and removes its pair code:
 * after that it can only say "no more surveys", and nothing ties it to the answer.
 */
export const StoredLink = z.object({
  hash: z.string(),
  audience: z.enum(audiences),
  version: z.number().int(),
  locale: z.enum(clientLocales),
  pairCode: z.string().optional(),
  addressHash: z.string(),
  validUntil: z.string(),
  answered: z.boolean().optional(),
});
export type StoredLink = z.output<typeof StoredLink>;

export const Links = defineItem({
  type: "feedback-link",
  schema: StoredLink,
  key: (hash: string) => ({ pk: `feedback-link#${hash}`, sk: "link" }),
  id: (l) => l.hash,
  expiresAt: (l) => Math.floor(Date.parse(l.validUntil) / 1000) + 86_400,
});

/** Someone said "no more surveys": their address, hashed, and when. */
export const NoSurveys = defineItem({
  type: "no-surveys",
  schema: z.object({ addressHash: z.string(), at: z.string() }),
  key: (addressHash: string) => ({ pk: `no-surveys#${addressHash}`, sk: "no-surveys" }),
  id: (n) => n.addressHash,
});

/**
 * A confirmed request's pair code, waiting in the request's partition for the after-survey
 * (which removes the code; jobs delete no items): the one place a code meets a request, for a
 * few days at most.
 */
export const PendingPair = defineItem({
  type: "feedback-pair",
  schema: z.object({ requestId: z.string(), pairCode: z.string().optional() }),
  key: (requestId: string) => ({ pk: `request#${requestId}`, sk: "feedback-pair" }),
  id: (p) => p.requestId,
});

/** A semiannual survey sent to someone (so nobody gets two), apart from any answer. */
export const RoundAsked = defineItem({
  type: "feedback-round-asked",
  schema: z.object({ round: z.string(), audience: z.enum(audiences), person: z.string() }),
  key: ({ round, audience, person }: { round: string; audience: string; person: string }) => ({
    pk: `feedback-round#${round}#${audience}`,
    sk: `asked#${person}`,
  }),
  id: (r) => ({ round: r.round, audience: r.audience, person: r.person }),
});

/**
 * A professional or partner organisation that asked for support: who the semiannual partner
 * survey goes to. Kept fresh by each confirmed request of theirs.
 */
export const PartnerContacts = defineItem({
  type: "partner-contact",
  schema: z.object({
    addressHash: z.string(),
    email: z.string(),
    organisation: z.string().optional(),
    locale: z.enum(locales),
    lastRequestAt: z.string(),
  }),
  key: (addressHash: string) => ({ pk: "partner-contacts", sk: `contact#${addressHash}` }),
  id: (c) => c.addressHash,
});

/** An association's own version of a questionnaire. */
export const Versions = defineItem({
  type: "questionnaire",
  schema: z.object({
    audience: z.enum(audiences),
    version: z.number().int().min(2),
    content: Content,
    savedAt: z.string(),
    savedBy: z.string(),
  }),
  key: ({ audience, version }: { audience: string; version: number }) => ({
    pk: `questionnaire#${audience}`,
    sk: `v#${String(version).padStart(4, "0")}`,
  }),
  id: (v) => ({ audience: v.audience, version: v.version }),
});

/** Addresses are compared as written, whatever the case or spaces. */
export const addressHash = (address: string) =>
  createHash("sha256").update(address.trim().toLowerCase()).digest("base64url");

export const notThere = when.notExists("pk");
