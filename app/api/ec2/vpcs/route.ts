import { awsClientsFor } from "@/lib/aws/clients";
import { listVpcs } from "@/lib/ec2/network";
import { otherMethods } from "@/lib/http/methods";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** GET /api/ec2/vpcs: the region's VPCs, the default one first. */
export const GET = route({}, async ({ req }) => listVpcs(await awsClientsFor(req)));

export const { POST, PUT, PATCH, DELETE } = otherMethods("GET");
