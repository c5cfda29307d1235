/** Everything about one volunteer, as one namespace (`Volunteer.apply`, `Volunteer.detail` …). */
export * from "./application.ts";
export * from "./profile.ts";
export * from "./self.ts";
export * from "./status.ts";
export {
  type Card,
  card,
  cardItem,
  cards,
  get,
  type HistoryEntry,
  historyItem,
  type Interview,
  recordVisit,
  save,
  type Volunteer,
  Volunteers,
} from "./store.ts";
