import { parseArgs } from "node:util";
import * as Actor from "@rinnalla/core/actor";
import { reloadConfig } from "@rinnalla/core/config";
import { Coordinator } from "@rinnalla/core/coordinator";
import { dynamo, ensureTable } from "@rinnalla/core/db";
import { VisibleError } from "@rinnalla/core/util";
import { useTable } from "./target.ts";

/**
 * `npm run admin:add -- someone@example.org [--name "Full Name"] [--stage prod]`
 *
 * Without --stage it writes to the local stack: the running `npm run dev` DynamoDB if there is
 * one, otherwise it starts DynamoDB Local on `.data/` for a moment. With --stage it writes to
 * that deployment's table using your AWS credentials (AWS_PROFILE / AWS_REGION as usual).
 */
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { name: { type: "string" }, stage: { type: "string" } },
});
const email = positionals[0];
if (!email) {
  console.error(
    'Usage: npm run admin:add -- someone@example.org [--name "Full Name"] [--stage prod]',
  );
  process.exit(2);
}

const stopLocal = await useTable(values.stage);

try {
  const config = reloadConfig();
  if (!values.stage) await ensureTable(dynamo(), config.TABLE_NAME);
  // The operator's command, audited as such: only admins (and this) may add coordinators.
  const admin = await Actor.provide({ type: "system", name: "admin:add" }, () =>
    Coordinator.add({ email, name: values.name ?? email.split("@")[0] ?? email, role: "admin" }),
  );
  console.log(`Added ${admin.email} as an admin (${admin.id}) to ${config.TABLE_NAME}.`);
  console.log("They sign in at the site's /sign-in page with a link sent by email.");
} catch (error) {
  if (error instanceof VisibleError && error.code === "email_taken") {
    console.error(`${email} is already a coordinator.`);
    process.exitCode = 1;
  } else if (error instanceof VisibleError) {
    console.error(`Could not add ${email}: ${error.code}`);
    process.exitCode = 1;
  } else {
    throw error;
  }
} finally {
  await stopLocal();
}
