/**
 * When the built-in notice's current text came into use, with the version it has then. The
 * version is worked out from the texts (`notice.ts`); it is written here too so that a change of
 * text cannot slip through unnoticed: `notice.test.ts` fails until both lines are updated, and
 * the date is the one people see ("in force since").
 */
export const published = {
  version: "a9cdaac18fc474c0",
  since: "2026-12-02",
} as const;
