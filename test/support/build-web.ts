import { resolve } from "node:path";
import { build } from "vite";
import type { TestProject } from "vitest/node";

/**
 * The end-to-end tests use a production build of the site, served by the local API server. It
 * goes to its own folder so the infra synth (which builds web/dist) never races it. The e2e
 * projects (one per test clock) share one build.
 */
const shared = globalThis as { webBuild?: Promise<string> };

export default async function buildWeb(project: TestProject) {
  shared.webBuild ??= (async () => {
    const root = resolve(import.meta.dirname, "../../web");
    // Two runs in one tree at once each need their own folder (E2E_WEB_OUT), or one empties the other's.
    const outDir = resolve(
      import.meta.dirname,
      "../..",
      process.env.E2E_WEB_OUT ?? ".build/web-e2e",
    );
    await build({
      root,
      configFile: resolve(root, "vite.config.ts"),
      logLevel: "warn",
      build: { outDir, emptyOutDir: true },
    });
    return outDir;
  })();
  project.provide("webDist", await shared.webBuild);
}

declare module "vitest" {
  export interface ProvidedContext {
    webDist: string;
  }
}
