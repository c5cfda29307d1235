export * from "./batch.ts";
export * from "./client.ts";
export * from "./expr.ts";
export * from "./raw.ts";
export * from "./store.ts";
export * from "./table.ts";
export * from "./transact.ts";
