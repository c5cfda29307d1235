import { createConnection } from "node:net";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { startDynamo } from "./dynamodb.ts";

/**
 * Where an operator's command writes: with a stage, that deployment's table (AWS credentials as
 * usual); without, the local stack — the running `npm run dev` DynamoDB if there is one,
 * otherwise DynamoDB Local on `.data/` for a moment. Returns how to stop what it started.
 */
export async function useTable(stage: string | undefined): Promise<() => Promise<void>> {
  const root = resolve(fileURLToPath(new URL("../../..", import.meta.url)));
  const dynamoPort = Number(process.env.DYNAMODB_PORT ?? 8000);
  let stopLocal: (() => Promise<void>) | undefined;

  if (stage) {
    // SST v2 names the table `<stage>-<app>-<id>`.
    Object.assign(process.env, { TABLE_NAME: `${stage}-rinnalla-Table`, STAGE: stage });
  } else {
    const running = await new Promise<boolean>((done) => {
      const socket = createConnection({ port: dynamoPort, host: "127.0.0.1" });
      socket.once("connect", () => {
        socket.destroy();
        done(true);
      });
      socket.once("error", () => done(false));
    });
    if (!running) {
      const local = await startDynamo({
        port: dynamoPort,
        dataDir: resolve(root, ".data/dynamodb"),
      });
      stopLocal = local.stop;
    }
    Object.assign(process.env, {
      TABLE_NAME: process.env.TABLE_NAME ?? "rinnalla-local",
      DYNAMODB_ENDPOINT: `http://127.0.0.1:${dynamoPort}`,
    });
  }

  return async () => {
    await stopLocal?.();
  };
}
