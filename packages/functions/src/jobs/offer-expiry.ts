import { run } from "@rinnalla/core/job/index.ts";

export const handler = () => run("offer-expiry");
