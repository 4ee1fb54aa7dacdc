// Listening to an AbortSignal without leaving listeners behind. A long stream waits
// on one signal many times (each event, each poll); a listener added per wait and
// kept until the signal fires piles up, and Node warns at the 11th
// (MaxListenersExceededWarning). Every wait here removes its listener when it ends.
// Pure: no Node imports, so the browser may use it too.

/**
 * Calls `onAborted` once when `signal` fires (at once when it already has). The
 * returned function removes the listener; call it when the work is done.
 */
export function onAbort(signal: AbortSignal, onAborted: () => void): () => void {
  if (signal.aborted) {
    onAborted();
    return () => undefined;
  }
  signal.addEventListener("abort", onAborted, { once: true });
  return () => signal.removeEventListener("abort", onAborted);
}

/**
 * Waits until `wake` is called (it is handed to `arm`) or the signal fires, whichever
 * comes first; no listener stays on the signal afterwards.
 */
export function waitOrAbort(signal: AbortSignal, arm: (wake: () => void) => void): Promise<void> {
  return new Promise<void>((resolve) => {
    let forget: (() => void) | undefined;
    const wake = () => {
      forget?.();
      resolve();
    };
    forget = onAbort(signal, wake);
    if (!signal.aborted) arm(wake);
  });
}

/** Waits `ms`, or less when the signal fires. */
export function pause(ms: number, signal: AbortSignal): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return waitOrAbort(signal, (wake) => {
    timer = setTimeout(wake, ms);
  }).finally(() => clearTimeout(timer));
}
