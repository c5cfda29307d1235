import * as z from "zod";
import * as Actor from "../actor/index.ts";
import { Audit } from "../audit/index.ts";
import { when } from "../db/expr.ts";
import { defineItem } from "../db/store.ts";
import { transactGuarded } from "../db/transact.ts";
import { fn } from "../util/fn.ts";
import { normalisePhone } from "../util/phone.ts";
import { line, optionalLine, optionalParagraphs, phoneField } from "../util/text.ts";

/**
 * Who the association is and how people reach it. Every email's footer, the request form
 * ("questions? call …") and the page after sending it read this, so a client always knows whom
 * to contact and how; replies to emails go to its address unless it chooses otherwise.
 */

export const replyChoices = ["organisation", "none"] as const;
export type ReplyChoice = (typeof replyChoices)[number];

const Stored = z.object({
  name: z.string(),
  phone: z.string().optional(),
  email: z.string().optional(),
  openingHours: z.string().optional(),
  address: z.string().optional(),
  website: z.string().optional(),
  /** The association's own privacy notice; the site's built-in notice when not given. */
  privacyUrl: z.string().optional(),
  /**
   * When `privacyUrl` was set to its present address: with the address, it stands for the
   * version of a notice whose content we cannot read (`Privacy.noticeOf`).
   */
  privacyUrlSince: z.string().optional(),
  /**
   * Whom the accessibility statement names as the supervisory authority (the Act on the
   * Provision of Digital Services asks it to); Traficom's accessibility supervision when not given.
   */
  authorityName: z.string().optional(),
  authorityEmail: z.string().optional(),
  authorityWebsite: z.string().optional(),
  /** `organisation`: replies to emails go to `email`. `none`: emails say they cannot be replied to. */
  replies: z.enum(replyChoices),
  version: z.number(),
  updatedAt: z.string().optional(),
});
export type Organisation = z.output<typeof Stored>;

/** What an association has before an admin fills in its details. */
export const unnamed: Organisation = { name: "Rinnalla", replies: "organisation", version: 0 };

const Organisations = defineItem({
  type: "organisation",
  schema: Stored,
  key: () => ({ pk: "settings#organisation", sk: "settings" }),
  id: () => undefined,
});

export async function current(): Promise<Organisation> {
  return (await Organisations.get(undefined)) ?? unnamed;
}

/** Where replies to an email go, if anywhere. */
export const replyTo = (o: Organisation): string | undefined =>
  o.replies === "organisation" ? o.email : undefined;

/**
 * The supervisory authority in Finland today: Traficom's accessibility supervision
 * (Saavutettavuusvalvonta, formerly at the Regional State Administrative Agency for Southern
 * Finland). Its name is left to the page's language when the association has not written one.
 */
export const traficom = {
  email: "saavutettavuus@traficom.fi",
  website: "https://www.saavutettavuusvaatimukset.fi",
} as const;

/** Whom the accessibility statement names as the supervisory authority. */
export const authorityOf = (o: Organisation) => ({
  name: o.authorityName,
  email: o.authorityEmail ?? traficom.email,
  website: o.authorityWebsite ?? traficom.website,
});

/** What the public pages show: how to reach the association, nothing internal. */
export function contact(o: Organisation) {
  return {
    authority: authorityOf(o),
    name: o.name,
    phone: o.phone,
    email: o.email,
    openingHours: o.openingHours,
    address: o.address,
    website: o.website,
    privacyUrl: o.privacyUrl,
  };
}
export type Contact = ReturnType<typeof contact>;

const url = z.pipe(
  z.transform((v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v)),
  z.optional(
    z.url({ protocol: /^https?$/, error: "error.url" }).max(500, { error: "error.tooLong" }),
  ),
);

const Fields = z.object({
  name: line(160),
  phone: phoneField(normalisePhone),
  email: z.pipe(
    z.transform((v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v)),
    z.optional(z.email({ error: "error.email" }).max(254, { error: "error.tooLong" })),
  ),
  openingHours: optionalLine(160),
  address: optionalParagraphs(300),
  website: url,
  privacyUrl: url,
  authorityName: optionalLine(160),
  authorityEmail: z.pipe(
    z.transform((v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v)),
    z.optional(z.email({ error: "error.email" }).max(254, { error: "error.tooLong" })),
  ),
  authorityWebsite: url,
  replies: z.enum(replyChoices, { error: "error.invalid" }),
  /** The version the admin saw: two admins editing at once do not overwrite each other. */
  version: z.number().int().min(0),
});

/**
 * Replies need an address to go to: asking for them without one is refused at the field, even
 * when other fields have problems too (so the admin sees every problem at once).
 */
export const UpdateInput = Fields.check(
  z.superRefine(
    (value, ctx) => {
      const draft = value as Partial<z.output<typeof Fields>>;
      if (draft.replies === "organisation" && !draft.email) {
        ctx.addIssue({ code: "custom", path: ["email"], message: "error.replyAddress" });
      }
    },
    { when: (payload) => typeof payload.value === "object" && payload.value !== null },
  ),
);

export const update = fn(UpdateInput, async (input, now: Date = new Date()) => {
  Actor.admin();
  const { version, ...details } = input;
  const before = await current();
  const at = now.toISOString();
  // A new address for the privacy notice is a new version of it, from today.
  const privacyUrlSince =
    details.privacyUrl && details.privacyUrl === before.privacyUrl
      ? (before.privacyUrlSince ?? before.updatedAt)
      : details.privacyUrl
        ? at
        : undefined;
  const next: Organisation = {
    ...details,
    ...(privacyUrlSince && { privacyUrlSince }),
    version: version + 1,
    updatedAt: at,
  };
  await transactGuarded([
    Organisations.put(next, version === 0 ? when.notExists("pk") : when.eq("version", version)),
    Audit.entry("settings.organisation", "settings#organisation", { ...details }, now),
  ]);
  return next;
});
