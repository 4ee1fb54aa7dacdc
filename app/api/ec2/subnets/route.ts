import { z } from "zod";
import { awsClientsFor } from "@/lib/aws/clients";
import { vpcId } from "@/lib/ec2/names";
import { listSubnets } from "@/lib/ec2/network";
import { otherMethods } from "@/lib/http/methods";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

const query = z.object({ vpc: vpcId.optional() });

/** GET /api/ec2/subnets?vpc=: subnets of one VPC (or all), by availability zone. */
export const GET = route({ query }, async ({ req, query }) =>
  listSubnets(await awsClientsFor(req), query.vpc),
);

export const { POST, PUT, PATCH, DELETE } = otherMethods("GET");
