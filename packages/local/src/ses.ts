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

/** The package's function, wherever the CommonJS-under-ESM wrapping put it. */
function startServer(module: unknown): StartServer {
  if (typeof module === "function") return module as StartServer;
  if (typeof module === "object" && module && "default" in module)
    return startServer(module.default);
  throw new Error("aws-ses-v2-local exports no server");
}

export async function startSes(options: { port: number }): Promise<LocalSes> {
  const server = await startServer(sesModule)({ host: "127.0.0.1", port: options.port });
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
