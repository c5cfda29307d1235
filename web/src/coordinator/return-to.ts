/** Where to go after signing in: back to the coordinator page a lapsed session interrupted. */

const RETURN_KEY = "rinnalla.returnTo";

/** Remembers the coordinator page a lapsed session interrupted, to return to after sign-in. */
export function rememberReturn(path: string) {
  if (!path.startsWith("/coordinator")) return;
  try {
    localStorage.setItem(RETURN_KEY, path);
  } catch {
    // storage disabled: after sign-in the inbox opens instead
  }
}

/** Where to go once signed in: the remembered coordinator page, else the inbox. */
export function takeReturn(): string {
  let path: string | null = null;
  try {
    path = localStorage.getItem(RETURN_KEY);
    localStorage.removeItem(RETURN_KEY);
  } catch {
    // storage disabled
  }
  // Only our own coordinator pages: never an address someone else put there.
  return path && /^\/coordinator(?:[/?#]|$)/.test(path) ? path : "/coordinator";
}
