"use client";

import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { type ReactNode, useState } from "react";
import { LiveEvents } from "@/components/live/live-events";

export function Providers({ children }: { children: ReactNode }) {
  const [client] = useState(
    () =>
      new QueryClient({
        defaultOptions: {
          queries: { retry: false, refetchOnWindowFocus: false, staleTime: 2_000 },
        },
      }),
  );
  return (
    <QueryClientProvider client={client}>
      <LiveEvents />
      {children}
    </QueryClientProvider>
  );
}
