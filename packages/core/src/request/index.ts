export * as Request from "./request.ts";
export * from "./schema.ts";
