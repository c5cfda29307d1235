export * as Client from "./client.ts";
export * as Inbox from "./inbox.ts";
export * as Request from "./request.ts";
export * from "./schema.ts";
export * from "./status.ts";
