import { Jobs } from "@rinnalla/core/jobs";

export const handler = () => Jobs.run("monthly-report");
