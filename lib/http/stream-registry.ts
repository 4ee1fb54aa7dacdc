import "server-only";

// Counts the engine and AWS streams Slipway holds open, so that a leak (a follow
// whose client went away but whose engine stream stayed) shows in /api/health.
// Kept on globalThis: Next bundles each route apart, and module state is per bundle.

const state = globalThis as typeof globalThis & { __slipwayOpenStreams?: number };

export function openStreamCount(): number {
  return state.__slipwayOpenStreams ?? 0;
}

/** Registers a stream as open; the returned function marks it closed (once). */
export function trackStream(): () => void {
  state.__slipwayOpenStreams = openStreamCount() + 1;
  let released = false;
  return () => {
    if (released) return;
    released = true;
    state.__slipwayOpenStreams = openStreamCount() - 1;
  };
}
