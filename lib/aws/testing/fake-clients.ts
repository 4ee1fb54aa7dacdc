import type { AwsClients } from "@/lib/aws/clients";

// For unit tests only: AwsClients whose `send` hands each command to a handler
// named after it (`listServices` for ListServicesCommand), and records every
// call. A command without a handler fails the test: nothing reaches AWS unnoticed.

type Handler = (input: Record<string, unknown>) => unknown;

export interface FakeCall {
  service: string;
  command: string;
  input: Record<string, unknown>;
}

export function fakeAwsClients(handlers: Record<string, Handler>) {
  const calls: FakeCall[] = [];
  const client = (service: string) => ({
    send: async (command: { input: Record<string, unknown> }) => {
      const name = command.constructor.name.replace(/Command$/, "");
      calls.push({ service, command: name, input: command.input });
      const handle = handlers[name.charAt(0).toLowerCase() + name.slice(1)];
      if (!handle) throw new Error(`unexpected ${service} call ${name}`);
      return handle(command.input);
    },
  });
  const aws = {
    context: {
      profile: null,
      region: "us-east-1",
      source: { profile: "none", region: "environment" },
    },
    ecs: client("ecs"),
    ec2: client("ec2"),
    ecr: client("ecr"),
    logs: client("logs"),
  } as unknown as AwsClients;
  const named = (command: string) => calls.filter((c) => c.command === command);
  return { aws, calls, named };
}

/** An AWS service error as the SDK throws it. */
export function awsServiceError(name: string, status: number, message = name): Error {
  return Object.assign(new Error(message), {
    name,
    $fault: status >= 500 ? "server" : "client",
    $metadata: { httpStatusCode: status },
  });
}

/** A List call over `items` that hands out `pageSize` at a time, with `token-<offset>` tokens. */
export function pagesOf<T>(items: readonly T[], pageSize: number) {
  return (nextToken: unknown) => {
    const start = typeof nextToken === "string" ? Number(nextToken.replace("token-", "")) : 0;
    const end = start + pageSize;
    return {
      page: items.slice(start, end),
      nextToken: end < items.length ? `token-${end}` : undefined,
    };
  };
}
