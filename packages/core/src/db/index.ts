export * from "./batch.ts";
export * from "./client.ts";
export * from "./query.ts";
export * from "./table.ts";
export * from "./transact.ts";
