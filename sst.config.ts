import type { SSTConfig } from "sst";
import { Email } from "./infra/email.ts";
import { Jobs } from "./infra/jobs.ts";
import { Sms } from "./infra/sms.ts";
import { Storage } from "./infra/storage.ts";
import { Web } from "./infra/web.ts";

export default {
  config() {
    return { name: "rinnalla", region: "eu-north-1" };
  },
  stacks(app) {
    app.stack(Storage).stack(Email).stack(Web).stack(Sms).stack(Jobs);
  },
} satisfies SSTConfig;
