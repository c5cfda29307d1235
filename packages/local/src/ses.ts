import type { AddressInfo } from "node:net";
// aws-ses-v2-local is CommonJS with a default export; under ESM it arrives one level deeper.
import sesModule from "aws-ses-v2-local";

export interface LocalSes {
  endpoint: string;
  /** The mail viewer, where every email the system sends can be read. */
  viewer: string;
  stop(): Promise<void>;
}

type StartServer = (config: {
  host?: string;
  port?: number;
}) => Promise<import("node:http").Server>;

export async function startSes(options: { port: number }): Promise<LocalSes> {
  const module = sesModule as unknown as StartServer | { default: StartServer };
  const start = typeof module === "function" ? module : module.default;
  const server = await start({ host: "127.0.0.1", port: options.port });
  const { port } = server.address() as AddressInfo;
  const endpoint = `http://127.0.0.1:${port}`;
  return {
    endpoint,
    viewer: endpoint,
    stop: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}
