import * as z from "zod/mini";
import type { PublicKey as MessageKey } from "../i18n/fi.ts";
import { clientLocales } from "../i18n/locale.ts";
import {
  blankAsMissing,
  line,
  missingAs,
  missingOrInvalid,
  optionalLine,
  optionalParagraphs,
  paragraphs,
  phoneField,
} from "../util/text.ts";
import { addDays, helsinkiDate, isIsoDate } from "../util/time.ts";
import {
  clientLanguages,
  durationChoices,
  localLanguageLevels,
  localLanguages,
  mainLanguageOf,
  requesterRoles,
  sectors,
} from "./choices.ts";

export type { LocalLanguageLevel, RequesterRole, Sector } from "./choices.ts";
export {
  clientLanguages,
  durationChoices,
  localLanguageLevels,
  localLanguages,
  mainLanguageOf,
  requesterRoles,
  sectors,
};

/**
 * The public request form's input. Shared by the API and the web; every message is a catalog
 * key (`error.*`) so each side can show it in the user's language. Written with `zod/mini`,
 * which tree-shakes, to keep the form page's JavaScript small.
 */

const key = (k: MessageKey) => ({ error: k });

const blankToUndefined = (value: unknown) =>
  typeof value === "string" && value.trim() === "" ? undefined : value;

const email = blankAsMissing(
  z.optional(z.email(key("error.email")).check(z.maxLength(254, key("error.tooLong")))),
);

/** Who the support is for, and the languages they need. */
function clientFields(phone: ReturnType<typeof phoneField>) {
  return z.object(
    {
      name: line(120, "error.clientName"),
      email,
      phone,
      languages: z._default(
        z.array(z.enum(clientLanguages, key("error.invalid"))).check(z.maxLength(20)),
        [],
      ),
      otherLanguage: optionalLine(80),
      /** The language the support person should speak with them; one of `languages`. */
      mainLanguage: blankAsMissing(z.optional(z.enum(clientLanguages, key("error.invalid")))),
      /** Asked when the main language is neither Finnish nor Swedish. */
      finnishOrSwedish: blankAsMissing(
        z.optional(z.enum(localLanguageLevels, key("error.invalid"))),
      ),
    },
    { error: missingOrInvalid },
  );
}

/** The request's fields and the whole input, built around the phone check the caller can run. */
export function requestSchemas(phone = phoneField()) {
  const person = z.object({
    name: optionalLine(120),
    organisation: optionalLine(160),
    email,
    phone,
  });

  const RequestFields = z.object({
    locale: z._default(z.enum(clientLocales, key("error.invalid")), "fi"),
    requesterRole: z.enum(requesterRoles, { error: missingAs("error.requesterRole") }),
    /** Whoever fills the form when it is not the client themself. */
    requester: z.optional(person),
    client: clientFields(phone),
    /** How to reach the person we talk to: the client, or the requester on their behalf. */
    preferredContact: z.enum(["phone", "email"], { error: missingAs("error.preferredContact") }),
    sector: z.enum(sectors, { error: missingAs("error.sector") }),
    description: paragraphs(2000, "error.description"),
    place: line(200, "error.place"),
    municipality: line(100, "error.municipality"),
    date: z.string({ error: missingAs("error.dateMissing") }).check(
      z.minLength(1, key("error.dateMissing")),
      z.refine((v) => v === "" || isIsoDate(v), key("error.date")),
    ),
    startTime: z.string({ error: missingAs("error.timeMissing") }).check(
      z.minLength(1, key("error.timeMissing")),
      z.refine((v) => v === "" || /^([01]\d|2[0-3]):[0-5]\d$/.test(v), key("error.time")),
    ),
    durationMinutes: z.pipe(
      z.transform((value: unknown) =>
        typeof value === "string" && value.trim() !== "" ? Number(value) : blankToUndefined(value),
      ),
      z
        .number({ error: missingAs("error.durationMissing") })
        .check(
          z.refine(Number.isInteger, key("error.duration")),
          z.gte(10, key("error.duration")),
          z.lte(480, key("error.duration")),
        ),
    ),
    supportNeeds: optionalParagraphs(2000),
    consent: z.literal(true, key("error.consent")),
    /** The privacy notice's version the form showed (`Privacy.Notice`); the API checks it. */
    noticeVersion: optionalLine(100),
    /** Separate choices, off unless ticked: feedback surveys after the visit, text messages. */
    surveys: z._default(z.boolean(key("error.invalid")), false),
    sms: z._default(z.boolean(key("error.invalid")), false),
    /** Honeypot: hidden from people, filled by bots. */
    website: z.optional(z.string().check(z.maxLength(500))),
  });
  return { RequestFields, RequestInput: withCrossFieldRules(RequestFields) };
}

type Fields = z.output<ReturnType<typeof requestSchemas>["RequestFields"]>;

// Cross-field rules run even when single fields failed, so the form shows every problem at once.
function withCrossFieldRules<T extends z.ZodMiniObject>(fields: T) {
  return fields.check(
    z.superRefine(
      (raw, ctx) => {
        const input = raw as Partial<Fields>;
        const today = helsinkiDate(new Date());
        if (typeof input.date === "string" && isIsoDate(input.date)) {
          if (input.date < today) issue(ctx, ["date"], "error.dateInPast");
          else if (input.date > addDays(today, 366)) issue(ctx, ["date"], "error.dateTooFar");
        }
        const client = isObject(input.client) ? input.client : undefined;
        if (client) languageRules(ctx, client);
        if (!input.requesterRole) return;
        const onBehalf = input.requesterRole !== "client";
        const contact: { name?: unknown; email?: unknown; phone?: unknown } | undefined = onBehalf
          ? isObject(input.requester)
            ? input.requester
            : {}
          : client;
        if (!contact) return;
        const path = onBehalf ? "requester" : "client";
        if (onBehalf && !contact.name) issue(ctx, ["requester", "name"], "error.requesterName");
        if (!contact.email && !contact.phone) {
          issue(ctx, [path, "phone"], "error.contactRequired");
        } else if (input.preferredContact && !contact[input.preferredContact]) {
          issue(
            ctx,
            [path, input.preferredContact],
            input.preferredContact === "phone" ? "error.preferredPhone" : "error.preferredEmail",
          );
        }
      },
      { when: (payload) => isObject(payload.value) },
    ),
  );
}

/**
 * Which language the support person should speak: the main one, among those chosen (asked only
 * when there are several), and how the client manages in Finnish or Swedish when it is another.
 */
function languageRules(ctx: z.core.$RefinementCtx, client: Partial<Fields["client"]>) {
  const chosen = client.languages ?? [];
  if (!chosen.length && !client.otherLanguage) {
    issue(ctx, ["client", "languages"], "error.clientLanguages");
    return;
  }
  if (client.mainLanguage ? !chosen.includes(client.mainLanguage) : chosen.length > 1) {
    issue(ctx, ["client", "mainLanguage"], "error.mainLanguage");
  }
  const main = mainLanguageOf(client);
  const local = main !== undefined && (localLanguages as readonly string[]).includes(main);
  if (!local && !client.finnishOrSwedish) {
    issue(ctx, ["client", "finnishOrSwedish"], "error.finnishOrSwedish");
  }
}

/** The form's schemas as the browser runs them (the phone's shape only). */
export const { RequestFields, RequestInput } = requestSchemas();

function isObject(value: unknown): value is Record<string, never> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function issue(ctx: z.core.$RefinementCtx, path: string[], message: MessageKey) {
  ctx.addIssue({ code: "custom", path, message });
}

export type RequestInput = z.infer<typeof RequestInput>;
/** What the form holds before validation. */
export type RequestDraft = z.input<typeof RequestInput>;

/**
 * Messages that read differently when the client fills the form themself ("Write your name"
 * rather than "Write the name of the person who needs support").
 */
const selfWorded: Partial<Record<MessageKey, MessageKey>> = {
  "error.clientName": "error.clientName.self",
  "error.clientLanguages": "error.clientLanguages.self",
  "error.mainLanguage": "error.mainLanguage.self",
  "error.finnishOrSwedish": "error.finnishOrSwedish.self",
};

/** The request form's messages, worded for whoever fills it in. */
export function requestFormErrors(
  error: z.core.$ZodError,
  draft: unknown,
): Record<string, MessageKey> {
  const fields = fieldErrors(error);
  if (!isObject(draft) || draft.requesterRole !== "client") return fields;
  return Object.fromEntries(
    Object.entries(fields).map(([path, key]) => [path, selfWorded[key] ?? key]),
  );
}

/** Field path → catalog key, first problem per field. */
export function fieldErrors(error: z.core.$ZodError): Record<string, MessageKey> {
  const fields: Record<string, MessageKey> = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join(".") || "_";
    if (fields[path]) continue;
    fields[path] = issue.message.startsWith("error.")
      ? (issue.message as MessageKey)
      : issue.code === "too_big"
        ? "error.tooLong"
        : "error.invalid";
  }
  return fields;
}

/** The email address the requester's confirmation goes to, if they gave one. */
export function confirmationAddress(
  input: Pick<RequestInput, "requesterRole" | "client" | "requester">,
): string | undefined {
  return input.requesterRole === "client" ? input.client.email : input.requester?.email;
}
