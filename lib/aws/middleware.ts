import "server-only";
import type { FinalizeRequestMiddleware, MiddlewareStack } from "@smithy/types";
import { reportThrottling } from "@/lib/aws/throttle";

// One middleware inside the SDK's retry loop, so it sees every attempt: it reports
// throttled attempts that will be retried, and marks network failures with the
// endpoint they were aimed at so the error can name it.

type Stack = Pick<MiddlewareStack<object, object>, "add">;

interface AttemptRequest {
  protocol?: string;
  hostname?: string;
  port?: number;
  path?: string;
  headers?: Record<string, string>;
}

const THROTTLED = /Throttl|TooManyRequests|RequestLimitExceeded|SlowDown/;

export function observeAttempts(stack: Stack, service: string): void {
  const observer: FinalizeRequestMiddleware<object, object> = (next, context) => async (args) => {
    try {
      return await next(args);
    } catch (error) {
      const request = (args.request ?? {}) as AttemptRequest;
      const e = error as { name?: string; code?: string; $metadata?: { httpStatusCode?: number } };
      if (e.code && !("slipwayEndpoint" in e)) {
        Object.defineProperty(e, "slipwayEndpoint", { value: endpointOf(request) });
      }
      if (THROTTLED.test(e.name ?? "") || e.$metadata?.httpStatusCode === 429) {
        const { attempt, max } = attemptOf(request);
        if (attempt < max) {
          reportThrottling({
            service,
            operation: (context.commandName ?? "").replace(/Command$/, ""),
            attempt,
            maxAttempts: max,
            errorName: e.name ?? "HTTP 429",
          });
        }
      }
      throw error;
    }
  };
  stack.add(observer, {
    step: "finalizeRequest",
    priority: "low",
    name: "slipwayAttemptObserver",
    override: true,
  });
}

function endpointOf(request: AttemptRequest): string {
  const port = request.port ? `:${request.port}` : "";
  return `${request.protocol ?? "https:"}//${request.hostname ?? "?"}${port}`;
}

/** The retry middleware writes `amz-sdk-request: attempt=N; max=M` on each attempt. */
function attemptOf(request: AttemptRequest): { attempt: number; max: number } {
  const header = request.headers?.["amz-sdk-request"] ?? "";
  const attempt = Number(/attempt=(\d+)/.exec(header)?.[1] ?? 1);
  const max = Number(/max=(\d+)/.exec(header)?.[1] ?? 1);
  return { attempt, max };
}
