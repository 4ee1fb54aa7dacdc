import { z } from "zod";
import { awsClientsFor } from "@/lib/aws/clients";
import { appName } from "@/lib/aws/tags";
import { securityGroupDescription, securityGroupName, tcpPort, vpcId } from "@/lib/ec2/names";
import { createSecurityGroup, listSecurityGroups } from "@/lib/ec2/security-groups";
import { otherMethods } from "@/lib/http/methods";
import { json } from "@/lib/http/responses";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

const query = z.object({ vpc: vpcId.optional() });
const body = z.strictObject({
  name: securityGroupName,
  vpcId,
  description: securityGroupDescription.optional(),
  ingressPorts: z.array(tcpPort).max(50, "at most 50 ports").default([]),
  app: appName.optional(),
});

/** GET /api/ec2/security-groups?vpc=: security groups with their inbound rules. */
export const GET = route({ query }, async ({ req, query }) =>
  listSecurityGroups(await awsClientsFor(req), query.vpc),
);

/** POST /api/ec2/security-groups: a group open to the world on the given TCP ports. */
export const POST = route({ body }, async ({ req, body }) =>
  json(await createSecurityGroup(await awsClientsFor(req), body), 201),
);

export const { PUT, PATCH, DELETE } = otherMethods("GET", "POST");
