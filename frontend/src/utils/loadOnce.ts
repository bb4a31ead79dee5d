// A chunk (or anything loaded asynchronously) loaded at most once at a time: every caller shares
// the load under way, what it loaded is kept for synchronous use, and a failed load is forgotten
// so that the next caller tries again.

export interface LoadOnce<T> {
  /** Start the load if none is under way or done; the shared promise of its value. */
  load(): Promise<T>;
  /** The value once loaded, else null. */
  loaded(): T | null;
  /** Settles once a load under way has loaded or failed; at once when none is under way. */
  settled(): Promise<void>;
}

export function loadOnce<T>(load: () => Promise<T>): LoadOnce<T> {
  let value: T | null = null;
  let pending: Promise<T> | null = null;
  return {
    load: () =>
      (pending ??= load().then(
        (loaded) => (value = loaded),
        (error: unknown) => {
          pending = null; // the next caller tries again
          throw error instanceof Error ? error : new Error(String(error));
        },
      )),
    loaded: () => value,
    settled: () =>
      pending === null || value !== null
        ? Promise.resolve()
        : pending.then(
            () => undefined,
            () => undefined,
          ),
  };
}
