import { awsClientsFor } from "@/lib/aws/clients";
import { otherMethods } from "@/lib/http/methods";
import { route } from "@/lib/http/route";
import { listRoles } from "@/lib/iam/roles";

export const dynamic = "force-dynamic";

/** GET /api/iam/roles: roles for the role pickers, or why they cannot be listed. */
export const GET = route({}, async ({ req }) => listRoles(await awsClientsFor(req)));

export const { POST, PUT, PATCH, DELETE } = otherMethods("GET");
