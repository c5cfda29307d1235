import { createSignal } from "solid-js";
import type { ApiFailure, ApiResult } from "./api.ts";

/**
 * Data for a page: loading, loaded or failed, and a `reload`. Built on signals only (no
 * createResource/Suspense), so the public form's bundle does not grow with it.
 */
export interface Loader<T> {
  data: () => T | undefined;
  failure: () => ApiFailure | undefined;
  loading: () => boolean;
  /** Fetches again; answers that arrive after a newer request are dropped. */
  reload: () => Promise<void>;
  set: (value: T) => void;
}

export function createLoader<T>(fetcher: () => Promise<ApiResult<T>>): Loader<T> {
  const [data, setData] = createSignal<T>();
  const [failure, setFailure] = createSignal<ApiFailure>();
  const [loading, setLoading] = createSignal(false);
  let latest = 0;
  const reload = async () => {
    const ticket = ++latest;
    setLoading(true);
    const result = await fetcher();
    if (ticket !== latest) return;
    setLoading(false);
    if (result.ok) {
      setFailure(undefined);
      setData(() => result.data);
    } else {
      setFailure(result);
    }
  };
  return { data, failure, loading, reload, set: (value) => setData(() => value) };
}
