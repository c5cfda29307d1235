import { defineConfig, type TestProjectInlineConfiguration } from "vitest/config";

/**
 * The suite runs on three instants chosen to break tests that depend on the day or the hour
 * (test/support/clock.ts moves the clock): a Saturday at a month end, the Sunday clocks go
 * forward in Helsinki (just before 03:00 becomes 04:00), and New Year's Eve at 23:30 Helsinki
 * time. The unit and integration tests also run on the real clock. The end-to-end tests, which
 * take most of the time and use the same support code, run on the three test clocks only: a
 * fourth run would add the day CI happens to run on, and about two minutes.
 */
const clocks = {
  "": undefined,
  "@saturday": "2027-02-27T10:00:00.000Z",
  "@dst": "2027-03-28T00:58:00.000Z",
  "@new-year": "2026-12-31T21:30:00.000Z",
} as const;

type Project = TestProjectInlineConfiguration & { test: { name: string } };

const base: Project[] = [
  {
    test: {
      name: "unit",
      include: [
        "packages/*/src/**/*.test.ts",
        "web/src/**/*.test.ts",
        "test/structure/**/*.test.ts",
        "test/unit/**/*.test.ts",
      ],
      environment: "node",
      setupFiles: ["test/support/clock.ts"],
    },
  },
  {
    test: {
      name: "integration",
      include: ["test/api/**/*.test.ts"],
      globalSetup: ["test/support/global-services.ts"],
      setupFiles: ["test/support/clock.ts", "test/support/fresh-table.ts"],
      testTimeout: 30_000,
      hookTimeout: 60_000,
    },
  },
  {
    test: {
      name: "e2e",
      include: ["test/e2e/**/*.test.ts"],
      globalSetup: ["test/support/build-web.ts"],
      setupFiles: ["test/support/clock.ts"],
      testTimeout: 60_000,
      hookTimeout: 180_000,
      fileParallelism: false,
      sequence: { groupOrder: 1 },
    },
  },
];

export default defineConfig({
  test: {
    projects: [
      ...Object.entries(clocks).flatMap(([suffix, now]) =>
        base
          .filter((project) => now || project.test.name !== "e2e")
          .map((project) => ({
            ...project,
            test: {
              ...project.test,
              name: `${project.test.name}${suffix}`,
              ...(now && { env: { TEST_NOW: now } }),
            },
          })),
      ),
      {
        test: {
          name: "infra",
          include: ["test/infra/**/*.test.ts"],
          testTimeout: 120_000,
        },
      },
    ],
  },
});
