import { createContext, useContext } from "solid-js";
import type { Me } from "./types.ts";

/** The signed-in coordinator, provided by the coordinator layout to every page under it. */
export const MeContext = createContext<() => Me>();

export function useMe(): () => Me {
  const me = useContext(MeContext);
  if (!me) throw new Error("useMe() outside the coordinator layout");
  return me;
}
