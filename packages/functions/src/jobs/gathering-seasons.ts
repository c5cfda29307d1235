import { Jobs } from "@rinnalla/core/jobs";

export const handler = () => Jobs.run("gathering-seasons");
