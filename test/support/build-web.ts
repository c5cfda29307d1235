import { resolve } from "node:path";
import { build } from "vite";

/** The end-to-end tests use the production build of the site, served by the local API server. */
export default async function buildWeb() {
  const root = resolve(import.meta.dirname, "../../web");
  await build({ root, configFile: resolve(root, "vite.config.ts"), logLevel: "warn" });
}
