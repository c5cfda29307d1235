import { resolve } from "node:path";
import { build } from "vite";
import type { TestProject } from "vitest/node";

/**
 * The end-to-end tests use a production build of the site, served by the local API server. It
 * goes to its own folder so the infra synth (which builds web/dist) never races it.
 */
export default async function buildWeb(project: TestProject) {
  const root = resolve(import.meta.dirname, "../../web");
  const outDir = resolve(import.meta.dirname, "../../.build/web-e2e");
  await build({
    root,
    configFile: resolve(root, "vite.config.ts"),
    logLevel: "warn",
    build: { outDir, emptyOutDir: true },
  });
  project.provide("webDist", outDir);
}

declare module "vitest" {
  export interface ProvidedContext {
    webDist: string;
  }
}
