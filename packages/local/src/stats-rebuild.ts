import { parseArgs } from "node:util";
import { reloadConfig } from "@rinnalla/core/config";
import { dynamo, ensureTable } from "@rinnalla/core/db";
import { Rebuild } from "@rinnalla/core/stats";
import { everyItem } from "./every-item.ts";
import { useTable } from "./target.ts";

/**
 * `npm run stats:rebuild [-- --write] [--stage prod]`
 *
 * Recomputes the monthly report figures from the records and lists where the live counters
 * disagree; with --write, replaces them by the recomputed ones. Run it when nothing else writes.
 */
const { values } = parseArgs({
  options: { write: { type: "boolean", default: false }, stage: { type: "string" } },
});
const stop = await useTable(values.stage);
try {
  const config = reloadConfig();
  if (!values.stage) await ensureTable(dynamo(), config.TABLE_NAME);
  const result = await Rebuild.rebuild(await everyItem(), { write: values.write ?? false });
  for (const line of result.differences) console.log(line);
  console.log(
    result.differences.length === 0
      ? `The counters agree with the records (${result.months} months).`
      : `${result.differences.length} differences${values.write ? " — replaced by the records' figures" : "; run with --write to replace"}.`,
  );
} finally {
  await stop();
}
