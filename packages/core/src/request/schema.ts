import * as z from "zod/mini";
import type { PublicKey as MessageKey } from "../i18n/fi.ts";
import { locales } from "../i18n/locale.ts";
import {
  blankAsMissing,
  line,
  missingOrInvalid,
  optionalLine,
  optionalParagraphs,
  paragraphs,
  phoneField,
} from "../util/text.ts";
import { addDays, helsinkiDate, isIsoDate } from "../util/time.ts";

/**
 * The public request form's input. Shared by the API and the web; every message is a catalog
 * key (`error.*`) so each side can show it in the user's language. Written with `zod/mini`,
 * which tree-shakes, to keep the form page's JavaScript small.
 */

export const requesterRoles = ["client", "professional", "partner", "relative"] as const;
export type RequesterRole = (typeof requesterRoles)[number];

export const sectors = [
  "disability",
  "child_protection",
  "healthcare",
  "immigration",
  "housing_debt",
  "employment",
  "legal_tax",
  "everyday_errands",
  "online_services",
  "other",
] as const;
export type Sector = (typeof sectors)[number];

/** Languages offered as checkboxes; anything else goes to `otherLanguage`. */
export const clientLanguages = [
  "fi",
  "sv",
  "en",
  "fse",
  "fss",
  "ru",
  "et",
  "ar",
  "so",
  "uk",
  "fa",
  "ku",
  "sq",
  "tr",
  "vi",
  "th",
  "zh",
  "es",
  "fr",
  "ti",
] as const;

export const durationChoices = [30, 60, 90, 120, 180, 240] as const;

const key = (k: MessageKey) => ({ error: k });

const blankToUndefined = (value: unknown) =>
  typeof value === "string" && value.trim() === "" ? undefined : value;

const email = blankAsMissing(
  z.optional(z.email(key("error.email")).check(z.maxLength(254, key("error.tooLong")))),
);

/** The request's fields and the whole input, built around the phone check the caller can run. */
export function requestSchemas(phone = phoneField()) {
  const person = z.object({
    name: optionalLine(120),
    organisation: optionalLine(160),
    email,
    phone,
  });

  const RequestFields = z.object({
    locale: z._default(z.enum(locales, key("error.invalid")), "fi"),
    requesterRole: z.enum(requesterRoles, { error: missingOrInvalid }),
    /** Whoever fills the form when it is not the client themself. */
    requester: z.optional(person),
    client: z.object(
      {
        name: line(120),
        email,
        phone,
        languages: z._default(
          z.array(z.enum(clientLanguages, key("error.invalid"))).check(z.maxLength(20)),
          [],
        ),
        otherLanguage: optionalLine(80),
      },
      { error: missingOrInvalid },
    ),
    /** How to reach the person we talk to: the client, or the requester on their behalf. */
    preferredContact: z.enum(["phone", "email"], { error: missingOrInvalid }),
    sector: z.enum(sectors, { error: missingOrInvalid }),
    description: paragraphs(2000),
    place: line(200),
    municipality: line(100),
    date: z.string({ error: missingOrInvalid }).check(z.refine(isIsoDate, key("error.date"))),
    startTime: z
      .string({ error: missingOrInvalid })
      .check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, key("error.time"))),
    durationMinutes: z.pipe(
      z.transform((value: unknown) =>
        typeof value === "string" && value.trim() !== "" ? Number(value) : blankToUndefined(value),
      ),
      z
        .number({ error: missingOrInvalid })
        .check(
          z.refine(Number.isInteger, key("error.duration")),
          z.gte(10, key("error.duration")),
          z.lte(480, key("error.duration")),
        ),
    ),
    supportNeeds: optionalParagraphs(2000),
    consent: z.literal(true, key("error.consent")),
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
        if (client && !client.languages?.length && !client.otherLanguage) {
          issue(ctx, ["client", "languages"], "error.languages");
        }
        if (!input.requesterRole) return;
        const onBehalf = input.requesterRole !== "client";
        const contact: { name?: unknown; email?: unknown; phone?: unknown } | undefined = onBehalf
          ? isObject(input.requester)
            ? input.requester
            : {}
          : client;
        if (!contact) return;
        const path = onBehalf ? "requester" : "client";
        if (onBehalf && !contact.name) issue(ctx, ["requester", "name"], "error.required");
        if (!contact.email && !contact.phone) {
          issue(ctx, [path, "phone"], "error.contactRequired");
        } else if (input.preferredContact && !contact[input.preferredContact]) {
          issue(ctx, [path, input.preferredContact], "error.preferredContactMissing");
        }
      },
      { when: (payload) => isObject(payload.value) },
    ),
  );
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
