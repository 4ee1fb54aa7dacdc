// What a service test needs around it: a Slipway cluster, a VPC of its own with
// DNS hostnames (moto's RunTask needs them) and a security group open on the
// service port. `remove()` stops the harness's tasks and deletes all of it.
import { CreateSecurityGroupCommand } from "@aws-sdk/client-ec2";
import { testName } from "../docker";
import { apiJson } from "../http";
import { moto } from "../moto";
import { createTestVpc } from "./ec2";
import { removeTestCluster } from "./ecs";
import { stopAllTasks } from "./scheduler";
import { deregisterTaskDefinitions } from "./service-fixtures";

export interface ServiceWorld {
  cluster: string;
  vpcId: string;
  subnetIds: string[];
  securityGroupId: string;
  taskDefinitions: string[];
  remove: () => Promise<void>;
}

export async function createServiceWorld(cidrSecondOctet: number): Promise<ServiceWorld> {
  const cluster = testName("cluster");
  const created = await apiJson("POST", "/api/ecs/clusters", { name: cluster });
  if (created.status !== 201) throw new Error(`cluster not created: ${JSON.stringify(created)}`);
  const vpc = await createTestVpc(testName("vpc"), cidrSecondOctet);
  const group = await moto.ec2.send(
    new CreateSecurityGroupCommand({
      GroupName: testName("sg"),
      Description: "slipway test service group",
      VpcId: vpc.vpcId,
    }),
  );
  const world: ServiceWorld = {
    cluster,
    vpcId: vpc.vpcId,
    subnetIds: vpc.subnetIds,
    securityGroupId: group.GroupId ?? "",
    taskDefinitions: [],
    remove: async () => {
      await stopAllTasks(cluster);
      await removeTestCluster(cluster);
      await deregisterTaskDefinitions(world.taskDefinitions);
      await vpc.remove();
    },
  };
  return world;
}
