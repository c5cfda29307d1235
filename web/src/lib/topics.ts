import { type MessageKey, tr } from "./i18n.ts";

/**
 * A training session's name for people: its own title when it has one (continuing education,
 * or a session the association named itself), else the course topic's name in the UI language
 * (the shared texts, which every part loads), else the topic as the coordinator wrote it.
 * The same rule as the emails (core's training/letters.ts), with the site's own texts.
 */
const topicKeys: Record<string, MessageKey> = {
  role: "topic.role",
  serviceSystem: "topic.serviceSystem",
  communication: "topic.communication",
  practice: "topic.practice",
};

export function topicName(session: { topic: string; title?: string | undefined }): string {
  if (session.title) return session.title;
  const key = topicKeys[session.topic];
  return key ? tr(key) : session.topic;
}
