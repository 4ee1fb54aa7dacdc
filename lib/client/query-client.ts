import { QueryClient } from "@tanstack/react-query";

// After a change (a cluster created, a container removed), lists are invalidated.
// react-query joins a query's first fetch still in flight instead of starting a new
// one, and that fetch began before the change: the list would show the old state
// until the next refresh. Cancelling in-flight fetches first makes every
// invalidation fetch again.
export class SlipwayQueryClient extends QueryClient {
  override async invalidateQueries(
    ...args: Parameters<QueryClient["invalidateQueries"]>
  ): Promise<void> {
    await this.cancelQueries(args[0]);
    return super.invalidateQueries(...args);
  }
}

export function makeQueryClient(): QueryClient {
  return new SlipwayQueryClient({
    defaultOptions: {
      queries: { retry: false, refetchOnWindowFocus: false, staleTime: 2_000 },
    },
  });
}
