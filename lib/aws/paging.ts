// Paging and batching within AWS's limits (case E3): every List call is followed
// through `nextToken` to its end, and Describe calls take their ids in batches no
// larger than the service accepts. Pure: no SDK types, so fakes can test it.

/** The most ids one Describe call takes. */
export const DESCRIBE_LIMIT = {
  ecsServices: 10,
  ecsTasks: 100,
  ecsClusters: 100,
  ecsContainerInstances: 100,
  ecrImages: 100,
} as const;

/** A stop for a service that keeps handing out tokens, so a list cannot loop forever. */
export const MAX_PAGES = 1_000;

export interface Page<T> {
  items: T[] | undefined;
  nextToken?: string | undefined;
}

/** Every item of a paged List call, in order. `fetchPage` gets the token to send. */
export async function allPages<T>(
  fetchPage: (nextToken: string | undefined) => Promise<Page<T>>,
): Promise<T[]> {
  const items: T[] = [];
  const seen = new Set<string>();
  let token: string | undefined;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const result = await fetchPage(token);
    items.push(...(result.items ?? []));
    token = result.nextToken || undefined;
    // A token handed out twice would start the same page again.
    if (!token || seen.has(token)) return items;
    seen.add(token);
  }
  throw new Error(`Stopped after ${MAX_PAGES} pages: the list did not end`);
}

export function inBatches<T>(items: readonly T[], size: number): T[][] {
  if (size < 1) throw new RangeError("batch size must be at least 1");
  const batches: T[][] = [];
  for (let i = 0; i < items.length; i += size) batches.push(items.slice(i, i + size));
  return batches;
}

/**
 * Describes `ids` in batches of at most `size`, one batch after another (gentle on
 * rate limits), and returns every result in the order the batches gave them.
 */
export async function describeInBatches<I, R>(
  ids: readonly I[],
  size: number,
  describeBatch: (batch: I[]) => Promise<R[] | undefined>,
): Promise<R[]> {
  const results: R[] = [];
  for (const batch of inBatches(ids, size)) results.push(...((await describeBatch(batch)) ?? []));
  return results;
}

/** Runs `work` over `items` with at most `limit` at a time, keeping the order. */
export async function mapLimited<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next;
      next += 1;
      results[index] = await work(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
