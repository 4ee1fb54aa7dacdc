import type { Task, TaskDefinition } from "@aws-sdk/client-ecs";
import type { NetworkBindingView } from "@/lib/ecs/task-types";

// Network bindings of a task (case E6). DescribeTasks carries only the network
// interface id and private IP of an awsvpc task; the public IP is the interface's
// association in EC2, looked up beforehand into an AddressBook. Bridge and host
// tasks on EC2 carry their bindings in containers[].networkBindings, on the
// container instance's addresses. Pure: the lookups happen elsewhere.

export interface InstanceAddresses {
  privateIp: string | null;
  publicIp: string | null;
}

export interface AddressBook {
  /** Association.PublicIp of each network interface, by its id; null when it has none. */
  interfacePublicIps: Map<string, string | null>;
  /** Why interface addresses could not be read (permission denied); said in place of the IP. */
  interfaceNote: string | null;
  /** The EC2 instance addresses behind each container instance ARN. */
  instances: Map<string, InstanceAddresses>;
  instanceNote: string | null;
}

export const emptyAddressBook = (): AddressBook => ({
  interfacePublicIps: new Map(),
  interfaceNote: null,
  instances: new Map(),
  instanceNote: null,
});

const ANY_ADDRESS = new Set(["0.0.0.0", "::", ""]);

export function attachmentDetail(task: Task, name: string): string | null {
  for (const attachment of task.attachments ?? []) {
    if (attachment.type !== "ElasticNetworkInterface" && attachment.type !== "eni") continue;
    const found = attachment.details?.find((d) => d.name === name)?.value;
    if (found) return found;
  }
  return null;
}

export const networkInterfaceIdOf = (task: Task) => attachmentDetail(task, "networkInterfaceId");
export const privateIpOf = (task: Task) => attachmentDetail(task, "privateIPv4Address");

/** Whether the task runs with its own network interface (awsvpc). */
export function usesAwsvpc(task: Task, definition: TaskDefinition | undefined): boolean {
  if (definition?.networkMode) return definition.networkMode === "awsvpc";
  return networkInterfaceIdOf(task) !== null;
}

export function networkBindingsOf(
  task: Task,
  definition: TaskDefinition | undefined,
  book: AddressBook,
): NetworkBindingView[] {
  const live = task.lastStatus !== "STOPPED";
  return usesAwsvpc(task, definition)
    ? awsvpcBindings(task, definition, book, live)
    : hostBindings(task, definition, book, live);
}

function awsvpcBindings(
  task: Task,
  definition: TaskDefinition | undefined,
  book: AddressBook,
  live: boolean,
): NetworkBindingView[] {
  const eni = networkInterfaceIdOf(task);
  const privateIp = privateIpOf(task);
  const publicIp = live && eni ? (book.interfacePublicIps.get(eni) ?? null) : null;
  const note = live && eni ? book.interfaceNote : null;
  return portMappingsOf(definition).map((m) =>
    binding(m.containerName, m.containerPort, m.protocol, m.hostPort ?? m.containerPort, {
      privateIp,
      publicIp,
      note,
      live,
    }),
  );
}

function hostBindings(
  task: Task,
  definition: TaskDefinition | undefined,
  book: AddressBook,
  live: boolean,
): NetworkBindingView[] {
  const instance = book.instances.get(task.containerInstanceArn ?? "");
  const note = live && task.containerInstanceArn ? book.instanceNote : null;
  const bindings: NetworkBindingView[] = [];
  for (const container of task.containers ?? []) {
    const name = container.name ?? "";
    const reported = container.networkBindings ?? [];
    if (reported.length === 0) {
      // Not bound yet (or a dynamic host port not assigned): the mappings without a host port.
      for (const m of portMappingsOf(definition).filter((p) => p.containerName === name)) {
        bindings.push(
          binding(name, m.containerPort, m.protocol, m.hostPort || null, {
            privateIp: instance?.privateIp ?? null,
            publicIp: live ? (instance?.publicIp ?? null) : null,
            note,
            live,
          }),
        );
      }
      continue;
    }
    for (const b of reported) {
      const bindIp = b.bindIP && !ANY_ADDRESS.has(b.bindIP) ? b.bindIP : null;
      bindings.push(
        binding(name, b.containerPort ?? 0, b.protocol ?? "tcp", b.hostPort ?? null, {
          privateIp: bindIp ?? instance?.privateIp ?? null,
          publicIp: live && !bindIp ? (instance?.publicIp ?? null) : null,
          note,
          live,
        }),
      );
    }
  }
  return bindings;
}

interface Addresses {
  privateIp: string | null;
  publicIp: string | null;
  note: string | null;
  live: boolean;
}

function binding(
  containerName: string,
  containerPort: number,
  protocol: string,
  hostPort: number | null,
  at: Addresses,
): NetworkBindingView {
  const host = at.publicIp ?? at.privateIp;
  const linkable = at.live && protocol === "tcp" && hostPort !== null && hostPort > 0 && host;
  return {
    containerName,
    containerPort,
    protocol,
    privateIp: at.privateIp,
    publicIp: at.publicIp,
    publicIpNote: at.note,
    hostPort,
    url: linkable ? `http://${host.includes(":") ? `[${host}]` : host}:${hostPort}` : null,
  };
}

interface PortMapping {
  containerName: string;
  containerPort: number;
  hostPort: number | undefined;
  protocol: string;
}

function portMappingsOf(definition: TaskDefinition | undefined): PortMapping[] {
  return (definition?.containerDefinitions ?? []).flatMap((container) =>
    (container.portMappings ?? []).flatMap((m) =>
      m.containerPort === undefined
        ? []
        : [
            {
              containerName: container.name ?? "",
              containerPort: m.containerPort,
              hostPort: m.hostPort,
              protocol: m.protocol ?? "tcp",
            },
          ],
    ),
  );
}
