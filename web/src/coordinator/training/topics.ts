/** A session's name (the shared rule in lib/topics.ts), and when it ends. */
export { topicName } from "../../lib/topics.ts";

/** When a session ends: its start and its length. */
export const endOf = (session: { startsAt: string; minutes: number }) =>
  new Date(new Date(session.startsAt).getTime() + session.minutes * 60_000).toISOString();
