import { createEffect, createSignal, untrack } from "solid-js";
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

/**
 * The item an address names (its `id`), loaded again when the id changes. `loaded` is only ever
 * the item of the address: while another one loads, the page shows "loading", not the last one.
 */
export function createItem<T>(
  id: () => string,
  fetcher: (param: { id: string }) => Promise<ApiResult<T>>,
  idOf: (data: T) => string,
) {
  /** The id as a path parameter, encoded: an id from the address bar cannot reach another route. */
  const param = () => ({ id: encodeURIComponent(id()) });
  const loader = createLoader(() => fetcher(param()));
  createEffect(() => {
    id();
    untrack(() => void loader.reload());
  });
  const loaded = () => {
    const data = loader.data();
    return data !== undefined && idOf(data) === id() ? data : undefined;
  };
  return { ...loader, loaded, param };
}
