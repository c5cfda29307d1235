import type { ValidationTargets } from "hono";
import { validator } from "hono/validator";
import * as z from "zod/v4/core";

/**
 * Validation for a route with the same zod schemas core uses (classic or mini); failures go to
 * the app's one error handler, so every 400 looks the same and speaks the user's language.
 */
export const validate = <Target extends keyof ValidationTargets, Schema extends z.$ZodType>(
  target: Target,
  schema: Schema,
) =>
  validator(target, (value): z.output<Schema> => {
    const result = z.safeParse(schema, value);
    if (!result.success) throw result.error;
    return result.data;
  });
