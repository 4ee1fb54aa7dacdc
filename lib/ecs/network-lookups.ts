import "server-only";
import { DescribeInstancesCommand, DescribeNetworkInterfacesCommand } from "@aws-sdk/client-ec2";
import {
  DescribeContainerInstancesCommand,
  type Task,
  type TaskDefinition,
} from "@aws-sdk/client-ecs";
import type { AwsClients } from "@/lib/aws/clients";
import { fromAwsError } from "@/lib/aws/errors";
import { allPages, DESCRIBE_LIMIT, describeInBatches, inBatches } from "@/lib/aws/paging";
import {
  type AddressBook,
  emptyAddressBook,
  type InstanceAddresses,
  networkInterfaceIdOf,
  usesAwsvpc,
} from "@/lib/ecs/network-bindings";

// The EC2 look-ups behind network bindings (E6), made once for a whole list of
// tasks. A caller without ec2:Describe* permission still gets the tasks: the
// refusal is written where the public IP would be.

/** EC2 takes at most 200 values per filter; interfaces and instances go 100 at a time. */
const FILTER_BATCH = 100;

export async function addressBookFor(
  aws: AwsClients,
  cluster: string,
  tasks: readonly Task[],
  definitions: ReadonlyMap<string, TaskDefinition>,
): Promise<AddressBook> {
  const book = emptyAddressBook();
  const live = tasks.filter((t) => t.lastStatus !== "STOPPED");
  const awsvpc = live.filter((t) => usesAwsvpc(t, definitions.get(t.taskDefinitionArn ?? "")));
  const interfaceIds = unique(awsvpc.map(networkInterfaceIdOf));
  const containerInstances = unique(
    live.filter((t) => !awsvpc.includes(t)).map((t) => t.containerInstanceArn ?? null),
  );

  if (interfaceIds.length > 0) {
    try {
      book.interfacePublicIps = await interfacePublicIps(aws, interfaceIds);
    } catch (error) {
      book.interfaceNote = deniedNote(error, "ec2:DescribeNetworkInterfaces");
    }
  }
  if (containerInstances.length > 0) {
    try {
      book.instances = await instanceAddresses(aws, cluster, containerInstances);
    } catch (error) {
      book.instanceNote = deniedNote(
        error,
        "ecs:DescribeContainerInstances or ec2:DescribeInstances",
      );
    }
  }
  return book;
}

/** Association.PublicIp by interface id; by filter, so an interface gone since is no error. */
export async function interfacePublicIps(
  aws: AwsClients,
  interfaceIds: readonly string[],
): Promise<Map<string, string | null>> {
  const found = new Map<string, string | null>();
  for (const batch of inBatches(interfaceIds, FILTER_BATCH)) {
    const interfaces = await allPages(async (NextToken) => {
      const page = await aws.ec2.send(
        new DescribeNetworkInterfacesCommand({
          Filters: [{ Name: "network-interface-id", Values: batch }],
          NextToken,
        }),
      );
      return { items: page.NetworkInterfaces, nextToken: page.NextToken };
    });
    for (const eni of interfaces) {
      if (eni.NetworkInterfaceId)
        found.set(eni.NetworkInterfaceId, eni.Association?.PublicIp ?? null);
    }
  }
  return found;
}

async function instanceAddresses(
  aws: AwsClients,
  cluster: string,
  containerInstanceArns: readonly string[],
): Promise<Map<string, InstanceAddresses>> {
  const containerInstances = await describeInBatches(
    containerInstanceArns,
    DESCRIBE_LIMIT.ecsContainerInstances,
    async (batch) => {
      const answer = await aws.ecs.send(
        new DescribeContainerInstancesCommand({ cluster, containerInstances: batch }),
      );
      return answer.containerInstances;
    },
  );
  const instanceIds = unique(containerInstances.map((c) => c.ec2InstanceId ?? null));
  const byInstance = new Map<string, InstanceAddresses>();
  for (const batch of inBatches(instanceIds, FILTER_BATCH)) {
    const reservations = await allPages(async (NextToken) => {
      const page = await aws.ec2.send(
        new DescribeInstancesCommand({
          Filters: [{ Name: "instance-id", Values: batch }],
          NextToken,
        }),
      );
      return { items: page.Reservations, nextToken: page.NextToken };
    });
    for (const instance of reservations.flatMap((r) => r.Instances ?? [])) {
      byInstance.set(instance.InstanceId ?? "", {
        privateIp: instance.PrivateIpAddress ?? null,
        publicIp: instance.PublicIpAddress ?? null,
      });
    }
  }
  const byContainerInstance = new Map<string, InstanceAddresses>();
  for (const c of containerInstances) {
    const addresses = byInstance.get(c.ec2InstanceId ?? "");
    if (c.containerInstanceArn && addresses)
      byContainerInstance.set(c.containerInstanceArn, addresses);
  }
  return byContainerInstance;
}

/** A permission refusal becomes the note shown in place of the IP; anything else is thrown. */
function deniedNote(error: unknown, action: string): string {
  const translated = fromAwsError(error);
  if (translated?.code !== "forbidden") throw error;
  const name = (error as { name?: string }).name ?? "AccessDenied";
  return `Not allowed to read it: ${action} was denied (${name})`;
}

function unique(values: ReadonlyArray<string | null>): string[] {
  return [...new Set(values.filter((v): v is string => Boolean(v)))];
}
