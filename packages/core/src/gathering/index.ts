export * as GatheringAfter from "./after.ts";
export * as Gathering from "./gathering.ts";
export * as GatheringInvite from "./invite.ts";
export * as GatheringLetters from "./letters.ts";
export * as Rsvp from "./rsvp.ts";
export * as Season from "./season.ts";
export {
  type Gathering as GatheringRecord,
  type Guest,
  gatheredBy,
  gatheringItem,
  gatheringPartition,
  gatheringsOf,
  seasonRecords,
  settings as seasonSettings,
} from "./store.ts";
