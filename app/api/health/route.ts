import { awsContextFrom } from "@/lib/aws/context";
import { otherMethods } from "@/lib/http/methods";
import { route } from "@/lib/http/route";
import { health } from "@/lib/system/health";

export const dynamic = "force-dynamic";

/** GET /api/health: the Docker engine in use and whether it answers; the AWS context. */
export const GET = route({}, async ({ req }) => {
  const aws = await awsContextFrom(req);
  return { ...(await health()), aws: { profile: aws.profile, region: aws.region } };
});

export const { POST, PUT, PATCH, DELETE } = otherMethods("GET");
