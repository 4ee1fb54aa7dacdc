"use client";

import { useEffect, useState } from "react";
import type { Flow, FlowFailure } from "@/lib/flows/types";

// Follows a flow's Server-Sent Events (`<flowUrl>/events`): the latest snapshot,
// and whether the stream is live. The server sends the whole flow on every change,
// so a reconnect (EventSource retries by itself) needs nothing special.

export type FlowConnection = "connecting" | "live" | "reconnecting" | "closed";

export function useFlow(flowUrl: string | null) {
  const [flow, setFlow] = useState<Flow | null>(null);
  const [connection, setConnection] = useState<FlowConnection>("connecting");
  const [failure, setFailure] = useState<FlowFailure | null>(null);

  useEffect(() => {
    if (!flowUrl) return;
    setFlow(null);
    setFailure(null);
    setConnection("connecting");
    const source = new EventSource(`${flowUrl}/events`);
    const close = () => {
      source.close();
      setConnection("closed");
    };
    source.onopen = () => setConnection("live");
    source.onmessage = (message) => setFlow(JSON.parse(message.data) as Flow);
    source.addEventListener("end", close);
    source.addEventListener("failure", (message) => {
      setFailure(JSON.parse((message as MessageEvent).data) as FlowFailure);
      close();
    });
    source.onerror = () => {
      if (source.readyState !== EventSource.CLOSED) setConnection("reconnecting");
    };
    return () => source.close();
  }, [flowUrl]);

  return { flow, connection, failure };
}
