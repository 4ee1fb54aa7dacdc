import { awsContextFrom } from "@/lib/aws/context";
import { profileChoices } from "@/lib/aws/identity";
import { otherMethods } from "@/lib/http/methods";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** GET /api/aws/profiles: profile names (never their secrets), regions, defaults, current. */
export const GET = route({}, async ({ req }) => profileChoices(await awsContextFrom(req)));

export const { POST, PUT, PATCH, DELETE } = otherMethods("GET");
