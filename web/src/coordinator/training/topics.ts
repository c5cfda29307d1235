import { tr } from "../../lib/i18n.ts";

/** The standard course's topics (core's `courseTopics`); any other session has a title. */
export const courseTopics = ["role", "serviceSystem", "communication", "practice"] as const;
export type CourseTopic = (typeof courseTopics)[number];

export const isCourseTopic = (topic: string): topic is CourseTopic =>
  (courseTopics as readonly string[]).includes(topic);

/** A session's name: its own title, or its topic in words. */
export function topicName(session: { topic: string; title?: string | undefined }): string {
  if (session.title) return session.title;
  return isCourseTopic(session.topic) ? tr(`coord.training.topic.${session.topic}`) : session.topic;
}

/** When a session ends: its start and its length. */
export const endOf = (session: { startsAt: string; minutes: number }) =>
  new Date(new Date(session.startsAt).getTime() + session.minutes * 60_000).toISOString();
