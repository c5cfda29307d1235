import * as z from "zod/mini";
import type { PublicKey as MessageKey } from "../i18n/fi.ts";

/**
 * Text people type, as every schema takes it (zod/mini, so the web validates with the same
 * rules). Control characters and bidirectional overrides are refused in all of it: a NUL breaks
 * storage, a U+202E makes "gpj.exe" read "exe.jpg", and a line break in a one-line field (an
 * organisation's name) can pose as a header line of the email it is quoted in.
 */

// C0 controls but tab and line breaks, DEL, C1 controls, and the directional marks, embeddings,
// overrides and isolates (U+200E/F, U+202A–E, U+2066–9).
const CONTROL =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is its purpose
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
const LINE_BREAK = /[\r\n\u2028\u2029]/;

const key = (k: MessageKey) => ({ error: k });

export const noControlCharacters = z.refine<string>(
  (value: string) => !CONTROL.test(value),
  key("error.controlCharacters"),
);
export const oneLine = z.refine<string>(
  (value: string) => !LINE_BREAK.test(value),
  key("error.oneLine"),
);

const isMissing = (input: unknown) => input === undefined || input === null || input === "";

export const missingOrInvalid = (issue: { input?: unknown }): MessageKey =>
  isMissing(issue.input) ? "error.required" : "error.invalid";

/** A field's own message when it is left empty ("Choose what the matter is about"). */
export const missingAs =
  (missing: MessageKey) =>
  (issue: { input?: unknown }): MessageKey =>
    isMissing(issue.input) ? missing : "error.invalid";

const blankToUndefined = (value: unknown) =>
  typeof value === "string" && value.trim() === "" ? undefined : value;

/** Empty form fields count as not given. */
export const blankAsMissing = <T extends z.core.$ZodType<unknown, unknown>>(schema: T) =>
  z.pipe(z.transform(blankToUndefined), schema);

/** A required single line: a name, a place, a municipality; `missing` says what to write. */
export const line = (max: number, missing: MessageKey = "error.required") =>
  z
    .string({ error: missingAs(missing) })
    .check(
      z.trim(),
      noControlCharacters,
      oneLine,
      z.minLength(1, key(missing)),
      z.maxLength(max, key("error.tooLong")),
    );

/** Required free text that may run over several lines: a description, a note, a reason. */
export const paragraphs = (max: number, missing: MessageKey = "error.required") =>
  z
    .string({ error: missingAs(missing) })
    .check(
      z.trim(),
      noControlCharacters,
      z.minLength(1, key(missing)),
      z.maxLength(max, key("error.tooLong")),
    );

/** A single line that may be left out (blank counts as left out). */
export const optionalLine = (max: number) => blankAsMissing(z.optional(line(max)));

/** Free text that may be left out (blank counts as left out). */
export const optionalParagraphs = (max: number) => blankAsMissing(z.optional(paragraphs(max)));

/** Free text that may be left empty, kept as "". */
export const note = (max: number) =>
  z._default(
    z
      .string(key("error.invalid"))
      .check(z.trim(), noControlCharacters, z.maxLength(max, key("error.tooLong"))),
    "",
  );

const PHONE_SHAPE = /^\+?[0-9][0-9 ()-]{4,22}$/;
// A date typed into the phone field (a common slip) can pass as a Finnish service number.
const DATE_SHAPE = /^\d{4}-\d{1,2}-\d{1,2}$/;

/**
 * A phone number field. In the browser only its shape is checked; the API passes `real`, which
 * checks the number against its country's numbering plan and writes it in one normalised form
 * (util/phone.ts), so the field's message comes back from the API.
 */
export const phoneField = (real?: (value: string) => string | undefined) =>
  blankAsMissing(
    z.optional(
      z.string(key("error.phone")).check(
        z.trim(),
        z.regex(PHONE_SHAPE, key("error.phone")),
        z.refine<string>((v) => !DATE_SHAPE.test(v), key("error.phone")),
        ...(real
          ? [
              z.refine<string>((v) => real(v) !== undefined, key("error.phone")),
              z.overwrite((v: string) => real(v) ?? v),
            ]
          : []),
      ),
    ),
  );
