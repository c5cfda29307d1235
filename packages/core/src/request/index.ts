export * as Inbox from "./inbox.ts";
export * as RequestManagement from "./manage.ts";
export * as Request from "./request.ts";
export * from "./schema.ts";
