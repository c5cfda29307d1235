import { run } from "@rinnalla/core/job/index.ts";

export const handler = () => run("visit-reports");
