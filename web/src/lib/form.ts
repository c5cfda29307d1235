import type { SetStoreFunction } from "solid-js/store";

/**
 * Fields bound to a form by name: each gets its id and label, its problem and its value in the
 * draft from the name, and writes back there (`<TextField {...field("email")} type="email" />`).
 */
export function bindFields<N extends string>(options: {
  id: (name: N) => string;
  label: (name: N) => string;
  error: (name: N) => string | undefined;
  value: (name: N) => string;
  set: (name: N, value: string) => void;
}) {
  return (name: N) => ({
    get id() {
      return options.id(name);
    },
    get label() {
      return options.label(name);
    },
    get error() {
      return options.error(name);
    },
    get value() {
      return options.value(name);
    },
    onInput: (value: string) => options.set(name, value),
  });
}

/** The names of a draft's text fields. */
export type TextName<D> = { [K in keyof D & string]: D[K] extends string ? K : never }[keyof D &
  string];

/** A draft's text fields by path: "place", or one level down, "client.name". */
export type TextPath<D> =
  | TextName<D>
  | { [K in keyof D & string]: D[K] extends object ? `${K}.${TextName<D[K]>}` : never }[keyof D &
      string];

/** Reading and writing a draft's text fields by path, for `bindFields`. */
export function draftText<D extends object>(draft: D, setDraft: SetStoreFunction<D>) {
  // The store's setter takes the path's keys and then the value; the path type keeps them right.
  const write = setDraft as (...keysThenValue: string[]) => void;
  return {
    value: (path: TextPath<D>) =>
      path
        .split(".")
        .reduce<unknown>((at, key) => (at as Record<string, unknown>)[key], draft) as string,
    set: (path: TextPath<D>, value: string) => write(...path.split("."), value),
  };
}
