import type { PublicKey } from "@rinnalla/core/i18n";
import { VisibleError } from "@rinnalla/core/util";
import type { ValidationTargets } from "hono";
import { validator } from "hono/validator";
import * as z from "zod/v4/core";

/** A form's own wording of its problems (the request form speaks to "you" or of "the person"). */
export type Explain = (error: z.$ZodError, value: unknown) => Record<string, PublicKey>;

/**
 * Validation for a route with the same zod schemas core uses (classic or mini); failures go to
 * the app's one error handler, so every 400 looks the same and speaks the user's language.
 */
export const validate = <Target extends keyof ValidationTargets, Schema extends z.$ZodType>(
  target: Target,
  schema: Schema,
  explain?: Explain,
) =>
  validator(target, (value): z.output<Schema> => {
    const result = z.safeParse(schema, value);
    if (result.success) return result.data;
    if (!explain) throw result.error;
    throw new VisibleError(400, "validation", "error.validation", explain(result.error, value));
  });
