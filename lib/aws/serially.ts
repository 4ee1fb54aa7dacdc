import "server-only";

// Runs work for one key one at a time. Some AWS creates are idempotent (CreateCluster
// answers an existing cluster as if it made it), so "check, then create" must not
// interleave for the same name, or two clicks both report "created". Kept on
// globalThis: Next bundles routes apart.

const state = globalThis as typeof globalThis & { __slipwaySerial?: Map<string, Promise<unknown>> };
state.__slipwaySerial ??= new Map();
const tails = state.__slipwaySerial;

export async function serially<T>(key: string, work: () => Promise<T>): Promise<T> {
  const previous = tails.get(key) ?? Promise.resolve();
  const run = previous.catch(() => undefined).then(work);
  tails.set(key, run);
  try {
    return await run;
  } finally {
    if (tails.get(key) === run) tails.delete(key);
  }
}
