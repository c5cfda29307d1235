import { Jobs } from "@rinnalla/core/jobs";

export const handler = () => Jobs.run("retention");
