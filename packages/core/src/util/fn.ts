import * as z from "zod/v4/core";

/**
 * A core operation that validates its own input: callers may pass anything, the handler gets
 * parsed data. `.schema` is exposed so the API and the web validate with the very same rules.
 */
export function fn<Schema extends z.$ZodType, Args extends unknown[], Result>(
  schema: Schema,
  handler: (input: z.output<Schema>, ...args: Args) => Promise<Result>,
) {
  const run = (input: z.input<Schema> | unknown, ...args: Args) =>
    handler(z.parse(schema, input), ...args);
  return Object.assign(run, { schema });
}
