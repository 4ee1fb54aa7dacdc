import { awsClientsFor } from "@/lib/aws/clients";
import { callerIdentity } from "@/lib/aws/identity";
import { otherMethods } from "@/lib/http/methods";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** GET /api/aws/identity: the account and ARN the chosen profile and region act as. */
export const GET = route({}, async ({ req }) => callerIdentity(await awsClientsFor(req)));

export const { POST, PUT, PATCH, DELETE } = otherMethods("GET");
